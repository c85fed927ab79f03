/**
 * The topic map of a large handbook: one bar per topic instead of one column per question, so the picture keeps
 * its size however many questions there are. Each bar shows the questions that list the topic (main) and those
 * that treat it only in a section, on one scale for every topic.
 */
import type { TopicIndexEntry } from "./topic-index";

/** Above this many questions the map draws bars (this module); up to it, the question-by-topic grid (topic-map.ts). */
export const GRID_MAX_QUESTIONS = 40;

interface SpreadRow {
  readonly topicId: string;
  readonly title: string;
  /** Questions that list the topic in their `topics`. */
  readonly main: number;
  /** Questions that do not list it but treat it in a section. */
  readonly sectionOnly: number;
  /** Sections, across all questions, that treat it. */
  readonly sections: number;
  /** Top edge of the row, the bar's centre line, and the two bars' extents. */
  readonly top: number;
  readonly y: number;
  readonly mainWidth: number;
  readonly sectionWidth: number;
}

export interface SpreadLayout {
  readonly width: number;
  readonly height: number;
  /** Where the bars start; labels end left of it. */
  readonly barLeft: number;
  readonly barMax: number;
  readonly rowHeight: number;
  /** The number the longest bar stands for. */
  readonly scale: number;
  readonly rows: readonly SpreadRow[];
}

export interface SpreadOptions {
  readonly width?: number;
  readonly rowHeight?: number;
  /** Room for the labels, left of the bars; by default the longest title's estimated width at 14 px. */
  readonly labelWidth?: number;
}

/** Average advance of a character of a system sans-serif, as a share of the font size, with some to spare. */
const CHAR_WIDTH = 0.6;
const LABEL_SIZE = 14;

/** Rows by how many questions cover the topic (most first), then title; bars scaled to the most covered topic. */
export function layoutTopicSpread(
  index: readonly TopicIndexEntry[],
  { width = 704, rowHeight = 28, labelWidth }: SpreadOptions = {},
): SpreadLayout {
  const longest = Math.max(0, ...index.map((e) => e.topic.title.length));
  const labels = labelWidth ?? Math.ceil(longest * LABEL_SIZE * CHAR_WIDTH) + 16;
  const counted = index.map((entry) => {
    const main = entry.questions.filter((q) => q.main).length;
    return { entry, main, sectionOnly: entry.questions.length - main };
  });
  counted.sort(
    (a, b) =>
      b.entry.questions.length - a.entry.questions.length || a.entry.topic.title.localeCompare(b.entry.topic.title),
  );
  const scale = Math.max(1, ...counted.map((c) => c.main + c.sectionOnly));
  // Room right of the bars for the count.
  const barMax = Math.max(1, width - labels - 64);
  const rows = counted.map(({ entry, main, sectionOnly }, i) => ({
    topicId: entry.topic.id,
    title: entry.topic.title,
    main,
    sectionOnly,
    sections: entry.sectionCount,
    top: i * rowHeight,
    y: i * rowHeight + rowHeight / 2,
    mainWidth: (main / scale) * barMax,
    sectionWidth: (sectionOnly / scale) * barMax,
  }));
  return { width, height: rows.length * rowHeight, barLeft: labels, barMax, rowHeight, scale, rows };
}
