/**
 * Switches on the copy button that every code block carries (built hidden by src/lib/code-block.ts, so there
 * is no dead button without JavaScript). What is copied is the code as built, whatever fill-ins show.
 */
import { flash, requireParts, SiteElement } from "~/dom";

class SiteCodeBlock extends SiteElement {
  protected connect() {
    const parts = requireParts(this, { button: "[data-copy]", status: "[data-status]", code: "pre code" });
    if (!parts || !navigator.clipboard) return;
    const { button, status, code } = parts;
    // Kept at load: what the page shows may change later (filled-in placeholders), what is copied must not.
    const original = code.textContent ?? "";
    button.hidden = false;
    button.addEventListener(
      "click",
      async () => {
        try {
          await navigator.clipboard.writeText(original);
          flash([button, status], ["Copied", "Code copied to clipboard"]);
        } catch {
          flash([button, status], ["Failed", "Could not copy: select the code and copy it by hand"]);
        }
      },
      { signal: this.signal },
    );
  }
}
customElements.define("site-code-block", SiteCodeBlock);
