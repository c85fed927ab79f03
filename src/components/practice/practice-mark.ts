import { isPractised, setPractised } from "~/lib/practice/state";
import { onStateChange, readState, updateState } from "./store";

class SitePracticeMark extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector("button");
    const id = this.dataset["question"];
    if (!button || !id) return;
    const show = () => button.setAttribute("aria-pressed", String(isPractised(readState(), id)));
    button.addEventListener("click", () => {
      const practised = button.getAttribute("aria-pressed") !== "true";
      updateState((state) => setPractised(state, id, practised));
    });
    onStateChange(show);
    show();
  }
}
customElements.define("site-practice-mark", SitePracticeMark);
