/** What the mock round shows from data: the rubric to score a question by, and the round's summary. */
import { rubric } from "~/lib/practice/outline";
import type { Outline, OutlineQuestion } from "~/lib/practice/outline";
import { percent, summarise } from "~/lib/practice/mock";
import type { MockRound, Score } from "~/lib/practice/records";
import { whenDue } from "~/lib/practice/schedule";
import type { PracticeState } from "~/lib/practice/state";
import { href, pages } from "~/lib/routes";

const CHOICES: readonly [Score, string][] = [
  [2, "Covered"],
  [1, "Partly"],
  [0, "Missed"],
];

function make<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** One fieldset per rubric heading (Covered, Partly, Missed), with our answer's key points in a disclosure. */
export function renderRubric(
  list: HTMLElement,
  question: OutlineQuestion,
  scores: Readonly<Record<string, Score>>,
): void {
  list.dataset["question"] = question.id;
  list.replaceChildren(
    ...rubric(question).map((item, i) => {
      const legend = make(
        "legend",
        {},
        item.title,
        ...(item.group ? [" ", make("span", { className: "mock__group" }, `(${item.group})`)] : []),
      );
      const choices = make(
        "div",
        { className: "mock__choices" },
        ...CHOICES.map(([score, label]) =>
          make(
            "label",
            {},
            make("input", {
              type: "radio",
              name: `mock-item-${i}`,
              value: String(score),
              checked: scores[item.id] === score,
            }),
            label,
          ),
        ),
      );
      const fieldset = make("fieldset", {}, legend, choices);
      fieldset.dataset["item"] = item.id;
      if (item.points.length > 0) {
        fieldset.append(
          make(
            "details",
            {},
            make("summary", {}, "What our answer says"),
            make("ul", {}, ...item.points.map((p) => make("li", {}, p))),
          ),
        );
      }
      return make("li", {}, fieldset);
    }),
  );
}

/** The scores chosen in a rendered rubric; a heading left unscored counts as missed. */
export function rubricScores(list: HTMLElement): Record<string, Score> {
  const scores: Record<string, Score> = {};
  for (const fieldset of list.querySelectorAll<HTMLElement>("fieldset[data-item]")) {
    const value = Number(fieldset.querySelector<HTMLInputElement>("input:checked")?.value ?? 0);
    scores[fieldset.dataset["item"] ?? ""] = (value === 2 || value === 1 ? value : 0) as Score;
  }
  return scores;
}

/** Fills the summary: the round's total, a row per question (score, link, next review), the weakest topics. */
export function renderSummary(section: HTMLElement, round: MockRound, outline: Outline, state: PracticeState): void {
  const summary = summarise(round, outline);
  const now = new Date();
  const total = section.querySelector("[data-summary-total]");
  const rows = section.querySelector("[data-summary-rows]");
  const topics = section.querySelector("[data-summary-topics]");
  if (total)
    total.textContent = `You covered ${percent(summary.share)} of our answers' headings over ${summary.questions.length} questions.`;
  rows?.replaceChildren(
    ...summary.questions.map((q) => {
      const due = state.schedule[q.id]?.due;
      const link = make("a", { href: href(import.meta.env.BASE_URL, pages.question(q.id)) }, q.title);
      return make(
        "tr",
        {},
        make("th", { scope: "row" }, link),
        make("td", {}, percent(q.share)),
        make("td", {}, due ? whenDue(due, now) : "—"),
      );
    }),
  );
  topics?.replaceChildren(
    ...summary.topics.slice(0, 3).map((t) => make("li", {}, `${t.title}: ${percent(t.share)} covered`)),
  );
}
