// One question's outline (src/lib/practice/outline.ts): its section headings and the model answer's key points,
// fetched by the mock round for the questions of a round and by "Export my answers" for the questions answered.
import type { APIRoute, GetStaticPaths } from "astro";
import { pageCacheKey } from "~/data/content";
import { getOutline } from "~/data/practice";
import { outlineDetail } from "~/lib/practice/outline";
import type { OutlineQuestion } from "~/lib/practice/outline";

export const getStaticPaths = (async () => {
  const cacheKey = await pageCacheKey();
  return (await getOutline()).questions.map((question) => ({
    params: { slug: question.id },
    props: { question },
    cacheKey,
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ question: OutlineQuestion }> = ({ props }) =>
  new Response(JSON.stringify(outlineDetail(props.question)), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
