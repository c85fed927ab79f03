/**
 * A question's outline as practice uses it: its section headings in page order, each with its topics and the key
 * points of the model answer. Built once for the site (src/data/practice.ts) for the mock round's rubric, the answers
 * export and the Anki deck, and served in two parts so a page fetches only what it uses: an index of every question
 * (what the mock round chooses questions by) and one detail file per question (its sections and key points).
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

/** Every question's outline with the topic titles by id, questions in reading order; built whole, served in parts. */
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

/** One question in the index: what choosing it for a round, and naming it, needs. */
export interface OutlineIndexQuestion {
  readonly id: string;
  readonly order: number;
  readonly title: string;
  /** The question's own topics, most central first. */
  readonly topics: readonly string[];
  /** Topics its sections name that its own topics do not, once each in page order. */
  readonly sectionTopics: readonly string[];
}

/** The index as served: topic titles by id, and every question in reading order without its sections. */
export interface OutlineIndex {
  readonly v: 1;
  readonly topics: Readonly<Record<string, string>>;
  readonly questions: readonly OutlineIndexQuestion[];
}

/** One question's detail file as served: its summary and its sections with their key points. */
export interface OutlineDetail {
  readonly v: 1;
  readonly id: string;
  readonly summary: string;
  readonly sections: readonly OutlineSection[];
}

/** The index of an outline. */
export function outlineIndex(outline: Outline): OutlineIndex {
  return {
    v: 1,
    topics: outline.topics,
    questions: outline.questions.map(({ id, order, title, topics, sections }) => ({
      id,
      order,
      title,
      topics,
      sectionTopics: [...new Set(sections.flatMap((s) => s.topics))].filter((t) => !topics.includes(t)),
    })),
  };
}

/** The detail file of one question of an outline. */
export function outlineDetail({ id, summary, sections }: OutlineQuestion): OutlineDetail {
  return { v: 1, id, summary, sections };
}

/** A question of the index with its detail: the question's whole outline. */
export function withDetail(
  { id, order, title, topics }: OutlineIndexQuestion,
  { summary, sections }: OutlineDetail,
): OutlineQuestion {
  return { id, order, title, summary, topics, sections };
}

/** What reading a fetched file gives: its content, or what is wrong with it in words that name the file and field. */
export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

const isStrings = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((v) => typeof v === "string");

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const got = (value: unknown) => (value === undefined ? "nothing" : JSON.stringify(value)?.slice(0, 60));

/**
 * Reads the fetched index back (`file` names it in errors). An error when it is not a version-1 index; malformed
 * questions and topic titles are left out, as are repeated ids.
 */
export function parseOutlineIndex(data: unknown, file: string): Parsed<OutlineIndex> {
  if (!isObject(data)) return { ok: false, error: `${file}: expected a JSON object, got ${got(data)}` };
  const { v, topics, questions } = data;
  if (v !== 1)
    return { ok: false, error: `${file}: expected "v": 1 (this version of the site's index), got ${got(v)}` };
  if (!isObject(topics))
    return { ok: false, error: `${file}: expected "topics", topic titles by id, got ${got(topics)}` };
  if (!Array.isArray(questions))
    return { ok: false, error: `${file}: expected "questions", a list, got ${got(questions)}` };
  const seen = new Set<string>();
  const list: OutlineIndexQuestion[] = [];
  for (const q of questions as unknown[]) {
    if (!isObject(q) || !isValidId(q["id"]) || typeof q["title"] !== "string" || seen.has(q["id"])) continue;
    seen.add(q["id"]);
    list.push({
      id: q["id"],
      order: typeof q["order"] === "number" ? q["order"] : list.length + 1,
      title: q["title"],
      topics: isStrings(q["topics"]) ? q["topics"] : [],
      sectionTopics: isStrings(q["sectionTopics"]) ? q["sectionTopics"] : [],
    });
  }
  const titles = Object.fromEntries(
    Object.entries(topics).filter((e): e is [string, string] => typeof e[1] === "string"),
  );
  return { ok: true, value: { v: 1, topics: titles, questions: list } };
}

/**
 * Reads a fetched detail file back (`file` names it in errors): an error when it is not version 1, is not the
 * detail of question `id`, or has no list of sections; malformed sections are left out.
 */
export function parseOutlineDetail(data: unknown, id: string, file: string): Parsed<OutlineDetail> {
  if (!isObject(data)) return { ok: false, error: `${file}: expected a JSON object, got ${got(data)}` };
  const { v, summary, sections } = data;
  if (v !== 1)
    return { ok: false, error: `${file}: expected "v": 1 (this version of the site's outline), got ${got(v)}` };
  if (data["id"] !== id)
    return { ok: false, error: `${file}: expected the outline of "${id}", got "id": ${got(data["id"])}` };
  if (!Array.isArray(sections))
    return { ok: false, error: `${file}: expected "sections", a list, got ${got(sections)}` };
  const kept = (sections as unknown[]).filter(
    (s): s is OutlineSection =>
      isObject(s) &&
      typeof s["id"] === "string" &&
      typeof s["title"] === "string" &&
      typeof s["depth"] === "number" &&
      isStrings(s["topics"]) &&
      isStrings(s["points"]),
  );
  return {
    ok: true,
    value: {
      v: 1,
      id,
      summary: typeof summary === "string" ? summary : "",
      sections: kept.map(({ id: sid, title, depth, topics, points }) => ({ id: sid, title, depth, topics, points })),
    },
  };
}
