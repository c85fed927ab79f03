/** The web app manifest (`manifest.webmanifest`), linked from every page: src/lib/offline/manifest.ts. */
import type { APIRoute } from "astro";
import { webAppManifest } from "~/lib/offline/manifest";
import { SITE } from "~/lib/site";

export const GET: APIRoute = () =>
  new Response(
    JSON.stringify(
      webAppManifest({
        base: import.meta.env.BASE_URL,
        name: SITE.name,
        shortName: SITE.shortName,
        description: SITE.tagline,
        lang: SITE.lang,
      }),
    ),
    { headers: { "Content-Type": "application/manifest+json" } },
  );
