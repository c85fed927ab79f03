// The shared search document (src/lib/search/data.ts), read by the Pagefind integration after the build and
// fetched by the search UI on first use.
import type { APIRoute } from "astro";
import { getSearchContent } from "~/data/search";

export const GET: APIRoute = async () =>
  new Response(JSON.stringify((await getSearchContent()).data), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
