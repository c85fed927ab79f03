import { requireParts, SiteElement } from "~/dom";

/** The cards page's print button (left out without JavaScript, which it needs). */
class SitePrintButton extends SiteElement {
  protected connect() {
    const parts = requireParts(this, { button: "button" });
    parts?.button.addEventListener("click", () => window.print(), { signal: this.signal });
  }
}
customElements.define("site-print-button", SitePrintButton);
