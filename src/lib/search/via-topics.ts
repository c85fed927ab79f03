/** Which topic a result came through when the searched words are not in its text but in a topic's aliases. */

/** What of a topic its matching reads: the title and the aliases indexed with it. */
export interface TopicWords {
  readonly title: string;
  readonly aliases: readonly string[];
}

/**
 * Titles of the candidate topics a search came through: those whose title or aliases hold
 * every word-piece of a term ("chain-of-thought" needs "chain", "of", "thought"), matching
 * by word start. When none does, all candidates: the match was in their aliases regardless.
 */
export function topicsMatchingTerms(
  candidates: readonly string[],
  terms: readonly string[],
  topics: ReadonlyMap<string, TopicWords>,
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
