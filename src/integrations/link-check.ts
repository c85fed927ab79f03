/**
 * Link integrity at build time: after every page is written, each internal link and #fragment
 * of the output is checked (src/lib/link-check.ts) and a broken one fails `astro build` with
 * the page, the link and what is missing. Register it last, so files other integrations add
 * in `astro:build:done` (the search index, the preview images) exist when it looks. The page
 * check (completeCsp) parses every page already and leaves its links in a `PageLinkStore`; a
 * page it did not see, or one changed since, is read here.
 */
import { readdir, readFile, stat } from "node:fs/promises";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { checkPageLinks, extractLinks, formatLinkProblems } from "../lib/link-check";
import type { LinkCheckOptions, PageLinks } from "../lib/link-check";
import { stampOf } from "./page-check";

/** Links and ids of built pages by file (relative to the output), with the file's stamp when they were read. */
export type PageLinkStore = Map<string, PageLinks & { readonly stamp: string }>;

export function pageLinkStore(): PageLinkStore {
  return new Map();
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(dir, `${e.parentPath}/${e.name}`).split("\\").join("/"));
}

export function linkCheck({ pageLinks = pageLinkStore() }: { pageLinks?: PageLinkStore } = {}): AstroIntegration {
  let options: LinkCheckOptions = {};
  return {
    name: "site:link-check",
    hooks: {
      "astro:config:done": ({ config }) => {
        options = { base: config.base, trailingSlash: config.trailingSlash, site: config.site };
      },
      "astro:build:done": async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const files = await listFiles(outDir);
        const pages = new Map<string, PageLinks>();
        for (const file of files.filter((f) => f.endsWith(".html"))) {
          const path = `${outDir}/${file}`;
          const known = pageLinks.get(file);
          pages.set(
            file,
            known && known.stamp === stampOf(await stat(path)) ? known : extractLinks(await readFile(path, "utf8")),
          );
        }
        pageLinks.clear();
        const problems = checkPageLinks(pages, new Set(files), options);
        if (problems.length > 0) {
          throw new Error(`Link check failed: ${formatLinkProblems(problems)}`);
        }
        logger.info(`${pages.size} pages checked: every internal link and #fragment resolves.`);
      },
    },
  };
}
