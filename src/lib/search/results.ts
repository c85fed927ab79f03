/**
 * Turns Pagefind's raw result data for one page into what the search UI shows: the question, its
 * best-matching sections (with the heading above each for context) and their excerpts (./excerpt.ts).
 */
import { withAncestors } from "../headings";
import { buildExcerpt, findPhrase, wordCount } from "./excerpt";
import type { ExcerptPart, WordLocationLike } from "./excerpt";
import { topicsMatchingTerms } from "./via-topics";
import type { TopicWords } from "./via-topics";

/** The parts of Pagefind's `PagefindSearchAnchor` this module reads. */
export interface AnchorLike {
  element: string;
  id: string;
  text?: string | undefined;
  location: number;
}

/** The parts of Pagefind's `PagefindSubResult` this module reads. */
interface SubResultLike {
  title: string;
  url: string;
  weighted_locations: WordLocationLike[];
  anchor?: AnchorLike | undefined;
}

/** The parts of Pagefind's `PagefindSearchFragment` this module reads. */
export interface FragmentLike {
  url: string;
  /** The page's indexed text; `WordLocationLike.location` indexes its words. */
  content: string;
  meta: Record<string, string | undefined>;
  sub_results: SubResultLike[];
  anchors: AnchorLike[];
}

export interface ShapedSection {
  /** Heading id. */
  id: string;
  title: string;
  /** Title of the heading this section sits under (h3 under h2, h4 under h3), if any. */
  parent: string | null;
  url: string;
  excerpt: ExcerptPart[];
  /** Titles of topics through which it matched, when the words are not in its text but in a topic's aliases. */
  viaTopics: string[];
}

export interface ShapedResult {
  title: string;
  url: string;
  /** Shown when no section is: the match is in the title or summary. */
  excerpt: ExcerptPart[];
  viaTopics: string[];
  sections: ShapedSection[];
  /** Matching sections not shown. */
  moreSections: number;
}

export interface ShapeOptions {
  /** Most sections shown per question. */
  maxSections: number;
  /** Topic filter in force, or null. */
  topic: string | null;
  /** Topic ids of the whole question (`topics` in its frontmatter). */
  pageTopics: readonly string[];
  /** Heading id -> topic ids for this question (`sections` in its frontmatter). */
  sectionTopics: Readonly<Record<string, readonly string[]>>;
  /** Topic id -> title and aliases, to name the topic an alias-only match came through. */
  topics: ReadonlyMap<string, TopicWords>;
  /** The searched words (to name the topic of an alias-only match). */
  terms: readonly string[];
  /** Rewrites a result URL (e.g. adds the highlight parameters). */
  link: (url: string) => string;
  /** The alias sentences indexed into this page (`aliasSentence`), left out of excerpts. */
  aliasTexts: readonly string[];
  /** Words per excerpt. */
  excerptLength: number;
}

const HEADING = /^h([1-6])$/i;

function level(anchor: AnchorLike): number {
  return Number(HEADING.exec(anchor.element)?.[1] ?? 0);
}

/**
 * Each heading anchor's id with the headings it sits under, outermost first: the nesting rule of
 * lib/headings.ts, read from Pagefind's anchors in page order. Elements that are not headings are left out.
 */
export function anchorAncestors(anchors: readonly AnchorLike[]): Map<string, AnchorLike[]> {
  const headings = anchors
    .filter((a) => HEADING.test(a.element))
    .sort((a, b) => a.location - b.location)
    .map((anchor) => ({ anchor, depth: level(anchor) }));
  return new Map(
    withAncestors(headings).map(({ heading, ancestors }) => [heading.anchor.id, ancestors.map((h) => h.anchor)]),
  );
}

/**
 * Whether a section treats the topic: it is tagged with it, or sits under a heading that is.
 * `ancestors` comes from `anchorAncestors`.
 */
export function sectionInTopic(
  id: string,
  topic: string,
  sectionTopics: Readonly<Record<string, readonly string[]>>,
  ancestors: ReadonlyMap<string, readonly AnchorLike[]>,
): boolean {
  const chain = [id, ...(ancestors.get(id) ?? []).map((a) => a.id)];
  return chain.some((h) => sectionTopics[h]?.includes(topic) ?? false);
}

function score(locations: readonly WordLocationLike[]): number {
  return locations.reduce((sum, l) => sum + l.balanced_score, 0);
}

/** Whether every matched word lies in alias text (so the section itself does not use the words). */
function aliasOnly(
  locations: readonly WordLocationLike[],
  aliasRanges: readonly (readonly [number, number])[],
): boolean {
  return (
    locations.length > 0 &&
    locations.every((l) => aliasRanges.some(([from, to]) => l.location >= from && l.location < to))
  );
}

/**
 * Shapes one page's result. Sections are the sub-results under a heading, best score
 * first (page order breaks ties), at most `maxSections`; sections that contain the words
 * are preferred over those that matched only through a topic's aliases, and with a topic in
 * force, sections that treat that topic are preferred when any matched. Excerpts are built from the page's
 * words without the indexed alias text (`aliasTexts`), so they only quote the answer.
 */
export function shapeResult(fragment: FragmentLike, options: ShapeOptions): ShapedResult {
  const ancestors = anchorAncestors(fragment.anchors);
  const words = fragment.content.split(/\s+/);
  const aliasRanges = options.aliasTexts.flatMap((text) => findPhrase(words, text));
  const headingStarts = fragment.anchors
    .filter((a) => HEADING.test(a.element) && level(a) > 1)
    .map((a) => a.location)
    .sort((a, b) => a - b);
  const nextHeading = (after: number) => headingStarts.find((l) => l > after) ?? words.length;
  const excerptOf = (locations: readonly WordLocationLike[], start: number, headingWords: number) =>
    buildExcerpt({
      words,
      locations,
      start,
      end: nextHeading(start),
      skip: [[start, start + headingWords], ...aliasRanges],
      length: options.excerptLength,
    });

  const intro = fragment.sub_results.find((s) => !s.anchor || !HEADING.test(s.anchor.element) || level(s.anchor) === 1);
  let candidates = fragment.sub_results
    .filter((s): s is SubResultLike & { anchor: AnchorLike } => s !== intro && s.anchor !== undefined)
    .map((s, order) => ({ sub: s, anchor: s.anchor, order, score: score(s.weighted_locations) }));

  // Sections that use the words come before (and, when there are any, instead of) sections
  // that only matched through a topic's aliases.
  // Those left out are not counted as "more sections": they do not contain the words.
  const real = candidates.filter((c) => !aliasOnly(c.sub.weighted_locations, aliasRanges));
  if (real.length > 0) candidates = real;

  if (options.topic) {
    const topic = options.topic;
    const inTopic = candidates.filter((c) => sectionInTopic(c.anchor.id, topic, options.sectionTopics, ancestors));
    if (inTopic.length > 0) candidates = inTopic;
  }
  candidates.sort((a, b) => b.score - a.score || a.anchor.location - b.anchor.location);

  let shaped = candidates.map(({ sub, anchor }): ShapedSection => {
    const viaAlias = aliasOnly(sub.weighted_locations, aliasRanges);
    const parent = ancestors.get(anchor.id)?.at(-1);
    return {
      id: anchor.id,
      title: sub.title.trim() || anchor.text?.trim() || anchor.id,
      parent: parent?.text?.trim() || null,
      url: options.link(sub.url),
      excerpt: viaAlias ? [] : excerptOf(sub.weighted_locations, anchor.location, wordCount(anchor.text)),
      viaTopics: viaAlias
        ? topicsMatchingTerms(options.sectionTopics[anchor.id] ?? [], options.terms, options.topics)
        : [],
    };
  });
  // A heading with no text of its own before its first sub-heading ("3. Caching Strategies") only
  // groups its sub-sections, which name it as their parent: it is not worth a line when others matched.
  const withText = shaped.filter((s) => s.excerpt.length > 0 || s.viaTopics.length > 0);
  const headingsOnly = withText.length > 0 ? shaped.length - withText.length : 0;
  if (withText.length > 0) shaped = withText;
  const sections = shaped.slice(0, options.maxSections);

  const title = fragment.meta["title"]?.trim() || fragment.url;
  const introAliasOnly = intro ? aliasOnly(intro.weighted_locations, aliasRanges) : false;
  const titleWords = words.slice(0, wordCount(title)).join(" ").replace(/\.$/, "") === title ? wordCount(title) : 0;
  return {
    title,
    url: options.link(fragment.url),
    excerpt: sections.length > 0 || introAliasOnly || !intro ? [] : excerptOf(intro.weighted_locations, 0, titleWords),
    viaTopics:
      sections.length === 0 && introAliasOnly
        ? topicsMatchingTerms(options.pageTopics, options.terms, options.topics)
        : [],
    sections,
    moreSections: Math.max(0, shaped.length - sections.length) + headingsOnly,
  };
}

/**
 * The sections of a page that treat a topic, for browsing a topic without a query: each
 * tagged heading, in page order, with no excerpt.
 */
export function topicSections(
  fragment: Pick<FragmentLike, "url" | "anchors">,
  topic: string,
  sectionTopics: Readonly<Record<string, readonly string[]>>,
  link: (url: string) => string,
): ShapedSection[] {
  const ancestors = anchorAncestors(fragment.anchors);
  const pageUrl = fragment.url.split("#")[0] ?? fragment.url;
  return fragment.anchors
    .filter((a) => HEADING.test(a.element) && (sectionTopics[a.id]?.includes(topic) ?? false))
    .sort((a, b) => a.location - b.location)
    .map((a) => ({
      id: a.id,
      title: a.text?.trim() || a.id,
      parent: ancestors.get(a.id)?.at(-1)?.text?.trim() || null,
      url: link(`${pageUrl}#${a.id}`),
      excerpt: [],
      viaTopics: [],
    }));
}
