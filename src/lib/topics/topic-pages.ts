/** A topic's list of questions split into pages, and which of those pages holds a given question. */
import { pageHolding, paginate } from "../pagination";
import type { ListPage } from "../pagination";
import type { TopicIndexEntry, TopicQuestion } from "./topic-index";

/** The pages of a topic's question list, in the index's question order, `size` questions to a page. */
export function topicPages(entry: TopicIndexEntry, size: number): ListPage<TopicQuestion>[] {
  return paginate(entry.questions, size);
}

/**
 * The number of the page of a topic's list that holds `questionId`. Throws, naming both, when the topic does not
 * list the question: a link to "its place" on that topic would land on a page without it.
 */
export function topicPageOf(entry: TopicIndexEntry, questionId: string, size: number): number {
  const index = entry.questions.findIndex((q) => q.question.id === questionId);
  if (index < 0)
    throw new Error(
      `topic "${entry.topic.id}" does not list question "${questionId}" (neither in its topics nor in a section)`,
    );
  return pageHolding(index, size);
}
