/**
 * The practice page's own widget (PracticeHub.astro): the review schedule listed by due date, with a reset for all
 * of it, and the reader's answers, exported as one Markdown file.
 */
import { isoDate } from "~/lib/dates";
import { requireParts, SiteElement } from "~/dom";
import { answerCount, answersMarkdown } from "~/lib/practice/answers";
import { dueItems, resetSchedule, whenDue } from "~/lib/practice/schedule";
import type { PracticeState } from "~/lib/practice/state";
import { href, pages } from "~/lib/routes";
import { SITE } from "~/lib/site";
import { plural } from "~/lib/text";
import { download } from "./download";
import { loadOutlineIndex, loadOutlineQuestions } from "./load-outline";
import { loadPracticeQuestions } from "./load-questions";
import type { PracticeQuestion } from "./load-questions";
import { checkedState, updateRecords } from "./records-store";
import { onStateChange } from "./store";

const PARTS = {
  dueSummary: "[data-due-summary]",
  dueList: "[data-due-list]",
  resetAll: "[data-reset-all]",
  confirm: "[data-reset-confirm]",
  yes: "[data-reset-yes]",
  no: "[data-reset-no]",
  answersSummary: "[data-answers-summary]",
  exportButton: "[data-export]",
  status: ":scope > [data-status]",
} as const;

class SitePracticeHub extends SiteElement {
  protected connect() {
    const parts = requireParts(this, PARTS);
    if (!parts) return;
    const { signal } = this;
    let questions: PracticeQuestion[] = [];
    const show = (state: PracticeState) => this.#show(parts, state, questions);
    const on = (element: HTMLElement, act: () => void) => element.addEventListener("click", act, { signal });

    on(parts.resetAll, () => {
      parts.confirm.hidden = false;
      parts.resetAll.hidden = true;
      parts.no.focus();
    });
    on(parts.no, () => {
      parts.confirm.hidden = true;
      show(checkedState());
      parts.resetAll.focus();
    });
    on(parts.yes, () => {
      parts.confirm.hidden = true;
      updateRecords((state) => ({ ...state, schedule: resetSchedule(state.schedule) }));
      parts.status.textContent = "The review schedule is reset.";
      parts.dueSummary.tabIndex = -1;
      parts.dueSummary.focus();
    });
    on(parts.exportButton, async () => {
      const { answers } = checkedState();
      const index = await loadOutlineIndex();
      // The headings and key points of the questions answered only; answers for questions the index no longer has
      // are exported under their own heading.
      const questions =
        index &&
        (await loadOutlineQuestions(
          index,
          index.questions.filter((q) => Object.hasOwn(answers, q.id)).map((q) => q.id),
        ));
      if (!index || !questions) {
        parts.status.textContent = "The answers could not be exported: the list of questions did not load. Try again.";
        return;
      }
      const urlOf = (id: string) => new URL(href(import.meta.env.BASE_URL, pages.question(id)), location.origin).href;
      const now = new Date();
      download(
        `my-answers-${isoDate(now)}.md`,
        answersMarkdown({ v: 1, topics: index.topics, questions }, answers, urlOf, SITE.name, now),
        "text/markdown",
      );
      parts.status.textContent = "Your answers are downloaded as a Markdown file.";
    });

    onStateChange(show, signal);
    void loadPracticeQuestions().then((list) => {
      questions = list;
      show(checkedState());
      delete this.dataset["practicePending"];
    });
  }

  #show(
    parts: { [K in keyof typeof PARTS]: HTMLElement },
    state: PracticeState,
    questions: readonly PracticeQuestion[],
  ) {
    const now = new Date();
    const items = dueItems(
      state.schedule,
      questions.map((q) => q.id),
      now,
    );
    const today = items.filter((i) => i.days <= 0).length;
    const week = items.filter((i) => i.days > 0 && i.days <= 6).length;
    parts.dueSummary.textContent =
      items.length === 0
        ? "Nothing is scheduled yet: after practising a question, rate how well you recalled it."
        : `${plural(today, "question")} due today, ${week} more later this week, ${plural(items.length, "question")} scheduled in all.`;
    parts.dueList.replaceChildren(
      ...items.map((item) => {
        const question = questions.find((q) => q.id === item.id);
        const li = document.createElement("li");
        const link = Object.assign(document.createElement("a"), {
          href: href(import.meta.env.BASE_URL, pages.question(item.id)),
          textContent: question?.title ?? item.id,
        });
        const when = Object.assign(document.createElement("span"), {
          className: "hub__when",
          textContent: ` — due ${whenDue(item.due, now)}`,
        });
        li.append(link, when);
        return li;
      }),
    );
    parts.resetAll.hidden = items.length === 0 || !parts.confirm.hidden;
    const answered = answerCount(state.answers);
    const inQuestions = Object.keys(state.answers).length;
    parts.answersSummary.textContent =
      answered === 0
        ? 'You have not written an answer yet: in practice mode each section has a "Your answer" field.'
        : `You have answered ${plural(answered, "section")} in ${plural(inQuestions, "question")}.`;
  }
}
customElements.define("site-practice-hub", SitePracticeHub);
