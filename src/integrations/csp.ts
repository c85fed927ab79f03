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
import { readFileSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { buildCache, keyBuilder, packageVersions, sourceText, stableText } from "./build-cache";
import { checkedPage, checkPage, restorePage } from "./page-check";
import type { CheckedPage, PageCheckOptions, PageCheckResult } from "./page-check";
import type { PageCheckJob, PageCheckReply } from "./page-check-worker";
import type { PageLinkStore } from "./link-check";

interface Options {
  /** Hash sources (`'sha256-…'`) for code injected at run time, which no page's HTML shows. */
  readonly keepOnEveryPage?: readonly string[];
  /** Where to leave each page's links and ids for linkCheck(), so the build parses every page once. */
  readonly pageLinks?: PageLinkStore;
}

/**
 * Pages a worker thread must have before it is worth starting: each one loads the parser first (about 0.1 s),
 * and a page takes a few milliseconds, so a small site is checked in this thread.
 */
export const PAGES_PER_WORKER = 150;

/** How many threads check `pages` pages: one per core, none below PAGES_PER_WORKER pages a thread. */
export function pageCheckThreads(pages: number, cores = availableParallelism(), canStrip = canRunTypeScript()): number {
  if (!canStrip) return 0;
  const threads = Math.min(cores, Math.floor(pages / PAGES_PER_WORKER));
  return threads >= 2 ? threads : 0;
}

function canRunTypeScript(): boolean {
  return Boolean((process.features as { typescript?: unknown }).typescript);
}

/**
 * Checks the pages of the output folder `root`: on `threads` worker threads running `workerUrl`
 * (./page-check-worker.ts), each taking every `threads`-th page, or in this thread when `threads` is 0. Results come
 * in the order of `files`, whichever thread checked them.
 */
export async function checkPages(
  root: string,
  files: readonly string[],
  options: PageCheckOptions,
  { threads, workerUrl }: { threads: number; workerUrl?: URL | undefined },
): Promise<PageCheckResult[]> {
  if (threads === 0 || !workerUrl) return checkHere(root, files, options);
  const results = await checkOnWorkers(workerUrl, root, files, options, threads);
  const at = new Map(files.map((file, i) => [file.split("\\").join("/"), i]));
  return results.sort((a, b) => (at.get(a.file) ?? 0) - (at.get(b.file) ?? 0));
}

async function checkOnWorkers(
  workerUrl: URL,
  root: string,
  files: readonly string[],
  options: PageCheckOptions,
  threads: number,
): Promise<PageCheckResult[]> {
  const shares = Array.from({ length: threads }, (_, i) => files.filter((_file, at) => at % threads === i));
  const replies = await Promise.all(
    shares.map(
      (share) =>
        new Promise<PageCheckResult[]>((resolve, reject) => {
          const job: PageCheckJob = { root, files: share, options };
          const worker = new Worker(workerUrl, { workerData: job });
          worker.once("message", (reply: PageCheckReply) => {
            if ("error" in reply) reject(new Error(`Page check failed: ${reply.error}`));
            else resolve(reply.results);
          });
          worker.once("error", reject);
          worker.once("exit", (code) => {
            if (code !== 0) reject(new Error(`Page check failed: a worker thread stopped with exit code ${code}`));
          });
        }),
    ),
  );
  return replies.flat();
}

/** Checks the pages in this thread, one after the other. */
async function checkHere(root: string, files: readonly string[], options: PageCheckOptions) {
  const results: PageCheckResult[] = [];
  for (const file of files) results.push(await checkPage(root, file, options));
  return results;
}

/** The code of the page check, for the cache key: a change to any rule is a new check. */
const CHECK_CODE = [
  "src/integrations/csp.ts",
  "src/integrations/page-check.ts",
  "src/lib/csp.ts",
  "src/lib/page-safety.ts",
  "src/lib/html-tree.ts",
  "src/lib/link-check.ts",
  "src/lib/content/url-safety.ts",
];

/**
 * `checkPages`, remembered: when every page's HTML, the options and the check's own code and parser are exactly
 * as at a build whose pages all passed, the pages are finished from what that check found (src/integrations/
 * build-cache.ts, in Astro's cache folder) without parsing them again. Anything else, a missing or damaged entry
 * included, checks every page; a check that passes is kept for the next build, one that finds problems is not.
 */
export async function checkPagesCached(
  root: string,
  files: readonly string[],
  options: PageCheckOptions,
  {
    threads,
    workerUrl,
    cacheDir,
    projectRoot,
    warn = () => {},
  }: {
    threads: number;
    workerUrl?: URL | undefined;
    cacheDir: string;
    projectRoot: string;
    warn?: (m: string) => void;
  },
): Promise<{ results: PageCheckResult[]; fromCache: boolean }> {
  const pages = files.map((file) => ({
    file: file.split("\\").join("/"),
    html: readFileSync(join(root, file), "utf8"),
  }));
  const key = keyBuilder().add(
    "options",
    stableText(options),
    "code",
    ...CHECK_CODE.map((file) => sourceText(join(projectRoot, file))),
    "parser",
    ...packageVersions(["parse5"], join(projectRoot, "package.json")),
  );
  for (const { file, html } of pages) key.add(file, html);
  const digest = key.digest();
  const cache = buildCache<{ pages: CheckedPage[] }>({
    cacheDir,
    name: "page-check",
    onDiscard: (entry, reason) => warn(`cache entry ${entry} was damaged (${reason}): checking every page again`),
  });
  const hit = await cache.lookup(digest);
  const checked = hit?.meta?.pages;
  if (checked && checked.length === pages.length && checked.every((page, i) => page.file === pages[i]?.file)) {
    const results: PageCheckResult[] = [];
    for (const [i, page] of pages.entries())
      results.push(await restorePage(root, page.html, checked[i] as CheckedPage));
    return { results, fromCache: true };
  }
  const results = await checkPages(root, files, options, { threads, workerUrl });
  if (results.every((r) => r.hasPolicy && r.problems.length === 0)) {
    try {
      await cache.store(digest, [], { pages: results.map(checkedPage) });
    } catch (error) {
      warn(
        `the page check could not be kept for the next build: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
  return { results, fromCache: false };
}

export function completeCsp({ keepOnEveryPage = [], pageLinks }: Options = {}): AstroIntegration {
  let siteOrigin: string | undefined;
  let workerUrl: URL | undefined;
  let cacheDir = "";
  let projectRoot = "";
  return {
    name: "site:csp",
    hooks: {
      "astro:config:done": ({ config }) => {
        siteOrigin = config.site ? new URL(config.site).origin : undefined;
        cacheDir = fileURLToPath(config.cacheDir);
        projectRoot = fileURLToPath(config.root);
        // Node loads the worker from the project's own file (this module itself runs bundled with the config).
        workerUrl = pathToFileURL(join(fileURLToPath(config.root), "src", "integrations", "page-check-worker.ts"));
      },
      "astro:build:done": async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = (await readdir(root, { recursive: true })).filter((f) => f.endsWith(".html")).sort();
        const options: PageCheckOptions = { keep: keepOnEveryPage, siteOrigin };
        const threads = workerUrl ? pageCheckThreads(files.length) : 0;
        const { results, fromCache } = await checkPagesCached(root, files, options, {
          threads,
          workerUrl,
          cacheDir,
          projectRoot,
          warn: (message) => logger.warn(message),
        });
        const without: string[] = [];
        const problems: string[] = [];
        let removed = 0;
        for (const result of results) {
          if (!result.hasPolicy) without.push(result.file);
          removed += result.removed;
          for (const problem of result.problems) problems.push(`  ${result.file}: ${problem}`);
          pageLinks?.set(result.file, result.links);
        }
        if (without.length > 0)
          problems.push(...without.map((file) => `  ${file}: the page has no Content-Security-Policy`));
        if (problems.length > 0) {
          throw new Error(
            `Page check failed: ${problems.length} ${problems.length === 1 ? "problem" : "problems"} in the built pages:\n${problems.join("\n")}`,
          );
        }
        logger.info(
          `${files.length} pages checked${fromCache ? " (as at the last build: from cache)" : threads > 0 ? ` on ${threads} threads` : ""}: policy first in <head>, hashes fitted to each page (-${removed} unused), no inline code but the site's own`,
        );
      },
    },
  };
}
