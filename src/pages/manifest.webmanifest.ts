/** The web app manifest (`manifest.webmanifest`), linked from every page: src/lib/offline/manifest.ts. */
import type { APIRoute } from "astro";
import { webAppManifest } from "~/lib/offline/manifest";
import { getQuestions } from "~/data/content";
import { SITE, siteTagline } from "~/lib/site";

export const GET: APIRoute = async () =>
  new Response(
    JSON.stringify(
      webAppManifest({
        base: import.meta.env.BASE_URL,
        name: SITE.name,
        shortName: SITE.shortName,
        description: siteTagline((await getQuestions()).length),
        lang: SITE.lang,
      }),
    ),
    { headers: { "Content-Type": "application/manifest+json" } },
  );
