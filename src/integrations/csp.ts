/**
 * Finishes the Content-Security-Policy that Astro's `security.csp` writes into every page: each page's hash
 * list is fitted to its own inline code (Astro hashes what it bundles but not `is:inline` scripts, and lists
 * every hash of the site on every page), and the <meta> moves to the top of <head>, because a policy
 * delivered by <meta> governs only what follows it. Warns about pages without a policy.
 */
import type { AstroIntegration } from "astro";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { cspOfHtml, fitHashes, hoistCspMeta } from "../lib/csp";

export function completeCsp(): AstroIntegration {
  // Hashes configured by hand are for code injected at run time: kept on every page.
  const keep = new Set<string>();
  return {
    name: "site:csp",
    hooks: {
      "astro:config:done": ({ config }) => {
        const csp = config.security.csp;
        if (typeof csp !== "object") return;
        for (const entry of [...(csp.scriptDirective?.hashes ?? []), ...(csp.styleDirective?.hashes ?? [])]) {
          keep.add(`'${typeof entry === "string" ? entry : entry.hash}'`);
        }
      },
      "astro:build:done": async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = (await readdir(root, { recursive: true })).filter((f) => f.endsWith(".html"));
        const without: string[] = [];
        let added = 0;
        let removed = 0;
        for (const file of files) {
          const path = join(root, file);
          const html = await readFile(path, "utf8");
          if (cspOfHtml(html) === undefined) {
            without.push(file);
            continue;
          }
          const fitted = fitHashes(html, keep);
          added += fitted.added.length;
          removed += fitted.removed.length;
          const done = hoistCspMeta(fitted.html);
          if (done !== html) await writeFile(path, done);
        }
        logger.info(`${files.length - without.length} pages: policy first in <head>; hashes fitted to each page (+${added} inline, -${removed} unused)`);
        if (without.length > 0) logger.warn(`pages without a Content-Security-Policy: ${without.join(", ")}`);
      },
    },
  };
}
