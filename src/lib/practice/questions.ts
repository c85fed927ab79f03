/**
 * The site's questions as practice mode walks them ("Next unpractised", "Random question", the
 * progress count): one small JSON document built once for the whole site, which the practice
 * widgets fetch only when the page alone cannot answer, so a page's weight does not grow with
 * the number of questions.
 */
import { isValidId } from "./state";

/** One question: its id (the URL slug) and title. Its address follows from the id (`pages.question` in lib/routes.ts). */
export interface PracticeQuestion {
  readonly id: string;
  readonly title: string;
}

/** The document as served: the questions in reading order. */
export interface PracticeQuestionsDocument {
  readonly v: 1;
  readonly questions: readonly PracticeQuestion[];
}

/** The document for the given questions, which must already be in reading order. */
export function practiceQuestionsDocument(questions: readonly PracticeQuestion[]): PracticeQuestionsDocument {
  return { v: 1, questions: questions.map(({ id, title }) => ({ id, title })) };
}

/**
 * Reads a fetched document back into its questions. Entries that are not a valid id with a title are
 * dropped, as are repeated ids; anything that is not a version-1 document gives [].
 */
export function parsePracticeQuestions(data: unknown): PracticeQuestion[] {
  if (typeof data !== "object" || data === null || !("v" in data) || data.v !== 1 || !("questions" in data)) return [];
  const { questions } = data;
  if (!Array.isArray(questions)) return [];
  const seen = new Set<string>();
  const list: PracticeQuestion[] = [];
  for (const entry of questions as unknown[]) {
    if (typeof entry !== "object" || entry === null) continue;
    const { id, title } = entry as Record<string, unknown>;
    if (!isValidId(id) || typeof title !== "string" || title.trim() === "" || seen.has(id)) continue;
    seen.add(id);
    list.push({ id, title });
  }
  return list;
}
