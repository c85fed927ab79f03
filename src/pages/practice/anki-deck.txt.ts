// The questions as an Anki deck (src/lib/practice/anki.ts); the cards page says how to import it.
import type { APIRoute } from "astro";
import { getAnkiDeck } from "~/data/practice";

export const GET: APIRoute = async ({ site }) =>
  new Response(await getAnkiDeck(site, import.meta.env.BASE_URL), {
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
