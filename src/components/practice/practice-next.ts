import { SiteElement, requireParts } from "~/dom";
import { nextUnpractised, practisedOtherThan } from "~/lib/practice/state";
import type { PracticeState } from "~/lib/practice/state";
import { onStateChange, readState } from "./store";

/** "Next unpractised": the link the page was built with, until other questions are practised. */
class SitePracticeNext extends SiteElement {
  /** Counts updates, so that only the latest state's answer is shown when fetches overlap. */
  #update = 0;

  protected connect() {
    const parts = requireParts(this, { link: "a" });
    if (!parts) return;
    const link = parts.link as HTMLAnchorElement;
    const current = this.dataset["question"];
    const built = {
      hidden: this.hasAttribute("hidden"),
      href: link.getAttribute("href"),
      label: link.getAttribute("aria-label"),
    };
    const show = async (state: PracticeState) => {
      const update = ++this.#update;
      if (!practisedOtherThan(state, current)) {
        this.#point(link, built.hidden, built.href, built.label);
        return;
      }
      // The list and the code that reads it load only now, once, for every widget on the page.
      const loader = await import("./load-questions").catch(() => undefined);
      const questions = (await loader?.loadPracticeQuestions()) ?? [];
      if (update !== this.#update) return;
      // Without the list the built link stays: still a question to go on to.
      if (loader && questions.length > 0) {
        const id = nextUnpractised(
          state,
          questions.map((q) => q.id),
          current,
        );
        const next = questions.find((q) => q.id === id);
        this.#point(
          link,
          !next,
          next ? loader.practiceQuestionHref(next.id) : null,
          next ? `Next unpractised: ${next.title}` : null,
        );
      }
      // Kept invisible (its space held) until the first answer is known, so the link never jumps.
      delete this.dataset["practicePending"];
    };
    onStateChange(show, this.signal);
    if (practisedOtherThan(readState(), current)) this.dataset["practicePending"] = "";
    void show(readState());
  }

  #point(link: HTMLAnchorElement, hidden: boolean, href: string | null, label: string | null) {
    this.hidden = hidden;
    if (href === null || label === null) return;
    link.href = href;
    link.setAttribute("aria-label", label);
  }
}
customElements.define("site-practice-next", SitePracticeNext);
