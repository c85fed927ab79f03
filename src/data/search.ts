/**
 * The content as search sees it, mapped once: the shared search document (lib/search/data.ts) that
 * src/pages/search/data.json.ts writes for the index and the browser, and the question titles the search page
 * lists without JavaScript.
 */
import { getQuestions, getTopics } from "~/data/content";
import { buildSearchData } from "~/lib/search/data";
import type { SearchData } from "~/lib/search/data";

export interface SearchContent {
  readonly data: SearchData;
  /** Each question's id and title, in reading order. */
  readonly questions: readonly { readonly id: string; readonly title: string }[];
}

let content: Promise<SearchContent> | undefined;

export function getSearchContent(): Promise<SearchContent> {
  content ??= loadSearchContent();
  return content;
}

async function loadSearchContent(): Promise<SearchContent> {
  const [questions, topics] = await Promise.all([getQuestions(), getTopics()]);
  return {
    data: buildSearchData(
      questions.map((q) => ({ id: q.id, topics: q.data.topics, sections: q.data.sections })),
      topics.map((t) => ({ id: t.id, title: t.data.title, aliases: t.data.aliases })),
    ),
    questions: questions.map((q) => ({ id: q.id, title: q.data.title })),
  };
}
