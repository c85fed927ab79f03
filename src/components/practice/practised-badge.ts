import { SiteElement } from "~/dom";
import { isPractised } from "~/lib/practice/state";
import { onStateChange, readState } from "./store";

/** "Practised" on a question's card, shown while the reader has that question marked. */
class SitePractisedBadge extends SiteElement {
  protected connect() {
    const id = this.dataset["question"];
    if (!id) return;
    const show = () => {
      this.hidden = !isPractised(readState(), id);
    };
    onStateChange(show, this.signal);
    show();
  }
}
customElements.define("site-practised-badge", SitePractisedBadge);
