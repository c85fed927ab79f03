/**
 * Excerpts of a page's indexed words, as search results quote them: the best-scoring window of a section,
 * split into plain and marked text so that they render without innerHTML.
 */

/** A run of excerpt text, marked when it is a searched word. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/** The parts of Pagefind's `PagefindWordLocation` an excerpt reads. */
export interface WordLocationLike {
  weight: number;
  balanced_score: number;
  location: number;
}

function pushPart(parts: ExcerptPart[], text: string, marked: boolean): void {
  if (text === "") return;
  const last = parts.at(-1);
  if (last && last.marked === marked) last.text += text;
  else parts.push({ text, marked });
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
export function wordCount(text: string | undefined): number {
  return (text ?? "").split(/\s+/).filter(Boolean).length;
}
