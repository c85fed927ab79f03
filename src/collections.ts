/**
 * The one module that reads content collections. Pages get plain, sorted, checked
 * data from here; a broken cross-reference throws with the file and field named.
 */
import { getCollection, render } from "astro:content";
import type { CollectionEntry } from "astro:content";
import { neighbours, sortByOrder } from "./lib/order";
import { readingMinutes } from "./lib/reading-time";

export type QuestionEntry = CollectionEntry<"questions">;
export type TopicEntry = CollectionEntry<"topics">;
export type NoteEntry = CollectionEntry<"notes">;

const fileOf = (id: string) => `content/questions/${id}.mdx`;

let questionsPromise: Promise<QuestionEntry[]> | undefined;

/** Every question, sorted by `order`, with orders and section ids checked. */
export function getQuestions(): Promise<QuestionEntry[]> {
  questionsPromise ??= loadQuestions();
  return questionsPromise;
}

async function loadQuestions(): Promise<QuestionEntry[]> {
  const entries = await getCollection("questions");
  if (entries.length === 0) throw new Error("content/questions/ holds no .mdx files: the site needs at least one question");
  const sorted = sortByOrder(
    entries.map((e) => ({ id: e.id, order: e.data.order, entry: e })),
    fileOf,
  ).map((x) => x.entry);
  for (const entry of sorted) await checkSections(entry);
  return sorted;
}

/** `sections` may only name headings that exist on the page. */
async function checkSections(entry: QuestionEntry): Promise<void> {
  const { headings } = await render(entry);
  const ids = new Set(headings.map((h) => h.slug));
  const missing = Object.keys(entry.data.sections).filter((id) => !ids.has(id));
  if (missing.length > 0) {
    throw new Error(
      `${fileOf(entry.id)}: field "sections" names ${missing.map((m) => `"${m}"`).join(", ")}, ` +
        `which ${missing.length === 1 ? "is not a heading id" : "are not heading ids"} on that page; ` +
        `known heading ids: ${[...ids].join(", ")}`,
    );
  }
}

export async function getQuestion(id: string): Promise<QuestionEntry> {
  const found = (await getQuestions()).find((q) => q.id === id);
  if (!found) throw new Error(`No question with id "${id}" (expected a file ${fileOf(id)})`);
  return found;
}

/** The question with its rendered content, headings, neighbours and reading time. */
export async function getQuestionPage(id: string) {
  const all = await getQuestions();
  const entry = await getQuestion(id);
  const { Content, headings } = await render(entry);
  const { prev, next } = neighbours(all, id);
  return {
    entry,
    Content,
    headings,
    prev,
    next,
    position: all.indexOf(entry) + 1,
    total: all.length,
    minutes: readingMinutes(entry.body ?? ""),
  };
}

/** Every topic, alphabetical by title. */
export async function getTopics(): Promise<TopicEntry[]> {
  const topics = await getCollection("topics");
  return topics.sort((a, b) => a.data.title.localeCompare(b.data.title));
}

/** Topic entries for a list of ids, in that order (ids are schema-checked, so all exist). */
export async function getTopicsById(ids: readonly string[]): Promise<TopicEntry[]> {
  const byId = new Map((await getTopics()).map((t) => [t.id, t]));
  return ids.map((id) => {
    const topic = byId.get(id);
    if (!topic) throw new Error(`Unknown topic "${id}" (content/topics.yaml has: ${[...byId.keys()].join(", ")})`);
    return topic;
  });
}

/** A short piece of site prose from content/notes/ (e.g. the closing advice on the home page). */
export async function getNote(id: string) {
  const note = (await getCollection("notes")).find((n) => n.id === id);
  if (!note) throw new Error(`content/notes/${id}.mdx is missing`);
  const { Content } = await render(note);
  return { entry: note, Content };
}
