/** `robots.txt` naming the sitemap by its absolute URL (site URL and base path from the config). */
import { absoluteUrl, files } from "~/lib/routes";
import type { APIRoute } from "astro";
import { robotsTxt } from "~/lib/sitemap";

export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(absoluteUrl(site, import.meta.env.BASE_URL, files.sitemapIndex)), {
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
