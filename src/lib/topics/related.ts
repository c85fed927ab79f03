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

const intersect = (a: readonly string[], b: readonly string[]) => {
  const other = new Set(b);
  return [...new Set(a)].filter((x) => other.has(x));
};

/**
 * Ranks the other questions for `id`: score descending, ties by `order` ascending, so the
 * result never depends on input order. Returns between `min` and `max` (fewer only when
 * there are not enough other questions). Throws when `id` is not among the candidates.
 */
export function relatedQuestions(
  candidates: readonly RelatedCandidate[],
  id: string,
  { min = 2, max = 3 }: RelatedOptions = {},
): RelatedQuestion[] {
  const self = candidates.find((c) => c.id === id);
  if (!self) throw new Error(`relatedQuestions: no question with id "${id}"`);
  const covered = (c: RelatedCandidate) => [...c.topics, ...c.sectionTopics];

  const scored = candidates
    .filter((c) => c.id !== id)
    .map((c) => {
      const listed = intersect(self.topics, c.topics);
      const inSections = intersect(self.sectionTopics, c.sectionTopics);
      const shared = [...new Set([...listed, ...intersect(covered(self), covered(c))])];
      return { candidate: c, score: shared.length + listed.length + inSections.length, shared };
    });

  const ranked = scored
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.candidate.order - b.candidate.order)
    .slice(0, max);

  if (ranked.length < min) {
    const fill = scored
      .filter((s) => s.score === 0)
      .sort(
        (a, b) =>
          Math.abs(a.candidate.order - self.order) - Math.abs(b.candidate.order - self.order) ||
          a.candidate.order - b.candidate.order,
      );
    ranked.push(...fill.slice(0, min - ranked.length));
  }

  return ranked.map(({ candidate, score, shared }) => ({ id: candidate.id, score, sharedTopics: shared }));
}
