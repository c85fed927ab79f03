/** "Related questions": other answers ranked by the topics they share with this one. */

/** What ranking needs of a question. */
export interface RelatedCandidate {
  readonly id: string;
  readonly order: number;
  /** The question's own `topics`. */
  readonly topics: readonly string[];
  /** Topic ids of its sections (the `sections` values, flattened; repeats are ignored). */
  readonly sectionTopics: readonly string[];
}

export interface RelatedQuestion {
  readonly id: string;
  /**
   * One point per topic both questions cover, plus one when both list it in `topics`,
   * plus one when both treat it in a section.
   */
  readonly score: number;
  /** Topics both questions cover (listed or in a section); shared listed topics first, in this question's order. */
  readonly sharedTopics: readonly string[];
}

export interface RelatedOptions {
  /** Fewest to return; questions sharing nothing fill up, nearest in order first. */
  readonly min?: number;
  /** Most to return. */
  readonly max?: number;
}

/**
 * A candidate with its topics worked out once for every question it is compared with: as lists in order (for the
 * shared topics it shows), and as bit masks over every topic of the candidates (for the scores: the size of an
 * intersection is the number of bits two masks share).
 */
interface Prepared {
  readonly candidate: RelatedCandidate;
  readonly topics: readonly string[];
  /** Listed topics, then section topics, each once. */
  readonly covered: readonly string[];
  readonly topicSet: ReadonlySet<string>;
  readonly coveredSet: ReadonlySet<string>;
  readonly topicMask: Uint32Array;
  readonly sectionMask: Uint32Array;
  readonly coveredMask: Uint32Array;
}

function prepare(candidate: RelatedCandidate, bit: ReadonlyMap<string, number>, words: number): Prepared {
  const topics = [...new Set(candidate.topics)];
  const sectionTopics = [...new Set(candidate.sectionTopics)];
  const covered = [...new Set([...topics, ...sectionTopics])];
  const mask = (ids: readonly string[]) => {
    const m = new Uint32Array(words);
    for (const id of ids) {
      const b = bit.get(id) as number;
      m[b >>> 5] = (m[b >>> 5] as number) | (1 << (b & 31));
    }
    return m;
  };
  return {
    candidate,
    topics,
    covered,
    topicSet: new Set(topics),
    coveredSet: new Set(covered),
    topicMask: mask(topics),
    sectionMask: mask(sectionTopics),
    coveredMask: mask(covered),
  };
}

/** How many bits are set in a 32-bit word. */
function bitCount(word: number): number {
  let v = word - ((word >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** How many topics two masks share. */
function sharedCount(a: Uint32Array, b: Uint32Array): number {
  let n = 0;
  for (let i = 0; i < a.length; i++) n += bitCount((a[i] as number) & (b[i] as number));
  return n;
}

/** Keeps the `max` best of a stream of items, first come first kept among equals, as a stable sort would. */
function best<T>(items: Iterable<T>, max: number, before: (a: T, b: T) => number): T[] {
  const kept: T[] = [];
  for (const item of items) {
    if (kept.length === max && before(item, kept[kept.length - 1] as T) >= 0) continue;
    let at = kept.length;
    while (at > 0 && before(item, kept[at - 1] as T) < 0) at -= 1;
    kept.splice(at, 0, item);
    if (kept.length > max) kept.pop();
  }
  return kept;
}

/**
 * Prepares the candidates once and returns the ranking for any of them (see `relatedQuestions`): a page of
 * related questions for each of n questions costs n small comparisons each, not n sorts.
 */
export function relatedQuestionsIndex(
  candidates: readonly RelatedCandidate[],
): (id: string, options?: RelatedOptions) => RelatedQuestion[] {
  const bit = new Map<string, number>();
  for (const c of candidates)
    for (const id of [...c.topics, ...c.sectionTopics]) if (!bit.has(id)) bit.set(id, bit.size);
  const words = Math.max(1, Math.ceil(bit.size / 32));
  const prepared = candidates.map((c) => prepare(c, bit, words));
  const byId = new Map(prepared.map((p) => [p.candidate.id, p]));
  return (id, { min = 2, max = 3 } = {}) => {
    const self = byId.get(id);
    if (!self) throw new Error(`relatedQuestions: no question with id "${id}"`);
    const scored: { other: Prepared; score: number }[] = [];
    for (const other of prepared) {
      if (other === self) continue;
      const listed = sharedCount(self.topicMask, other.topicMask);
      const inSections = sharedCount(self.sectionMask, other.sectionMask);
      const shared = sharedCount(self.coveredMask, other.coveredMask);
      scored.push({ other, score: shared + listed + inSections });
    }
    const ranked = best(
      scored.filter((s) => s.score > 0),
      max,
      (a, b) => b.score - a.score || a.other.candidate.order - b.other.candidate.order,
    );
    if (ranked.length < min) {
      const distance = (s: (typeof scored)[number]) => Math.abs(s.other.candidate.order - self.candidate.order);
      ranked.push(
        ...best(
          scored.filter((s) => s.score === 0),
          min - ranked.length,
          (a, b) => distance(a) - distance(b) || a.other.candidate.order - b.other.candidate.order,
        ),
      );
    }
    return ranked.map(({ other, score }) => {
      const listed = self.topics.filter((t) => other.topicSet.has(t));
      const shared = [...new Set([...listed, ...self.covered.filter((t) => other.coveredSet.has(t))])];
      return { id: other.candidate.id, score, sharedTopics: shared };
    });
  };
}

/**
 * Ranks the other questions for `id`: score descending, ties by `order` ascending, so the
 * result never depends on input order. Returns between `min` and `max` (fewer only when
 * there are not enough other questions). Throws when `id` is not among the candidates.
 */
export function relatedQuestions(
  candidates: readonly RelatedCandidate[],
  id: string,
  options: RelatedOptions = {},
): RelatedQuestion[] {
  return relatedQuestionsIndex(candidates)(id, options);
}
