/** Each answer as clean Markdown next to its page: `/questions/<slug>.md`. */
import type { APIRoute, GetStaticPaths } from "astro";
import { getQuestion, getQuestions, pageCacheKey } from "~/data/content";
import { questionMarkdownFor } from "~/data/markdown-copies";

export const getStaticPaths = (async () => {
  const [questions, cacheKey] = await Promise.all([getQuestions(), pageCacheKey()]);
  return questions.map((q) => ({ params: { slug: q.id }, cacheKey }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const entry = await getQuestion(String(params["slug"]));
  return new Response(await questionMarkdownFor(entry, site), {
    headers: { "Content-Type": "text/markdown; charset=utf-8" },
  });
};
