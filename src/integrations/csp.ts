/**
 * Finishes the Content-Security-Policy that Astro's `security.csp` writes into every page, then checks each page.
 * Astro hashes the scripts and styles it bundles, and the site's own inline scripts are hashed in its config
 * (src/lib/inline-scripts.ts), but every hash is listed on every page: each page keeps
 * only the hashes its own inline code needs, and the <meta> moves to the top of <head>, because a policy delivered
 * by <meta> governs only what follows it. No hash is ever taken from a page's HTML, so a script that reached a page
 * some other way has none and fails the build here, as does anything else src/lib/page-safety.ts refuses
 * (handlers, style attributes, embeds, resources from other origins, unsafe link schemes, duplicate ids).
 */
import type { AstroIntegration } from "astro";
import { readdir, readFile, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { allowedHashes, cspHash, cspOfHtml, fitHashes, hoistCspMeta } from "../lib/csp";
import { parseHtml } from "../lib/html-tree";
import { extractLinks } from "../lib/link-check";
import { inlineCodeOf, pageSafetyProblems } from "../lib/page-safety";
import { stampOf } from "./link-check";
import type { PageLinkStore } from "./link-check";

interface Options {
  /** Hash sources (`'sha256-…'`) for code injected at run time, which no page's HTML shows. */
  readonly keepOnEveryPage?: readonly string[];
  /** Where to leave each page's links and ids for linkCheck(), so the build parses every page once. */
  readonly pageLinks?: PageLinkStore;
}

export function completeCsp({ keepOnEveryPage = [], pageLinks }: Options = {}): AstroIntegration {
  const keep = new Set(keepOnEveryPage);
  let siteOrigin: string | undefined;
  return {
    name: "site:csp",
    hooks: {
      "astro:config:done": ({ config }) => {
        siteOrigin = config.site ? new URL(config.site).origin : undefined;
      },
      "astro:build:done": async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = (await readdir(root, { recursive: true })).filter((f) => f.endsWith(".html")).sort();
        const without: string[] = [];
        const problems: string[] = [];
        let removed = 0;
        for (const file of files) {
          const path = join(root, file);
          const html = await readFile(path, "utf8");
          // One parse serves the hashes, the page check and the links: fitting the policy changes only its own
          // <meta>, which none of them reads.
          const tree = parseHtml(html);
          const policy = cspOfHtml(html);
          if (policy === undefined) without.push(file);
          const fitted = fitHashes(html, keep, inlineCodeOf(tree));
          removed += fitted.removed.length;
          const allowed = allowedHashes(cspOfHtml(fitted.html) ?? "");
          for (const problem of pageSafetyProblems(tree, { allowed, hash: cspHash, siteOrigin }))
            problems.push(`  ${file}: ${problem}`);
          const done = hoistCspMeta(fitted.html);
          if (done !== html) await writeFile(path, done);
          if (pageLinks)
            pageLinks.set(file.split("\\").join("/"), { ...extractLinks(tree), stamp: stampOf(await stat(path)) });
        }
        if (without.length > 0)
          problems.push(...without.map((file) => `  ${file}: the page has no Content-Security-Policy`));
        if (problems.length > 0) {
          throw new Error(
            `Page check failed: ${problems.length} ${problems.length === 1 ? "problem" : "problems"} in the built pages:\n${problems.join("\n")}`,
          );
        }
        logger.info(
          `${files.length} pages checked: policy first in <head>, hashes fitted to each page (-${removed} unused), no inline code but the site's own`,
        );
      },
    },
  };
}
