// Every question's section headings and the model answer's key points (src/lib/practice/outline.ts): fetched by
// the mock round and "Export my answers", so no page carries them.
import type { APIRoute } from "astro";
import { getOutline } from "~/data/practice";

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getOutline()), { headers: { "Content-Type": "application/json; charset=utf-8" } });
