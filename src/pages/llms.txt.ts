/** `/llms.txt` (llms.txt convention): the site in a sentence and links to each answer as Markdown. */
import type { APIRoute } from "astro";
import { llmsIndexFor } from "~/data/markdown-copies";

export const GET: APIRoute = async ({ site }) =>
  new Response(await llmsIndexFor(site), { headers: { "Content-Type": "text/plain; charset=utf-8" } });
