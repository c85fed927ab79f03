/**
 * What the search page lists without JavaScript (or when its code cannot load): every topic, and every question
 * while there are few enough to read down a list; beyond that, the topics alone, each with how many questions
 * it covers, and the home page's list for the questions, so the page stays small however many there are.
 */

/** Up to this many questions, the fallback lists each one (the topic map draws a grid up to the same count). */
export const FALLBACK_QUESTION_LIMIT = 40;

/** Whether the fallback lists every question, or only the topics with their counts. */
export function listsEveryQuestion(questionCount: number): boolean {
  return questionCount <= FALLBACK_QUESTION_LIMIT;
}

/** The notice's second sentence, saying where the answers are. */
export function fallbackNote(questionCount: number): string {
  return listsEveryQuestion(questionCount)
    ? "Every answer is still one click away: browse by topic or pick a question below."
    : "Every answer is still a few clicks away: browse by topic below, or go through the list of all questions.";
}
