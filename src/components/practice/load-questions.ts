/**
 * Browser side of src/lib/practice/questions.ts: fetches the site's question list (one static file
 * under the base path) the first time a practice widget needs it, and shares that one request
 * between the widgets of the page. Should the file not load, the widgets get [] and keep what the
 * page was built with; a later call tries again.
 */
import { parsePracticeQuestions } from "~/lib/practice/questions";
import type { PracticeQuestion } from "~/lib/practice/questions";
import { files, href, pages } from "~/lib/routes";

export type { PracticeQuestion };

let pending: Promise<PracticeQuestion[]> | undefined;

/** The questions in reading order; the first call fetches them. */
export function loadPracticeQuestions(): Promise<PracticeQuestion[]> {
  pending ??= fetch(href(import.meta.env.BASE_URL, files.practiceQuestions))
    .then((response) => (response.ok ? response.json() : null))
    .then(parsePracticeQuestions)
    .catch(() => [])
    .then((questions) => {
      if (questions.length === 0) pending = undefined;
      return questions;
    });
  return pending;
}

/** A question's page address under the base path. */
export function practiceQuestionHref(id: string): string {
  return href(import.meta.env.BASE_URL, pages.question(id));
}
