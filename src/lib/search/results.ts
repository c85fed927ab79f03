/**
 * Turns Pagefind's raw result data into what the search UI shows: the question, its
 * best-matching sections (with the heading above each for context), and excerpts built
 * from the page's words, split into plain and marked text so they render without innerHTML.
 */

/** The parts of Pagefind's `PagefindSearchAnchor` this module reads. */
export interface AnchorLike {
  element: string;
  id: string;
  text?: string | undefined;
  location: number;
}

/** The parts of Pagefind's `PagefindWordLocation` this module reads. */
export interface WordLocationLike {
  weight: number;
  balanced_score: number;
  location: number;
}

/** The parts of Pagefind's `PagefindSubResult` this module reads. */
export interface SubResultLike {
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

export interface ExcerptPart {
  text: string;
  marked: boolean;
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
  topics: ReadonlyMap<string, { title: string; aliases: readonly string[] }>;
  /** The searched words (to name the topic of an alias-only match). */
  terms: readonly string[];
  /** Rewrites a result URL (e.g. adds the highlight parameters). */
  link: (url: string) => string;
  /** The alias sentences indexed into this page (`aliasSentence`), left out of excerpts. */
  aliasTexts: readonly string[];
  /** Words per excerpt. */
  excerptLength: number;
}

function pushPart(parts: ExcerptPart[], text: string, marked: boolean): void {
  if (text === "") return;
  const last = parts.at(-1);
  if (last && last.marked === marked) last.text += text;
  else parts.push({ text, marked });
}

const HEADING = /^h([1-6])$/i;

function level(anchor: AnchorLike): number {
  return Number(HEADING.exec(anchor.element)?.[1] ?? 0);
}

/** Heading ids in page order, each with the ids of the headings it sits under (nearest first). */
export function headingAncestors(anchors: readonly AnchorLike[]): Map<string, AnchorLike[]> {
  const headings = anchors.filter((a) => HEADING.test(a.element)).sort((a, b) => a.location - b.location);
  const result = new Map<string, AnchorLike[]>();
  const stack: AnchorLike[] = [];
  for (const heading of headings) {
    while (stack.length > 0 && level(stack.at(-1)!) >= level(heading)) stack.pop();
    result.set(
      heading.id,
      [...stack].reverse().filter((a) => level(a) > 1),
    );
    stack.push(heading);
  }
  return result;
}

/**
 * Whether a section treats the topic: it is tagged with it, or sits under a heading that is.
 * `ancestors` comes from `headingAncestors`.
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
 * Titles of the candidate topics a search came through: those whose title or aliases hold
 * every word-piece of a term ("chain-of-thought" needs "chain", "of", "thought"), matching
 * by word start. When none does, all candidates: the match was in their aliases regardless.
 */
export function topicsMatchingTerms(
  candidates: readonly string[],
  terms: readonly string[],
  topics: ShapeOptions["topics"],
): string[] {
  const words = (text: string) =>
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
  const pieces = terms.map(words).filter((p) => p.length > 0);
  const known = candidates.flatMap((id) => {
    const topic = topics.get(id);
    return topic ? [topic] : [];
  });
  const matching = known.filter((topic) => {
    const vocabulary = [topic.title, ...topic.aliases].flatMap(words);
    return pieces.some((term) => term.every((piece) => vocabulary.some((w) => w.startsWith(piece))));
  });
  return (matching.length > 0 ? matching : known).map((t) => t.title);
}

/** Where each run of `phrase`'s words occurs in `words`, as [start, end) word ranges. */
export function findPhrase(words: readonly string[], phrase: string): [number, number][] {
  const target = phrase.split(/\s+/).filter(Boolean);
  const ranges: [number, number][] = [];
  if (target.length === 0) return ranges;
  for (let i = 0; i + target.length <= words.length; i++) {
    if (target.every((w, k) => words[i + k] === w)) {
      ranges.push([i, i + target.length]);
      i += target.length - 1;
    }
  }
  return ranges;
}

export interface ExcerptInput {
  /** The page's words (`content.split(/\s+/)`), which Pagefind's locations index. */
  words: readonly string[];
  /** Matched words with their scores; those outside [start, end) or in `skip` are ignored. */
  locations: readonly WordLocationLike[];
  start: number;
  end: number;
  /** Word ranges [from, to) left out of the excerpt (the heading, alias text). */
  skip: readonly (readonly [number, number])[];
  /** Words to show. */
  length: number;
}

/**
 * An excerpt of the words in [start, end) minus `skip`: the window of `length` words with
 * the highest summed score, starting a few words before its first match for context, each
 * matched word marked and "…" where text was cut. With no match in range, the opening words.
 */
export function buildExcerpt({ words, locations, start, end, skip, length }: ExcerptInput): ExcerptPart[] {
  const skipped = (i: number) => skip.some(([from, to]) => i >= from && i < to);
  const kept: number[] = [];
  for (let i = Math.max(0, start); i < Math.min(end, words.length); i++)
    if (!skipped(i) && words[i] !== "") kept.push(i);
  if (kept.length === 0) return [];
  const scores = new Map<number, number>();
  for (const l of locations) scores.set(l.location, (scores.get(l.location) ?? 0) + l.balanced_score);

  const size = Math.min(length, kept.length);
  let sum = 0;
  for (let k = 0; k < size; k++) sum += scores.get(kept[k]!) ?? 0;
  let best = sum;
  let bestAt = 0;
  for (let k = 1; k + size <= kept.length; k++) {
    sum += (scores.get(kept[k + size - 1]!) ?? 0) - (scores.get(kept[k - 1]!) ?? 0);
    if (sum > best) {
      best = sum;
      bestAt = k;
    }
  }
  if (best > 0) {
    const firstMatch = kept.findIndex((i, k) => k >= bestAt && scores.has(i));
    bestAt = Math.max(0, Math.min(firstMatch - 4, kept.length - size));
  }

  const parts: ExcerptPart[] = [];
  if (bestAt > 0) pushPart(parts, "… ", false);
  kept.slice(bestAt, bestAt + size).forEach((i, k) => {
    const word = words[i]!;
    const space = k === 0 ? "" : " ";
    if (!scores.has(i)) {
      pushPart(parts, space + word, false);
      return;
    }
    const m = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su.exec(word);
    const [, lead = "", core = "", trail = ""] = m ?? [];
    pushPart(parts, space + lead, false);
    pushPart(parts, core, true);
    pushPart(parts, trail, false);
  });
  if (bestAt + size < kept.length) pushPart(parts, " …", false);
  return parts;
}

/** Word count of a text as Pagefind splits it. */
function wordCount(text: string | undefined): number {
  return (text ?? "").split(/\s+/).filter(Boolean).length;
}

/**
 * Shapes one page's result. Sections are the sub-results under a heading, best score
 * first (page order breaks ties), at most `maxSections`; sections that contain the words
 * are preferred over those that matched only through a topic's aliases, and with a topic in
 * force, sections that treat that topic are preferred when any matched. Excerpts are built from the page's
 * words without the indexed alias text (`aliasTexts`), so they only quote the answer.
 */
export function shapeResult(fragment: FragmentLike, options: ShapeOptions): ShapedResult {
  const ancestors = headingAncestors(fragment.anchors);
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
    const parent = ancestors.get(anchor.id)?.[0];
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
  const ancestors = headingAncestors(fragment.anchors);
  const pageUrl = fragment.url.split("#")[0] ?? fragment.url;
  return fragment.anchors
    .filter((a) => HEADING.test(a.element) && (sectionTopics[a.id]?.includes(topic) ?? false))
    .sort((a, b) => a.location - b.location)
    .map((a) => ({
      id: a.id,
      title: a.text?.trim() || a.id,
      parent: ancestors.get(a.id)?.[0]?.text?.trim() || null,
      url: link(`${pageUrl}#${a.id}`),
      excerpt: [],
      viaTopics: [],
    }));
}

/**
 * Orders the questions of a topic browsed without words (Pagefind returns them unranked):
 * most sections on the topic first, then reading order.
 */
export function orderTopicResults<T extends { sections: readonly unknown[] }>(
  results: readonly T[],
  readingOrder: (result: T) => number,
): T[] {
  return [...results].sort((a, b) => b.sections.length - a.sections.length || readingOrder(a) - readingOrder(b));
}

/**
 * The topics offered as chips, in the order given (alphabetical in the search data): those with
 * at least one match, plus the selected one even without. The browser and the search page's
 * build-time markup both use it, so the chips drawn before the script runs are the ones it draws.
 */
export function listedTopics<T extends { id: string }>(
  topics: readonly T[],
  counts: Readonly<Record<string, number>>,
  selected: string | null = null,
): { topic: T; count: number }[] {
  return topics
    .filter((topic) => (counts[topic.id] ?? 0) > 0 || topic.id === selected)
    .map((topic) => ({ topic, count: counts[topic.id] ?? 0 }));
}

/** The status line before anything is searched. */
export function idleStatus(answerCount: number): string {
  return `Search the ${answerCount} ${answerCount === 1 ? "answer" : "answers"} by word or phrase, or pick a topic.`;
}
