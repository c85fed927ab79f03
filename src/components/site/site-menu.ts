/**
 * The header's menu (SiteMenu.astro), a popover that opens, closes on Escape and on a tap outside by itself. The
 * script says on the button whether it is open (`aria-expanded`) and closes it when focus moves out of the menu and
 * whenever the page is shown: every link in it leads to another page, so after a followed link the menu is closed
 * when the reader comes back (from the back/forward cache). The header stays for the page's life, so nothing is
 * removed; written without src/dom.ts, which only question pages load.
 */
class SiteMenu extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector("button");
    const panel = this.querySelector("nav");
    if (!button || !panel) return console.error("<site-menu>: its button or its list is missing");
    const hide = () => panel.matches(":popover-open") && panel.hidePopover();
    button.ariaExpanded = "false";
    panel.addEventListener(
      "toggle",
      (event) => (button.ariaExpanded = String((event as ToggleEvent).newState === "open")),
    );
    this.addEventListener(
      "focusout",
      (event) => event.relatedTarget instanceof Node && !this.contains(event.relatedTarget) && hide(),
    );
    addEventListener("pageshow", hide);
  }
}
customElements.define("site-menu", SiteMenu);
