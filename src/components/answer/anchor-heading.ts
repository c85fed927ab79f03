import { flash, pageUrl, requireParts, SiteElement } from "~/dom";

/** Copies the absolute URL of its section: the address the reader is on, with this heading's #id. */
class SiteHeading extends SiteElement {
  protected connect() {
    const parts = requireParts(this, { button: "[data-copy]", label: "[data-label]", status: "[data-status]" });
    const id = parts?.button.dataset["section"];
    if (!parts || !id) return;
    const { button, label, status } = parts;
    // No clipboard (an insecure origin): no button, rather than one that cannot work.
    if (!navigator.clipboard) {
      button.hidden = true;
      return;
    }
    const say = (short: string, message: string) => {
      button.dataset["state"] = "done";
      flash([label, status], [short, message], 2500, () => delete button.dataset["state"]);
    };
    button.addEventListener(
      "click",
      async () => {
        // The page's own address, not a configured one: the link then works wherever the site is served.
        const url = pageUrl(id);
        const title = this.querySelector("h2, h3, h4")?.textContent?.trim() ?? id;
        try {
          await navigator.clipboard.writeText(url.href);
          say("Link copied", `Link to section “${title}” copied`);
        } catch {
          say("Copy failed", `Could not copy the link. It is ${url.href}`);
        }
      },
      { signal: this.signal },
    );
  }
}
customElements.define("site-heading", SiteHeading);
