/**
 * Writes `sitemap.xml` after the build from the pages Astro actually built, so every public
 * page is listed (whoever adds it) and nothing else: not the 404, not the short links.
 */
import { writeFile } from "node:fs/promises";
import type { AstroIntegration } from "astro";
import { isSitemapPage, sitemapXml } from "../lib/sitemap";
import { absoluteUrl } from "../lib/share-urls";

export const SITEMAP_FILE = "sitemap.xml";

export function sitemap(): AstroIntegration {
  let site: URL | undefined;
  let base = "/";
  return {
    name: "site:sitemap",
    hooks: {
      "astro:config:done": ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
        base = config.base;
      },
      "astro:build:done": async ({ dir, pages, logger }) => {
        const urls = pages.filter((p) => isSitemapPage(p.pathname)).map((p) => absoluteUrl(site, base, p.pathname));
        await writeFile(new URL(SITEMAP_FILE, dir), sitemapXml(urls));
        logger.info(`${SITEMAP_FILE}: ${urls.length} pages`);
      },
    },
  };
}
