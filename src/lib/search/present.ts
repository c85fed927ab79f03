/**
 * From Pagefind's answer to what the search panel shows: each question's result shaped (./results.ts) for the
 * search's words and topic, and which answer the panel gives: results, none in this topic but some in others,
 * or none at all.
 */
import { questionTopics } from "../question-topics";
import { href, pages } from "../routes";
import type { SearchData, SearchQuestion, SearchTopic } from "./data";
import { highlightTerms, withHighlight } from "./highlight";
import { aliasSentence } from "./indexing";
import { NO_MATCH_NOTE, noMatchStatus, otherTopicsNote, resultsStatus } from "./messages";
import { shapeResult, topicSections } from "./results";
import type { FragmentLike, ShapedResult } from "./results";
import type { SearchState } from "./state";

/** Sections shown under each question. */
const MAX_SECTIONS = 3;
/** Words per excerpt: about two lines in the dialog. */
const EXCERPT_WORDS = 24;

/** A topic with the address of its page, under the base path. */
interface LinkedTopic extends SearchTopic {
  readonly url: string;
}

/** The search data as a search looks it up, with the site's addresses under the base path. */
export interface SearchLookup {
  /** Alphabetical by title. */
  readonly topics: readonly LinkedTopic[];
  readonly topicById: ReadonlyMap<string, LinkedTopic>;
  /** Page URLs in reading order. */
  readonly questionUrls: readonly string[];
  /** The questions in reading order (`questionUrls[i]` is the page of `questions[i]`). */
  readonly questions: readonly SearchQuestion[];
  /** By page URL, as Pagefind reports it. */
  readonly questionByUrl: ReadonlyMap<string, SearchQuestion>;
}

export function searchLookup(data: SearchData, base: string): SearchLookup {
  const topics = data.topics.map((t) => ({ ...t, url: href(base, pages.topic(t.id)) }));
  const questionUrls = data.questions.map((q) => href(base, pages.question(q.id)));
  return {
    topics,
    topicById: new Map(topics.map((t) => [t.id, t])),
    questionUrls,
    questions: data.questions,
    questionByUrl: new Map(data.questions.map((q, i) => [questionUrls[i] ?? "", q])),
  };
}

/**
 * Orders the questions of a topic browsed without words (Pagefind returns them unranked): most sections on the
 * topic first, then reading order.
 */
export function orderTopicResults<T extends { sections: readonly unknown[] }>(
  results: readonly T[],
  readingOrder: (result: T) => number,
): T[] {
  return [...results].sort((a, b) => b.sections.length - a.sections.length || readingOrder(a) - readingOrder(b));
}

/**
 * Each page's result for `state` (its query trimmed), in Pagefind's order, linked so that the words are
 * highlighted where a result opens. A topic browsed without words lists the sections tagged with it instead
 * of excerpts, and orders its questions by `orderTopicResults`.
 */
export function presentResults(
  fragments: readonly FragmentLike[],
  state: SearchState,
  lookup: SearchLookup,
): ShapedResult[] {
  const terms = highlightTerms(state.query);
  const link = (url: string) => withHighlight(url, terms);
  const shaped = fragments.map((fragment) => {
    const question = lookup.questionByUrl.get(fragment.url);
    const options = {
      maxSections: MAX_SECTIONS,
      excerptLength: EXCERPT_WORDS,
      aliasTexts: question
        ? questionTopics(question).flatMap((id) => {
            const topic = lookup.topicById.get(id);
            return topic ? [aliasSentence(topic)] : [];
          })
        : [],
      topic: state.topic,
      pageTopics: question?.topics ?? [],
      sectionTopics: question?.sections ?? {},
      topics: lookup.topicById,
      terms,
      link,
    };
    if (state.query !== "" || !state.topic) return shapeResult(fragment, options);
    return {
      ...shapeResult({ ...fragment, sub_results: [] }, options),
      excerpt: [],
      sections: topicSections(fragment, state.topic, options.sectionTopics, link),
    };
  });
  if (state.query !== "") return shaped;
  return orderTopicResults(shaped, (r) => lookup.questionUrls.indexOf(r.url.split("?")[0] ?? r.url));
}

/** What the panel shows below its chips for a search that ran. */
export type ResultsView =
  | {
      kind: "results";
      status: string;
      results: ShapedResult[];
      topicPage: LinkedTopic | null;
      /** How many results match in all; more than `results.length` when the rest are a "Show more" away. */
      total: number;
    }
  | { kind: "other-topics"; status: string; note: string }
  | { kind: "no-match"; status: string; note: string; topics: readonly LinkedTopic[] };

/**
 * How many answers and sections a search found, when only some results are shown (lib/search/paging.ts):
 * `answers` from the full result list, `sections` when known without every fragment (a topic browsed without
 * words counts them from the search data), else null and the status names answers only.
 */
export interface ResultCounts {
  answers: number;
  sections: number | null;
}

/**
 * The panel's answer to `state` given its `results` and how many answers match without the topic
 * (`unfiltered`): the results with their count, and the topic's own page when a topic is browsed without words;
 * with none, the number of answers in other topics (when the topic filtered them all out), or else every topic
 * to browse instead. `counts` covers results not shown yet; without it, `results` are all there are.
 */
export function resultsView(
  state: SearchState,
  results: ShapedResult[],
  unfiltered: number,
  lookup: SearchLookup,
  counts?: ResultCounts,
): ResultsView {
  const topic = state.topic ? (lookup.topicById.get(state.topic) ?? null) : null;
  const topicTitle = state.topic ? (topic?.title ?? state.topic) : null;
  if (results.length === 0) {
    if (topicTitle && unfiltered > 0) {
      return {
        kind: "other-topics",
        status: noMatchStatus(state.query, topicTitle),
        note: otherTopicsNote(unfiltered),
      };
    }
    return { kind: "no-match", status: noMatchStatus(state.query, null), note: NO_MATCH_NOTE, topics: lookup.topics };
  }
  const answers = Math.max(counts?.answers ?? 0, results.length);
  const shownSections = results.reduce((n, r) => n + r.sections.length, 0);
  const sections = answers === results.length ? shownSections : (counts?.sections ?? 0);
  return {
    kind: "results",
    status: resultsStatus(answers, sections, state.query, topicTitle),
    results,
    topicPage: state.query === "" ? topic : null,
    total: answers,
  };
}
