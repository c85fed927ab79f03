import "./practice-next";
import { requireParts, SiteElement } from "~/dom";
import type { PracticeQuestion } from "~/lib/practice/questions";
import { dueSummary } from "~/lib/practice/schedule";
import { practisedCount, practisedOtherThan, randomQuestion, resetProgress } from "~/lib/practice/state";
import { plural } from "~/lib/text";
import type { PracticeState } from "~/lib/practice/state";
import { onStateChange, readState, updateState } from "./store";

const PARTS = {
  count: "[data-count]",
  countText: "[data-count-text]",
  bar: "[data-bar]",
  random: "[data-random]",
  resetItem: "[data-reset-item]",
  reset: "[data-reset]",
  confirm: "[data-confirm]",
  yes: "[data-confirm-yes]",
  no: "[data-confirm-no]",
  status: "[data-status]",
  allDone: "[data-all-done]",
  dueToday: "[data-due-today]",
  dueWeek: "[data-due-week]",
} as const;

/** Needs the site's question list: other questions practised, or a review schedule to list. */
const needsList = (state: PracticeState) => practisedOtherThan(state) || Object.keys(state.schedule).length > 0;

/** The home page's practice area: the count, "Random question" and "Reset progress" with its confirm step. */
class SitePracticeProgress extends SiteElement {
  /** The site's questions with their addresses, once fetched; until then nothing is practised (or they would be needed). */
  #questions: (PracticeQuestion & { href: string })[] | undefined;

  protected connect() {
    const parts = requireParts(this, PARTS);
    const total = Number(this.dataset["total"]);
    if (!parts || !(total > 0)) return;
    const { count, countText, bar, resetItem, reset, confirm, yes, no, status, allDone, dueToday, dueWeek } = parts;
    const random = parts.random as HTMLAnchorElement;
    const { signal } = this;

    const show = (state: PracticeState) => {
      const ids = this.#questions?.map((q) => q.id);
      const done = ids ? practisedCount(state, ids) : 0;
      count.textContent = String(done);
      bar.style.setProperty("--done", String(done / total));
      allDone.hidden = done < total;
      const chosen = ids ? randomQuestion(state, ids, Math.random) : undefined;
      const pick = this.#questions?.find((q) => q.id === chosen);
      if (pick) random.href = pick.href;
      resetItem.hidden = done === 0 || !confirm.hidden;
      if (this.#questions) this.#showDue(state, dueToday, dueWeek);
    };
    /** Loads the list (code and data, once for every widget on the page) and shows what it changes. */
    const load = async () => {
      if (!this.#questions) {
        const loader = await import("./load-questions").catch(() => undefined);
        const list = (await loader?.loadPracticeQuestions()) ?? [];
        if (loader && list.length > 0)
          this.#questions = list.map((q) => ({ ...q, href: loader.practiceQuestionHref(q.id) }));
      }
      show(readState());
    };
    const update = (state: PracticeState) => {
      show(state);
      if (!this.#questions && needsList(state)) void load();
    };

    // The random pick needs the list: fetched when the reader heads for the link, and awaited by a click
    // that comes first. Without the list the link keeps the first question.
    for (const intent of ["pointerenter", "focus", "touchstart"] as const) {
      random.addEventListener(intent, () => void load(), { once: true, passive: true, signal });
    }
    random.addEventListener(
      "click",
      (event) => {
        if (
          this.#questions ||
          event.defaultPrevented ||
          event.button !== 0 ||
          event.metaKey ||
          event.ctrlKey ||
          event.shiftKey ||
          event.altKey
        )
          return;
        event.preventDefault();
        void load().then(() => location.assign(random.href));
      },
      { signal },
    );

    const closeConfirm = (focus: HTMLElement) => {
      confirm.hidden = true;
      show(readState());
      focus.focus();
    };
    reset.addEventListener(
      "click",
      () => {
        confirm.hidden = false;
        resetItem.hidden = true;
        no.focus();
      },
      { signal },
    );
    no.addEventListener("click", () => closeConfirm(reset), { signal });
    confirm.addEventListener(
      "keydown",
      (event) => {
        if (event.key === "Escape") closeConfirm(reset);
      },
      { signal },
    );
    yes.addEventListener(
      "click",
      () => {
        updateState(resetProgress);
        closeConfirm(countText);
        status.textContent = `Progress reset: 0 of ${total} practised`;
      },
      { signal },
    );

    onStateChange(update, signal);
    show(readState());
    // A returning reader's count needs the list: the area stays invisible, its space held, until it is right.
    if (needsList(readState())) {
      this.dataset["practicePending"] = "";
      void load().then(() => delete this.dataset["practicePending"]);
    }
  }

  /** "Due today: Q2 Q5" (links to the questions) and how many more are due this week. */
  #showDue(state: PracticeState, today: HTMLElement, week: HTMLElement) {
    const questions = this.#questions ?? [];
    const ids = questions.map((q) => q.id);
    const due = dueSummary(state.schedule, ids, new Date());
    if (ids.every((id) => !(id in state.schedule))) return;
    today.replaceChildren(
      due.today.length > 0 ? "Due today:" : "Nothing is due for review today.",
      ...due.today.map(({ id }) => {
        const n = ids.indexOf(id) + 1;
        const question = questions[n - 1];
        const link = Object.assign(document.createElement("a"), {
          className: "progress__chip",
          href: question?.href ?? "",
          textContent: `Q${n}`,
        });
        link.setAttribute("aria-label", `Q${n}: ${question?.title ?? ""}`);
        return link;
      }),
    );
    week.textContent =
      due.week.length > 0
        ? `${plural(due.week.length, "more question")} due this week.`
        : "Nothing more due this week.";
  }
}
customElements.define("site-practice-progress", SitePracticeProgress);
