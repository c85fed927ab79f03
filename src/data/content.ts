/**
 * The one module that reads content collections. Pages get plain, sorted, checked
 * data from here; a broken cross-reference throws with the file and field named.
 */
import { createHash } from "node:crypto";
import { getCollection, render } from "astro:content";
import type { CollectionEntry } from "astro:content";
import { COLLECTIONS } from "~/lib/content/collections";
import { neighbours, sortByOrder } from "~/lib/content/order";
import { paginate, QUESTIONS_PER_PAGE } from "~/lib/pagination";
import type { ListPage } from "~/lib/pagination";
import { readingMinutes } from "~/lib/reading-time";
import { relatedQuestionsIndex } from "~/lib/topics/related";
import { sectionTopics } from "~/lib/question-topics";
import { describeSections, sectionIdProblem } from "~/lib/topics/sections";
import { buildTopicIndex } from "~/lib/topics/topic-index";
import type { QuestionInfo, TopicIndexEntry, TopicInfo, TopicQuestion } from "~/lib/topics/topic-index";
import { topicPageOf, topicPages } from "~/lib/topics/topic-pages";

export type QuestionEntry = CollectionEntry<"questions">;
export type TopicEntry = CollectionEntry<"topics">;

const fileOf = (id: string) => `content/questions/${id}.mdx`;

let cacheKeyPromise: Promise<string> | undefined;

/**
 * The `cacheKey` of every page a route lists (Astro's experimental incremental build): a digest of all the content,
 * every entry's id, data and body. A page reads more than its own entry (related questions, neighbours, topic
 * lists, counts), so a change to any entry renders every page again; a build whose content and code are unchanged
 * copies each page from the last build instead. Code is Astro's part: a page whose modules changed is rendered.
 */
export function pageCacheKey(): Promise<string> {
  cacheKeyPromise ??= Promise.all(COLLECTIONS.map((name) => getCollection(name))).then((collections) => {
    const hash = createHash("sha256").update("pages v1");
    for (const [i, entries] of collections.entries()) {
      hash.update(`\0${COLLECTIONS[i]}:${entries.length}`);
      for (const entry of [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
        const body = "body" in entry && typeof entry.body === "string" ? entry.body : "";
        hash.update(`\0${entry.id}\0${JSON.stringify(entry.data)}\0${body}`);
      }
    }
    return hash.digest("hex").slice(0, 32);
  });
  return cacheKeyPromise;
}

let questionsPromise: Promise<QuestionEntry[]> | undefined;

/** Every question, sorted by `order`, with orders and section ids checked. */
export function getQuestions(): Promise<QuestionEntry[]> {
  questionsPromise ??= loadQuestions();
  return questionsPromise;
}

async function loadQuestions(): Promise<QuestionEntry[]> {
  const entries = await getCollection("questions");
  if (entries.length === 0)
    throw new Error("content/questions/ holds no .mdx files: the site needs at least one question");
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
  const problem = sectionIdProblem(fileOf(entry.id), entry.data.sections, headings);
  if (problem) throw new Error(problem);
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

/** What a card of the home page's list shows. */
export interface QuestionCardData {
  readonly entry: QuestionEntry;
  readonly topics: TopicEntry[];
  readonly minutes: number;
  /** The page of each of its topics' lists that holds the question, by topic id (where its chips lead). */
  readonly topicPages: ReadonlyMap<string, number>;
}

let homePagesPromise: Promise<ListPage<QuestionCardData>[]> | undefined;

/** The home page's question list, in order, page by page (`QUESTIONS_PER_PAGE` to a page). */
export function getHomePages(): Promise<ListPage<QuestionCardData>[]> {
  homePagesPromise ??= getQuestions().then(async (questions) => {
    const cards = await Promise.all(
      questions.map(async (entry) => ({
        entry,
        topics: await getTopicsById(entry.data.topics),
        minutes: readingMinutes(entry.body ?? ""),
        topicPages: await getTopicPlaces(entry.id, entry.data.topics),
      })),
    );
    return paginate(cards, QUESTIONS_PER_PAGE);
  });
  return homePagesPromise;
}

/** A short piece of site prose from content/notes/ (e.g. the closing advice on the home page). */
export async function getNote(id: string) {
  const note = (await getCollection("notes")).find((n) => n.id === id);
  if (!note) throw new Error(`content/notes/${id}.mdx is missing`);
  const { Content } = await render(note);
  return { entry: note, Content };
}

/** Questions and topics as plain data, and the topic index built from them. */
export interface Catalog {
  /** In question order, each with its topic sections (heading text, excerpt) in page order. */
  readonly questions: readonly QuestionInfo[];
  /** Alphabetical by title. */
  readonly topics: readonly TopicInfo[];
  /** One entry per topic, in the order of `topics`. */
  readonly index: readonly TopicIndexEntry[];
}

let catalogPromise: Promise<Catalog> | undefined;

/** The catalogue behind topic pages, the topic map and related questions. */
export function getCatalog(): Promise<Catalog> {
  catalogPromise ??= loadCatalog();
  return catalogPromise;
}

async function loadCatalog(): Promise<Catalog> {
  const [entries, topicEntries] = await Promise.all([getQuestions(), getTopics()]);
  const questions = await Promise.all(
    entries.map(async (entry): Promise<QuestionInfo> => {
      const { headings } = await render(entry);
      const { title, order, topics, sections } = entry.data;
      return { id: entry.id, title, order, topics, sections: describeSections(sections, headings, entry.body ?? "") };
    }),
  );
  const topics = topicEntries.map((t) => ({ id: t.id, ...t.data }));
  return { questions, topics, index: buildTopicIndex(questions, topics) };
}

/** One topic's entry of the index; throws naming the id when there is no such topic. */
async function getTopicIndexEntry(id: string): Promise<TopicIndexEntry> {
  const { index } = await getCatalog();
  const found = index.find((e) => e.topic.id === id);
  if (!found)
    throw new Error(`No topic "${id}" in content/topics.yaml (known: ${index.map((e) => e.topic.id).join(", ")})`);
  return found;
}

/** A topic's entry of the index and its question list page by page (`QUESTIONS_PER_PAGE` to a page). */
export async function getTopicPages(id: string): Promise<{ entry: TopicIndexEntry; pages: ListPage<TopicQuestion>[] }> {
  const entry = await getTopicIndexEntry(id);
  return { entry, pages: topicPages(entry, QUESTIONS_PER_PAGE) };
}

/**
 * For one question, the page of each given topic's list that holds it, by topic id: a link from the question to
 * one of its topics lands on the page that lists it. Throws when a topic does not list the question.
 */
export async function getTopicPlaces(questionId: string, topicIds: readonly string[]): Promise<Map<string, number>> {
  const entries = await Promise.all(topicIds.map((id) => getTopicIndexEntry(id)));
  return new Map(entries.map((e) => [e.topic.id, topicPageOf(e, questionId, QUESTIONS_PER_PAGE)]));
}

let relatedPromise:
  | Promise<{
      rank: ReturnType<typeof relatedQuestionsIndex>;
      questionById: Map<string, QuestionInfo>;
      topicById: Map<string, TopicInfo>;
    }>
  | undefined;

/** The ranking behind "Related questions", prepared once for every question page. */
function getRelatedIndex() {
  relatedPromise ??= getCatalog().then(({ questions, topics }) => ({
    rank: relatedQuestionsIndex(questions.map((q) => ({ ...q, sectionTopics: sectionTopics(q) }))),
    questionById: new Map(questions.map((q) => [q.id, q])),
    topicById: new Map(topics.map((t) => [t.id, t])),
  }));
  return relatedPromise;
}

/** "Related questions" for a question: the ranked questions with the topics they share. */
export async function getRelatedQuestions(id: string) {
  const { rank, questionById, topicById } = await getRelatedIndex();
  return rank(id).flatMap((r) => {
    const question = questionById.get(r.id);
    const shared = r.sharedTopics.flatMap((t) => topicById.get(t) ?? []);
    return question ? [{ question, score: r.score, sharedTopics: shared }] : [];
  });
}

export type RelatedItem = Awaited<ReturnType<typeof getRelatedQuestions>>[number];
