import { requireParts, SiteElement } from "~/dom";
import { isPractised, setPractised } from "~/lib/practice/state";
import { onStateChange, readState, updateState } from "./store";

/** "Mark as practised": a toggle per question; every one on the page shows the same state. */
class SitePracticeMark extends SiteElement {
  protected connect() {
    const parts = requireParts(this, { button: "button" });
    const id = this.dataset["question"];
    if (!parts || !id) return;
    const { button } = parts;
    const show = () => button.setAttribute("aria-pressed", String(isPractised(readState(), id)));
    button.addEventListener(
      "click",
      () => {
        const practised = button.getAttribute("aria-pressed") !== "true";
        updateState((state) => setPractised(state, id, practised));
      },
      { signal: this.signal },
    );
    onStateChange(show, this.signal);
    show();
  }
}
customElements.define("site-practice-mark", SitePracticeMark);
