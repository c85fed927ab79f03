/** `robots.txt` naming the sitemap by its absolute URL (site URL and base path from the config). */
import type { APIRoute } from "astro";
import { robotsTxt } from "~/lib/sitemap";
import { absoluteUrl } from "~/lib/share-urls";

export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(absoluteUrl(site, import.meta.env.BASE_URL, "sitemap.xml")), {
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
