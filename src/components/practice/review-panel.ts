/**
 * "How well did you recall it?" after a question's answer: Again, Hard, Good or Easy, each with when it would bring
 * the question back (FSRS, src/lib/practice/review.ts), then when it is next due and a reset for this question.
 * Shown once the reader has revealed part of the answer in practice mode, marked it practised, or rated it before.
 */
import { preview, rateQuestion, RATINGS } from "~/lib/practice/review";
import type { Grade1to4 } from "~/lib/practice/review";
import { daysUntil, resetSchedule, whenDue } from "~/lib/practice/schedule";
import type { PracticeState } from "~/lib/practice/state";
import { isPractised, revealedSections } from "~/lib/practice/state";
import { updateRecords } from "./records-store";

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = ""): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  node.textContent = text;
  return node;
}

/** Builds the panel inside `host` (the end-of-answer block); returns the function that applies a state. */
export function reviewPanel(host: HTMLElement, question: string, signal: AbortSignal): (state: PracticeState) => void {
  const panel = el("div", "practice-review");
  panel.setAttribute("role", "group");
  panel.setAttribute("aria-labelledby", "practice-review-title");
  const title = el("p", "practice-review__title", "How well did you recall it?");
  title.id = "practice-review-title";
  const buttons = el("div", "practice-review__buttons");
  const rated = RATINGS.map(({ grade, label, hint }) => {
    const button = el("button", "site-button practice-review__rate");
    button.type = "button";
    button.dataset["grade"] = String(grade);
    const name = el("span", "practice-review__label", label);
    const when = el("span", "practice-review__when");
    button.title = hint;
    button.append(name, when);
    button.addEventListener(
      "click",
      () => {
        const now = new Date();
        const next = updateRecords((state) => rateQuestion(state, question, grade as Grade1to4, now));
        const due = next.schedule[question]?.due;
        status.textContent = due ? `Rated ${label}: next review ${whenDue(due, now)}.` : "";
      },
      { signal },
    );
    buttons.append(button);
    return { button, when };
  });
  const due = el("p", "practice-review__due");
  const reset = el("button", "site-button site-button--quiet", "Reset this question's schedule");
  reset.type = "button";
  reset.addEventListener(
    "click",
    () => {
      updateRecords((state) => ({ ...state, schedule: resetSchedule(state.schedule, question) }));
      status.textContent = "This question's review schedule is reset.";
      title.focus();
    },
    { signal },
  );
  title.tabIndex = -1;
  const status = el("p", "sr-only");
  status.setAttribute("role", "status");
  panel.append(title, buttons, due, reset, status);
  host.append(panel);

  return (state) => {
    const card = state.schedule[question];
    panel.hidden = !(
      card ||
      isPractised(state, question) ||
      (state.on && revealedSections(state, question).length > 0)
    );
    if (panel.hidden) return;
    const now = new Date();
    const after = preview(card, now);
    for (const { button, when } of rated) {
      const grade = Number(button.dataset["grade"]) as Grade1to4;
      when.textContent = whenDue(after[grade].due, now);
    }
    const today =
      card?.last_review && card.rating && daysUntil(card.last_review, now) === 0
        ? `Rated ${RATINGS[card.rating - 1]?.label ?? ""} today. `
        : "";
    due.textContent = !card
      ? "Rate it to schedule its next review."
      : card.reps === 0
        ? "Due for its first review: rate it to schedule the next."
        : `${today}Next review ${whenDue(card.due, now)}.`;
    reset.hidden = !card;
  };
}
