/**
 * What the practice feature's pages and components need from the content, as plain data: the question list in
 * reading order, the link "Next unpractised" is built with, the printable cards, and each question's outline
 * (section headings with the key points of the model answer) that the mock round, the answers export and the
 * Anki deck use. Reads content only through ./content.
 */
import { getQuestionPage, getQuestions, getTopics, getTopicsById } from "./content";
import { emptyState, nextUnpractised } from "~/lib/practice/state";
import { keyPoints } from "~/lib/practice/key-points";
import type { Outline } from "~/lib/practice/outline";
import { ankiDeck } from "~/lib/practice/anki";
import { paginate } from "~/lib/pagination";
import type { ListPage } from "~/lib/pagination";
import { absoluteUrl, pages } from "~/lib/routes";
import { SITE } from "~/lib/site";

/** A question as practice links name it. */
export interface PracticeLink {
  readonly id: string;
  readonly title: string;
}

/** The questions in reading order: id, order and title. */
export async function getPracticeQuestions(): Promise<(PracticeLink & { readonly order: number })[]> {
  return (await getQuestions()).map((q) => ({ id: q.id, title: q.data.title, order: q.data.order }));
}

/**
 * The question "Next unpractised" points at for a reader who has practised nothing else: the next in reading
 * order after `questionId` (wrapping round), or the first one on a page that is not a question.
 */
export async function getNextUnpractised(questionId?: string): Promise<PracticeLink | undefined> {
  const questions = await getPracticeQuestions();
  const id = nextUnpractised(
    emptyState(),
    questions.map((q) => q.id),
    questionId,
  );
  const next = questions.find((q) => q.id === id);
  return next && { id: next.id, title: next.title };
}

/** One printable card: the question alone with its topics. */
export interface QuestionCardData {
  readonly id: string;
  readonly order: number;
  readonly title: string;
  readonly topics: readonly string[];
}

/** Printable cards per page of `/practice/cards/`: a page of 100 stays well inside the page budget. */
const CARDS_PER_PAGE = 100;

/** The question cards page by page (`CARDS_PER_PAGE` to a page); one page for a handbook that fits on it. */
export async function getQuestionCardPages(): Promise<ListPage<QuestionCardData>[]> {
  return paginate(await getQuestionCards(), CARDS_PER_PAGE);
}

async function getQuestionCards(): Promise<QuestionCardData[]> {
  return Promise.all(
    (await getQuestions()).map(async (entry) => ({
      id: entry.id,
      order: entry.data.order,
      title: entry.data.title,
      topics: (await getTopicsById(entry.data.topics)).map((t) => t.data.title),
    })),
  );
}

let outlinePromise: Promise<Outline> | undefined;

/**
 * Every question's outline: its sections in page order, each with its topics and the model answer's key points,
 * and the titles of the topics named.
 */
export function getOutline(): Promise<Outline> {
  outlinePromise ??= loadOutline();
  return outlinePromise;
}

async function loadOutline(): Promise<Outline> {
  const topics = Object.fromEntries((await getTopics()).map((t) => [t.id, t.data.title]));
  const questions = await Promise.all(
    (await getQuestions()).map(async (entry) => {
      const { headings } = await getQuestionPage(entry.id);
      const body = entry.body ?? "";
      return {
        id: entry.id,
        order: entry.data.order,
        title: entry.data.title,
        summary: entry.data.summary,
        topics: entry.data.topics,
        sections: headings
          .filter((h) => h.depth >= 2 && h.depth <= 4)
          .map((h) => ({
            id: h.slug,
            title: h.text,
            depth: h.depth,
            topics: entry.data.sections[h.slug] ?? [],
            points: keyPoints(body, h.slug),
          })),
      };
    }),
  );
  return { v: 1, topics, questions };
}

/** The Anki deck file: one note per question, its back linking to the answer on the site's origin (`site`). */
export async function getAnkiDeck(site: URL | undefined, base: string): Promise<string> {
  const { questions } = await getOutline();
  return ankiDeck(
    SITE.name,
    questions.map((q) => ({
      question: q.title,
      // The main headings; an answer with fewer than three of them lists the level below too.
      headings: q.sections
        .filter((s) => s.depth <= (q.sections.filter((x) => x.depth === 2).length < 3 ? 3 : 2))
        .map((s) => s.title),
      summary: q.summary,
      url: absoluteUrl(site, base, pages.question(q.id)),
      tags: q.topics,
    })),
  );
}

/** Topic ids and titles the mock round can be narrowed to: those the questions name, alphabetical. */
export async function getMockTopics(): Promise<{ id: string; title: string }[]> {
  const { topics, questions } = await getOutline();
  const used = new Set(questions.flatMap((q) => [...q.topics, ...q.sections.flatMap((s) => s.topics)]));
  return Object.entries(topics)
    .filter(([id]) => used.has(id))
    .map(([id, title]) => ({ id, title }))
    .sort((a, b) => a.title.localeCompare(b.title));
}
