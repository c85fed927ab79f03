// The shared search document (see src/lib/search/data.ts), read by the Pagefind integration
// after the build and fetched by the search UI on first use.
import type { APIRoute } from "astro";
import { getQuestions, getTopics } from "~/data/content";
import { buildSearchData } from "~/lib/search/data";

export const GET: APIRoute = async () => {
  const questions = (await getQuestions()).map((q) => ({
    id: q.id,
    title: q.data.title,
    topics: q.data.topics,
    sections: q.data.sections,
  }));
  const topics = (await getTopics()).map((t) => ({ id: t.id, title: t.data.title, aliases: t.data.aliases }));
  const data = buildSearchData(questions, topics, import.meta.env.BASE_URL);
  return new Response(JSON.stringify(data), { headers: { "Content-Type": "application/json; charset=utf-8" } });
};
