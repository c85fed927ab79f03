/**
 * Builds the Pagefind search index inside `astro build` (no second command), from the
 * built question pages only. Topic filters and aliases are added to the HTML Pagefind
 * reads (src/lib/search/indexing.ts), not to the pages readers get. The bundle is written
 * to `<outDir>/pagefind/` (`files.pagefind`), served under the base path; the browser passes the base as
 * Pagefind's `baseUrl` so result URLs carry it.
 *
 * Pagefind's Node API reports problems in `errors` arrays rather than throwing: every
 * one of them fails the build here.
 *
 * When everything the index is made from is as it was at the last build (the HTML handed to Pagefind for every
 * page, with its URL, the options, Pagefind's version and this file), the bundle is restored from Astro's cache
 * folder (src/integrations/build-cache.ts) instead of indexing again; the log line says "from cache".
 */
import { readFile, readdir, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import * as pagefind from "pagefind";
import { files, pages } from "../lib/routes";
import { parseSearchData } from "../lib/search/data";
import { augmentForIndex } from "../lib/search/indexing";
import {
  buildCache,
  filesUnder,
  keyBuilder,
  packageVersions,
  readOutputFiles,
  sourceText,
  stableText,
  writeOutputFiles,
} from "./build-cache";

/** Options of `createIndex`. Chrome inside the answer (heading self-links, code bars) carries data-pagefind-ignore (hooks.ts). */
const INDEX_OPTIONS = { forceLanguage: "en" } as const;

/** What a cache entry records besides the bundle's files. */
interface IndexFigures {
  readonly words: number;
}

function check(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n  ${errors.join("\n  ")}`);
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

export function pagefindIndex(): AstroIntegration {
  let cacheDir = "";
  return {
    name: "site:pagefind",
    hooks: {
      "astro:config:done": ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      "astro:build:done": async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();

        const dataPath = join(outDir, files.searchData);
        if (!(await exists(dataPath))) {
          throw new Error(
            `${dataPath} was not built: src/pages/search/data.json.ts must exist, the search index needs it`,
          );
        }
        const data = parseSearchData(JSON.parse(await readFile(dataPath, "utf8")), dataPath);

        // The exact input of the index, page by page; its hash is the cache key (far cheaper than indexing).
        const inputs: { file: string; url: string; html: string }[] = [];
        const key = keyBuilder().add(
          "options",
          stableText(INDEX_OPTIONS),
          "output",
          files.pagefind,
          "tool",
          ...packageVersions(["pagefind"], import.meta.url),
          "code",
          sourceText(import.meta.url),
        );
        for (const question of data.questions) {
          const page = pages.question(question.id);
          const file = join(page, "index.html");
          const path = join(outDir, file);
          if (!(await exists(path)))
            throw new Error(`${path} is missing: every question in ${files.searchData} must have a built page`);
          const html = augmentForIndex(await readFile(path, "utf8"), question, data.topics, file);
          // The URL is site-relative; the browser adds the base path through `baseUrl`.
          const url = `/${page}`;
          inputs.push({ file, url, html });
          key.add("url", url, "html", html);
        }
        const cacheKey = key.digest();
        const outputPath = join(outDir, files.pagefind);
        const cache = buildCache<IndexFigures>({
          cacheDir,
          name: "pagefind",
          onDiscard: (entry, reason) => logger.warn(`cache entry ${entry} was damaged (${reason}): indexing again`),
        });

        const cached = await cache.lookup(cacheKey);
        if (cached && typeof cached.meta?.words === "number") {
          await rm(outputPath, { recursive: true, force: true });
          writeOutputFiles(outDir, cached.files);
          logger.info(
            `restored the index of ${data.questions.length} question pages (${cached.meta.words} unique words) from cache into ${outputPath} in ${Math.round(performance.now() - started)} ms`,
          );
          return;
        }

        const { index, errors: createErrors } = await pagefind.createIndex(INDEX_OPTIONS);
        check("createIndex", createErrors);
        if (!index) throw new Error("Pagefind createIndex returned no index and no error");

        try {
          let words = 0;
          for (const { file, url, html } of inputs) {
            const { errors, file: added } = await index.addHTMLFile({ url, content: html });
            check(`indexing ${file}`, errors);
            if (added.uniqueWords < 50)
              throw new Error(`${file}: only ${added.uniqueWords} words indexed; is data-pagefind-body on the answer?`);
            words += added.uniqueWords;
          }

          await rm(outputPath, { recursive: true, force: true });
          const { errors: writeErrors } = await index.writeFiles({ outputPath });
          check("writeFiles", writeErrors);
          // Only the search library, its worker, the WebAssembly, the highlight script and the
          // index are used; the bundled UIs are not, so they are not shipped.
          for (const name of await readdir(outputPath)) {
            if (/^pagefind-(ui|modular-ui|component-ui)\.(js|css)$/.test(name)) await rm(join(outputPath, name));
          }
          const indexed = Math.round(performance.now() - started);
          try {
            await cache.store(cacheKey, readOutputFiles(outDir, filesUnder(outDir, files.pagefind)), {
              words,
            });
          } catch (error) {
            logger.warn(`could not keep the index in ${cache.folder} for the next build: ${String(error)}`);
          }
          logger.info(
            `indexed ${data.questions.length} question pages (${words} unique words, page by page) into ${outputPath} in ${indexed} ms`,
          );
        } finally {
          await index.deleteIndex();
          await pagefind.close();
        }
      },
    },
  };
}
