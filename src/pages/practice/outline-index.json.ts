// The outline's index (src/lib/practice/outline.ts): every question's id, order, title and topics, which the mock
// round chooses questions by and the answers export names them with; their sections are in practice/outline/<id>.json.
import type { APIRoute } from "astro";
import { getOutline } from "~/data/practice";
import { outlineIndex } from "~/lib/practice/outline";

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(outlineIndex(await getOutline())), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
