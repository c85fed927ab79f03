/**
 * The small JSON document search shares between build and browser (`files.searchData` in lib/routes.ts): topic
 * titles and aliases, and which topics each question and its sections treat. The Pagefind integration reads it
 * from the build output to add filters and aliases to the index; the search UI fetches it on first use for its
 * topic chips. It holds only what those two read: links come from lib/routes.ts, titles of answers from the index.
 */

/** The Pagefind filter that carries topic ids. */
export const TOPIC_FILTER = "topic";

export interface SearchTopic {
  id: string;
  title: string;
  aliases: string[];
}

export interface SearchQuestion {
  id: string;
  /** Topic ids of the whole answer, most central first. */
  topics: string[];
  /** Heading id -> topic ids, for sections that treat a topic in depth. */
  sections: Record<string, string[]>;
}

export interface SearchData {
  /** Alphabetical by title. */
  topics: SearchTopic[];
  /** In reading order. */
  questions: SearchQuestion[];
}

export interface QuestionInput {
  id: string;
  topics: readonly string[];
  sections: Readonly<Record<string, readonly string[]>>;
}

export interface TopicInput {
  id: string;
  title: string;
  aliases: readonly string[];
}

/** Builds the shared search document from plain question and topic data. */
export function buildSearchData(questions: readonly QuestionInput[], topics: readonly TopicInput[]): SearchData {
  return {
    topics: [...topics]
      .sort((a, b) => a.title.localeCompare(b.title, "en"))
      .map((t) => ({ id: t.id, title: t.title, aliases: [...t.aliases] })),
    questions: questions.map((q) => ({
      id: q.id,
      topics: [...q.topics],
      sections: Object.fromEntries(Object.entries(q.sections).map(([id, ids]) => [id, [...ids]])),
    })),
  };
}

/**
 * Checks that an unknown value is a search document (the build reads it back from disk),
 * naming the first thing that is wrong.
 */
export function parseSearchData(value: unknown, source: string): SearchData {
  const fail = (what: string): never => {
    throw new Error(`${source}: ${what}`);
  };
  const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === "string");
  if (!value || typeof value !== "object") fail("expected a JSON object with `topics` and `questions`");
  const { topics, questions } = value as Record<string, unknown>;
  if (!Array.isArray(topics)) fail("`topics` must be an array");
  if (!Array.isArray(questions)) fail("`questions` must be an array");
  for (const [i, t] of (topics as unknown[]).entries()) {
    const topic = t as Record<string, unknown>;
    if (typeof topic?.["id"] !== "string" || typeof topic["title"] !== "string" || !isStrings(topic["aliases"])) {
      fail(`topics[${i}] needs a string id, a string title and an array of string aliases`);
    }
  }
  for (const [i, q] of (questions as unknown[]).entries()) {
    const question = q as Record<string, unknown>;
    const sections = question?.["sections"];
    if (
      typeof question?.["id"] !== "string" ||
      !isStrings(question["topics"]) ||
      !sections ||
      typeof sections !== "object" ||
      !Object.values(sections).every(isStrings)
    ) {
      fail(`questions[${i}] needs a string id, an array of topic ids and a sections object`);
    }
  }
  return value as SearchData;
}
