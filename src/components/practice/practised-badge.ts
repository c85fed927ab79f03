import { isPractised } from "~/lib/practice/state";
import { onStateChange, readState } from "./store";

class SitePractisedBadge extends HTMLElement {
  connectedCallback() {
    const id = this.dataset["question"];
    if (!id) return;
    const show = () => {
      this.hidden = !isPractised(readState(), id);
    };
    onStateChange(show);
    show();
  }
}
customElements.define("site-practised-badge", SitePractisedBadge);
