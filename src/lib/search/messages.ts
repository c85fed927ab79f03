/** What the search panel says: its status line and the sentences around its results. */
import { plural } from "../text";

/** A query as the status line quotes it. */
function quoted(query: string): string {
  return `“${query}”`;
}

/** The status line before anything is searched. */
export function idleStatus(answerCount: number): string {
  return `Search the ${plural(answerCount, "answer")} by word or phrase, or pick a topic.`;
}

/** The status line while the search code and its index load. */
export const LOADING_STATUS = "Loading search…";

/** The status line when the search engine or its data cannot load; the next search tries again. */
export const LOAD_FAILED = "Search could not load. Try again or reload the page.";

/** The same, offline, when the search index was not saved on the device (offline reading keeps it on request). */
export const LOAD_FAILED_OFFLINE =
  "You're offline, and the search index isn't saved on this device. " +
  "Once you're connected, “Save for offline” on the home page keeps it.";

/** The same, in `astro dev`, where the index does not exist until a build writes it. */
export const LOAD_FAILED_IN_DEV =
  "Search could not load. It works on the built site (npm run build, then npm run preview); " +
  "try again or reload the page.";

/** What was found: `3 answers, 5 sections for “drift” in Monitoring.`; for a topic without words, `… on Caching.` */
export function resultsStatus(answers: number, sections: number, query: string, topicTitle: string | null): string {
  const what = `${plural(answers, "answer")}${sections > 0 ? `, ${plural(sections, "section")}` : ""}`;
  if (query === "") return `${what} on ${topicTitle ?? "all topics"}.`;
  return `${what} for ${quoted(query)}${topicTitle ? ` in ${topicTitle}` : ""}.`;
}

/** Above "Show more results", when only some of the answers found are listed: `Showing 10 of 264 answers.` */
export function shownNote(shown: number, total: number): string {
  return `Showing ${shown} of ${plural(total, "answer")}.`;
}

/** Nothing found: `No answers match “zebra”.`, or `No answers in Caching match “zebra”.` under a topic. */
export function noMatchStatus(query: string, topicTitle: string | null): string {
  return topicTitle ? `No answers in ${topicTitle} match ${quoted(query)}.` : `No answers match ${quoted(query)}.`;
}

/** When nothing matches at all, above the list of topics offered instead. */
export const NO_MATCH_NOTE = "Check the spelling or try fewer words. Or browse a topic instead:";

/** Under a topic that has none of the words: how many answers in other topics have them. */
export function otherTopicsNote(count: number): string {
  return `${plural(count, "answer")} in other topics match.`;
}

/** In place of an excerpt, when the words are only in a topic's aliases. */
export function viaTopicsNote(topicTitles: readonly string[]): string {
  return `Matched through the topic ${topicTitles.join(", ")}`;
}

/** Under a result whose other matching sections are not shown. */
export function moreSectionsNote(count: number): string {
  return `${plural(count, "more section matches", "more sections match")} on this page`;
}

/** The accessible name of a result's list of sections. */
export function sectionsLabel(questionTitle: string): string {
  return `Sections of: ${questionTitle}`;
}

/** The link under a topic browsed without words, to the topic's own page. */
export function topicLinkText(topicTitle: string): string {
  return `About ${topicTitle} →`;
}

/** The bar on a page opened from a result: `2 matches for “connection”, “pooling” highlighted.` */
export function highlightNote(marks: number, terms: readonly string[]): string {
  const words = terms.map(quoted).join(", ");
  return marks > 0
    ? `${plural(marks, "match", "matches")} for ${words} highlighted.`
    : `No exact matches for ${words} on this page.`;
}
