/**
 * Link integrity at build time: after every page is written, each internal link and #fragment
 * of the output is checked (src/lib/link-check.ts) and a broken one fails `astro build` with
 * the page, the link and what is missing. Register it last, so files other integrations add
 * in `astro:build:done` (the search index) exist when it looks.
 */
import { readdir, readFile } from "node:fs/promises";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { checkLinks, formatLinkProblems } from "../lib/link-check";
import type { LinkCheckOptions } from "../lib/link-check";

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, `${e.parentPath}/${e.name}`).split("\\").join("/"));
}

export function linkCheck(): AstroIntegration {
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
        const htmlFiles = files.filter((f) => f.endsWith(".html"));
        const pages = new Map(
          await Promise.all(htmlFiles.map(async (f) => [f, await readFile(`${outDir}/${f}`, "utf8")] as const)),
        );
        const problems = checkLinks(pages, new Set(files), options);
        if (problems.length > 0) {
          throw new Error(`Link check failed: ${formatLinkProblems(problems)}`);
        }
        logger.info(`${pages.size} pages checked: every internal link and #fragment resolves.`);
      },
    },
  };
}
