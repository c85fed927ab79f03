/** `/llms-full.txt`: every question with its full answer as Markdown, in one file. */
import type { APIRoute } from "astro";
import { llmsFullFor } from "~/data/markdown-copies";

export const GET: APIRoute = async ({ site }) =>
  new Response(await llmsFullFor(site), { headers: { "Content-Type": "text/plain; charset=utf-8" } });
