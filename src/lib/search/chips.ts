/** The topic chips of the search panel: which topics are offered, in which order, with which counts. */

/** One chip: a topic id ("" for all topics), its label, its count (none while browsing all) and whether it is on. */
export interface Chip {
  readonly topic: string;
  readonly label: string;
  readonly count: number | null;
  readonly pressed: boolean;
}

/** The chips and how they sit: wrapped while browsing, one scrollable row while searching. */
export interface ChipRow {
  readonly chips: Chip[];
  readonly layout: "wrap" | "row";
}

/**
 * The topics with at least one match, in the order given (alphabetical in the search data), plus the selected
 * one even without a match.
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

/**
 * The chips for a search, "All topics" first. Browsing (no words: `allCount` is null), every listed topic
 * alphabetically, wrapped, and "All topics" without a count; searching, the listed topics with the most matches
 * first in one row, so results stay in view, and "All topics" with the count of all matching answers. The
 * browser and the search page's build-time markup both use it, so the chips drawn before the script runs are the
 * ones it draws.
 */
export function topicChips(
  topics: readonly { id: string; title: string }[],
  counts: Readonly<Record<string, number>>,
  selected: string | null,
  allCount: number | null,
): ChipRow {
  const browsing = allCount === null;
  const listed = listedTopics(topics, counts, selected);
  if (!browsing) listed.sort((a, b) => b.count - a.count);
  return {
    layout: browsing ? "wrap" : "row",
    chips: [
      { topic: "", label: "All topics", count: allCount, pressed: selected === null },
      ...listed.map(({ topic, count }) => ({
        topic: topic.id,
        label: topic.title,
        count,
        pressed: topic.id === selected,
      })),
    ],
  };
}
