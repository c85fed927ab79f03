/**
 * The reader's own answers, per question and section: saving one, finding those whose section no longer exists on
 * the page (kept and shown, never dropped), and the Markdown file "Export my answers" downloads.
 */
import { isoDate } from "../dates";
import { MAX_ANSWER_LENGTH } from "./records";
import type { Answers } from "./records";
import type { Outline, OutlineQuestion } from "./outline";
import type { PracticeState } from "./state";

/** The state with the reader's answer for one section (empty text removes it; text is capped, never trimmed inside). */
export function setAnswer(state: PracticeState, questionId: string, sectionId: string, text: string): PracticeState {
  const { [sectionId]: _old, ...rest } = state.answers[questionId] ?? {};
  const kept = text.trim() === "" ? rest : { ...rest, [sectionId]: text.slice(0, MAX_ANSWER_LENGTH) };
  const { [questionId]: _question, ...others } = state.answers;
  return { ...state, answers: Object.keys(kept).length > 0 ? { ...others, [questionId]: kept } : others };
}

/** Answers of a question whose section ids are not among `sectionIds` (the page's sections now), in stored order. */
export function orphanedAnswers(
  answers: Answers,
  questionId: string,
  sectionIds: readonly string[],
): [string, string][] {
  return Object.entries(answers[questionId] ?? {}).filter(([id]) => !sectionIds.includes(id));
}

/** How many sections the reader has answered, over all questions. */
export function answerCount(answers: Answers): number {
  return Object.values(answers).reduce((n, sections) => n + Object.keys(sections).length, 0);
}

/** Text as a Markdown block quote, blank lines kept inside the quote. */
function quote(text: string): string {
  return text
    .trim()
    .split(/\r?\n/)
    .map((line) => (line.trim() === "" ? ">" : `> ${line}`))
    .join("\n");
}

/** A heading's text safe as Markdown heading text (no leading marker characters taken for syntax). */
const headingText = (text: string) => text.replace(/[\\`*_[\]<>#]/g, "\\$&");

function questionPart(question: OutlineQuestion, mine: Readonly<Record<string, string>>, url: string): string[] {
  const lines = [`## ${question.order}. ${headingText(question.title)}`, "", `<${url}>`, ""];
  for (const section of question.sections) {
    const text = mine[section.id];
    lines.push(`${"#".repeat(Math.min(section.depth + 1, 6))} ${headingText(section.title)}`, "");
    lines.push("**My answer**", "", text ? quote(text) : "_Not answered yet._", "");
    if (section.points.length > 0)
      lines.push("**Key points of the model answer**", "", ...section.points.map((p) => `- ${p}`), "");
  }
  const known = question.sections.map((s) => s.id);
  const orphans = Object.entries(mine).filter(([id]) => !known.includes(id));
  if (orphans.length > 0) {
    lines.push("### Answers for removed sections", "");
    for (const [id, text] of orphans) lines.push(`**Section “${id}”**`, "", quote(text), "");
  }
  return lines;
}

/**
 * The Markdown file of the reader's answers: every question of `outline` (the export passes those the reader
 * answered) with each section heading, the reader's answer and the model answer's key points; answers for sections
 * the site no longer has stay, under their own heading, and so do answers for questions `outline` does not have.
 * `urlOf` gives a question's address.
 */
export function answersMarkdown(
  outline: Outline,
  answers: Answers,
  urlOf: (id: string) => string,
  siteName: string,
  now: Date,
): string {
  const lines = [`# My answers: ${siteName}`, "", `Exported on ${isoDate(now)}.`, ""];
  for (const question of outline.questions)
    lines.push(...questionPart(question, answers[question.id] ?? {}, urlOf(question.id)));
  const gone = Object.entries(answers).filter(([id]) => !outline.questions.some((q) => q.id === id));
  if (gone.length > 0) {
    lines.push("## Answers for removed questions", "");
    for (const [id, sections] of gone) {
      for (const [section, text] of Object.entries(sections))
        lines.push(`**${id}, section “${section}”**`, "", quote(text), "");
    }
  }
  return `${lines.join("\n").trimEnd()}\n`;
}
