/** Layout of the questions-by-topics map: a matrix drawn as SVG at build time. */
import type { TopicIndexEntry } from "./topic-index";

interface MapColumn {
  readonly questionId: string;
  readonly order: number;
  readonly title: string;
  /** Centre of the column. */
  readonly x: number;
}

interface MapRow {
  readonly topicId: string;
  readonly title: string;
  readonly questionCount: number;
  /** Top edge and height of the row's band. */
  readonly top: number;
  readonly height: number;
  /** Centre line of the row's dots. */
  readonly y: number;
  /** Baseline of the row's label. */
  readonly labelY: number;
}

interface MapCell {
  readonly topicId: string;
  readonly questionId: string;
  readonly x: number;
  readonly y: number;
  readonly r: number;
  /** "main": the question lists the topic; "section": only a section of it treats the topic. */
  readonly kind: "main" | "section";
  readonly sections: number;
}

export interface TopicMapLayout {
  readonly width: number;
  readonly height: number;
  /** Where row labels are anchored, and which way they run from there. */
  readonly labelX: number;
  readonly labelAnchor: "start" | "end";
  /** Baseline of the column numbers. */
  readonly headerY: number;
  /** Left and right edges of the grid of dots. */
  readonly gridLeft: number;
  readonly gridRight: number;
  readonly columns: readonly MapColumn[];
  readonly rows: readonly MapRow[];
  readonly cells: readonly MapCell[];
}

export interface MapOptions {
  /** "side": labels left of each row (wide screens); "above": each label over its row (phones). */
  readonly labels?: "side" | "above";
  readonly cellWidth?: number;
  /** Height of the band of dots in a row. */
  readonly rowHeight?: number;
  /** Font size of the labels in SVG units, used to estimate their width. */
  readonly fontSize?: number;
}

/** Average advance of a character of a system sans-serif, as a share of the font size. */
const CHAR_WIDTH = 0.56;
const PAD = 8;

/**
 * Rows are topics, columns are questions in order. Rows are sorted by the first question that
 * covers the topic (then by how many do, then title), so the matrix reads as a staircase from
 * the first answer to the last. A dot's radius grows with the sections that treat the topic.
 */
export function layoutTopicMap(index: readonly TopicIndexEntry[], options: MapOptions = {}): TopicMapLayout {
  const { labels = "side", cellWidth = 40, rowHeight = 30, fontSize = 14 } = options;
  const questions = new Map(index.flatMap((e) => e.questions.map((q) => [q.question.id, q.question] as const)));
  const orderedQuestions = [...questions.values()].sort((a, b) => a.order - b.order);

  const first = (e: TopicIndexEntry) => e.questions[0]?.question.order ?? Number.POSITIVE_INFINITY;
  const orderedTopics = [...index].sort(
    (a, b) => first(a) - first(b) || b.questionCount - a.questionCount || a.topic.title.localeCompare(b.topic.title),
  );

  const longest = Math.max(0, ...orderedTopics.map((e) => e.topic.title.length));
  const labelWidth = Math.ceil(longest * fontSize * CHAR_WIDTH);
  const side = labels === "side";
  const gridLeft = side ? PAD + labelWidth + PAD * 2 : PAD;
  const gridRight = gridLeft + orderedQuestions.length * cellWidth;
  const headerHeight = Math.round(fontSize * 2.2);
  const labelBand = side ? 0 : Math.round(fontSize * 1.5);
  const band = rowHeight + labelBand;

  const columns = orderedQuestions.map((q, i) => ({
    questionId: q.id,
    order: q.order,
    title: q.title,
    x: gridLeft + i * cellWidth + cellWidth / 2,
  }));
  const xOf = new Map(columns.map((c) => [c.questionId, c.x]));

  const rows = orderedTopics.map((e, i) => {
    const top = headerHeight + i * band;
    const y = top + labelBand + rowHeight / 2;
    return {
      topicId: e.topic.id,
      title: e.topic.title,
      questionCount: e.questionCount,
      top,
      height: band,
      y,
      labelY: side ? Math.round(y + fontSize * 0.35) : top + Math.round(fontSize * 1.2),
    };
  });

  const maxR = Math.min(cellWidth, rowHeight) / 2 - 2;
  const cells = orderedTopics.flatMap((e, i) =>
    e.questions.map((q) => ({
      topicId: e.topic.id,
      questionId: q.question.id,
      x: xOf.get(q.question.id) ?? 0,
      y: rows[i]?.y ?? 0,
      r: Math.min(maxR, 4 + 2 * Math.min(q.sections.length, 3)),
      kind: q.main ? ("main" as const) : ("section" as const),
      sections: q.sections.length,
    })),
  );

  return {
    width: Math.max(gridRight, side ? 0 : PAD + labelWidth) + PAD,
    height: headerHeight + orderedTopics.length * band + PAD,
    labelX: side ? PAD + labelWidth : PAD,
    labelAnchor: side ? "end" : "start",
    headerY: Math.round(fontSize * 1.4),
    gridLeft,
    gridRight,
    columns,
    rows,
    cells,
  };
}
