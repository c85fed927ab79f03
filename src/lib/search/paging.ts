/**
 * Search shows its results a page at a time, and fetches a result's fragment (its text, headings and excerpt
 * data) only when that result is shown: a common word matches hundreds of answers, and each fragment is a
 * download. The count of matches comes from the full result list, which costs nothing to know.
 */
import type { SearchQuestion } from "./data";
import { presentResults } from "./present";
import type { SearchLookup } from "./present";
import type { FragmentLike, ShapedResult } from "./results";
import type { SearchState } from "./state";

/** Results shown at first, and added by each "Show more results". */
export const RESULTS_PAGE_SIZE = 10;

/**
 * The page size a panel asks for (its `data-page-size`, written from RESULTS_PAGE_SIZE at build time): a whole
 * number of at least 1, or else RESULTS_PAGE_SIZE.
 */
export function parsePageSize(value: string | null | undefined): number {
  const size = Number(value);
  return Number.isInteger(size) && size >= 1 ? size : RESULTS_PAGE_SIZE;
}

/** The positions `[from, to)` of the next page of results, after `shown` of `total`, `size` at a time. */
export function nextPage(shown: number, total: number, size: number): { from: number; to: number } {
  const from = Math.min(Math.max(0, shown), total);
  return { from, to: Math.min(total, from + size) };
}

/** The questions of a topic browsed without words, worked out from the search data alone (no fragment). */
export interface TopicListing {
  /** Reading positions (in the search data) of the questions that cover the topic, in reading order. */
  readonly positions: readonly number[];
  /**
   * Indexes into `positions` in the order they are shown: most sections on the topic first, then reading order
   * (lib/search/present.ts `orderTopicResults`, the same rule applied to the fragments).
   */
  readonly order: readonly number[];
  /** Sections tagged with the topic across all these questions. */
  readonly sections: number;
}

/** Sections of a question tagged with `topic` (`sections` in its frontmatter). */
function taggedSections(question: Pick<SearchQuestion, "sections">, topic: string): number {
  return Object.values(question.sections).filter((ids) => ids.includes(topic)).length;
}

/**
 * The questions that cover `topic` (listed in `topics` or treated in a section, as Pagefind's topic filter holds
 * them), in the order a topic browsed without words shows them. Pagefind answers such a search with the pages in
 * the order they were indexed, which is reading order, so `positions[i]` is the question of its i-th result.
 */
export function topicListing(
  questions: readonly Pick<SearchQuestion, "topics" | "sections">[],
  topic: string,
): TopicListing {
  const positions: number[] = [];
  const counts: number[] = [];
  questions.forEach((question, position) => {
    const sections = taggedSections(question, topic);
    if (sections > 0 || question.topics.includes(topic)) {
      positions.push(position);
      counts.push(sections);
    }
  });
  const order = positions.map((_, i) => i).sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || a - b);
  return { positions, order, sections: counts.reduce((n, c) => n + c, 0) };
}

/** A result as Pagefind lists it: its fragment is fetched only on `data()`. */
export interface ResultHandle {
  data(): Promise<FragmentLike>;
}

/** A search's results, shaped a page at a time. */
export interface ResultPages {
  /** How many results match. */
  readonly total: number;
  /** Sections across all results, when known without fetching them (a topic browsed without words); else null. */
  readonly sections: number | null;
  /** The shaped results at positions `[from, to)` of the order shown; fetches only their fragments. */
  load(from: number, to: number): Promise<ShapedResult[]>;
}

/**
 * The pages of a search's `results` for `state`. With words, results keep Pagefind's ranking. A topic browsed
 * without words is ordered from the search data (`topicListing`), so a page fetches its own fragments only; should
 * the index not list that topic's questions as the data does (a stale or foreign index), every fragment is
 * fetched once and ordered from them instead, so the reader still gets the right answers in the right order.
 */
export function resultPages(results: readonly ResultHandle[], state: SearchState, lookup: SearchLookup): ResultPages {
  const fetchAll = () => Promise.all(results.map((r) => r.data())).then((f) => presentResults(f, state, lookup));
  if (state.query !== "" || !state.topic) {
    return {
      total: results.length,
      sections: null,
      load: async (from, to) =>
        presentResults(await Promise.all(results.slice(from, to).map((r) => r.data())), state, lookup),
    };
  }
  const listing = topicListing(lookup.questions, state.topic);
  let all: Promise<ShapedResult[]> | undefined;
  const fallback = async (from: number, to: number) => (await (all ??= fetchAll())).slice(from, to);
  if (listing.positions.length !== results.length) return { total: results.length, sections: null, load: fallback };
  return {
    total: results.length,
    sections: listing.sections,
    load: async (from, to) => {
      if (all) return fallback(from, to);
      const picked = listing.order.slice(from, to);
      const fragments = await Promise.all(picked.map((i) => (results[i] as ResultHandle).data()));
      const expected = picked.map((i) => lookup.questionUrls[listing.positions[i] ?? -1]);
      if (fragments.some((fragment, k) => fragment.url !== expected[k])) return fallback(from, to);
      return presentResults(fragments, state, lookup);
    },
  };
}
