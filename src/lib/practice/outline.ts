/**
 * A question's outline as practice uses it: its section headings in page order, each with its topics and the key
 * points of the model answer. Built once for the site (src/data/practice.ts, served as one file) for the mock
 * round's rubric, the answers export and the Anki deck.
 */
import { isValidId } from "./state";

/** Most key points kept per section. */
export const MAX_POINTS = 6;

interface OutlineSection {
  /** The heading's id (its URL fragment). */
  readonly id: string;
  readonly title: string;
  /** 2 for `##`, 3 for `###`, 4 for `####`. */
  readonly depth: number;
  /** Topic ids the question's frontmatter gives this section; empty when it names none. */
  readonly topics: readonly string[];
  /** What the section's own text says, a paragraph or list item each, cut short. */
  readonly points: readonly string[];
}

export interface OutlineQuestion {
  readonly id: string;
  readonly order: number;
  readonly title: string;
  readonly summary: string;
  readonly topics: readonly string[];
  readonly sections: readonly OutlineSection[];
}

/** The document as served: topic titles by id, and the questions in reading order. */
export interface Outline {
  readonly v: 1;
  readonly topics: Readonly<Record<string, string>>;
  readonly questions: readonly OutlineQuestion[];
}

/** One heading of the rubric a mock round scores: a section of the outline's first two levels, with no sub-section of those levels. */
export interface RubricItem {
  readonly id: string;
  readonly title: string;
  /** The `##` heading it sits under, when it is a `###`. */
  readonly group?: string;
  /** Its own topics, else its group's, else the question's. */
  readonly topics: readonly string[];
  /** Key points of the section and of its `####` sub-sections. */
  readonly points: readonly string[];
}

/**
 * The rubric of a question: the headings of its table of contents (`##` and `###`) that have no `###` under them,
 * so each part of the answer is scored once. A question without such headings is scored as one item.
 */
export function rubric(question: OutlineQuestion): RubricItem[] {
  const items: RubricItem[] = [];
  let group: OutlineSection | undefined;
  const sections = question.sections;
  sections.forEach((section, i) => {
    if (section.depth > 3) {
      const last = items.at(-1);
      if (last) items[items.length - 1] = { ...last, points: [...last.points, ...section.points].slice(0, MAX_POINTS) };
      return;
    }
    if (section.depth === 2) group = section;
    const next = sections.slice(i + 1).find((s) => s.depth <= 3);
    if (section.depth === 2 && next?.depth === 3) return;
    const topics =
      section.topics.length > 0
        ? section.topics
        : group && group !== section && group.topics.length > 0
          ? group.topics
          : question.topics;
    items.push({
      id: section.id,
      title: section.title,
      ...(group && group !== section ? { group: group.title } : {}),
      topics,
      points: section.points,
    });
  });
  return items.length > 0
    ? items
    : [{ id: question.id, title: question.title, topics: question.topics, points: [question.summary] }];
}

const isStrings = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((v) => typeof v === "string");

/** Reads a fetched outline back; null when it is not a version-1 outline. Malformed questions or sections are left out. */
export function parseOutline(data: unknown): Outline | null {
  if (typeof data !== "object" || data === null) return null;
  const { v, topics, questions } = data as Record<string, unknown>;
  if (v !== 1 || typeof topics !== "object" || topics === null || !Array.isArray(questions)) return null;
  const list: OutlineQuestion[] = [];
  for (const q of questions as Record<string, unknown>[]) {
    if (
      typeof q !== "object" ||
      q === null ||
      !isValidId(q["id"]) ||
      typeof q["title"] !== "string" ||
      !Array.isArray(q["sections"])
    )
      continue;
    const sections = (q["sections"] as Record<string, unknown>[]).filter(
      (s): s is Record<string, unknown> & OutlineSection =>
        typeof s === "object" &&
        s !== null &&
        typeof s["id"] === "string" &&
        typeof s["title"] === "string" &&
        typeof s["depth"] === "number" &&
        isStrings(s["topics"]) &&
        isStrings(s["points"]),
    );
    list.push({
      id: q["id"],
      order: typeof q["order"] === "number" ? q["order"] : list.length + 1,
      title: q["title"],
      summary: typeof q["summary"] === "string" ? q["summary"] : "",
      topics: isStrings(q["topics"]) ? q["topics"] : [],
      sections: sections.map(({ id, title, depth, topics: t, points }) => ({ id, title, depth, topics: t, points })),
    });
  }
  const titles = Object.fromEntries(
    Object.entries(topics).filter((e): e is [string, string] => typeof e[1] === "string"),
  );
  return { v: 1, topics: titles, questions: list };
}
