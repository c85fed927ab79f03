/**
 * What offline reading keeps, decided from the list of built files: the app shell the service worker
 * precaches when it installs, and the pages and files "Save for offline" fetches on request. Also the
 * build's version and the cache names derived from it. Paths are relative to the build folder (and so to
 * the base path), with forward slashes.
 */
import { createHash } from "node:crypto";
import type { CacheNames, OfflineList } from "./list";
import { OFFLINE_LIST } from "./list";
import { files as siteFiles, pages } from "../routes";
import { MANIFEST } from "./paths";

const OFFLINE_PAGE = pages.offline();

/** The practice outline's files: its index, and one file per question (`practice/outline/<id>.json`). */
const [OUTLINE_BEFORE, OUTLINE_AFTER] = siteFiles.practiceOutline("\0").split("\0") as [string, string];
const isOutlineFile = (path: string) =>
  path === siteFiles.practiceOutlineIndex ||
  (path.startsWith(OUTLINE_BEFORE) &&
    path.endsWith(OUTLINE_AFTER) &&
    !path.slice(OUTLINE_BEFORE.length, -OUTLINE_AFTER.length).includes("/"));

export type { CacheNames } from "./list";

/** Workbox's cache prefix (`cacheId`): the precache is `<id>-precache-v2-<scope>`. */
export const CACHE_ID = "genai-handbook";

/** Pages reached from every page, and the offline page: ready offline as soon as the worker installs. */
const SHELL_PAGES = ["index.html", "search/index.html", "topics/index.html", `${OFFLINE_PAGE}index.html`];

/** Small data files the shell's own scripts fetch (search's topic chips, practice mode's question list). */
const SHELL_DATA = ["search/data.json", "practice/questions.json", OFFLINE_LIST, MANIFEST, "favicon.svg"];

export interface OfflinePlan {
  /** Precached at install: hashed CSS and JS, the shell pages, the search engine, icons, small data. */
  readonly shell: string[];
  /** Every page a reader can open (site paths ending in `/`), saved on request. */
  readonly pages: string[];
  /** The search index, the Markdown copies and the practice outline (its index and questions), saved on request. */
  readonly files: string[];
}

/** Pagefind's languages in use, from `pagefind/pagefind-entry.json` (`{ languages: { en: { wasm: "en" } } }`). */
export function pagefindWasmFiles(entry: unknown, file = "pagefind/pagefind-entry.json"): string[] {
  const languages = (entry as { languages?: unknown } | null)?.languages;
  if (typeof languages !== "object" || languages === null) {
    throw new Error(`${file}: expected a "languages" object (Pagefind's entry file), got ${JSON.stringify(languages)}`);
  }
  return Object.values(languages).flatMap((language) => {
    const wasm = (language as { wasm?: unknown }).wasm;
    return typeof wasm === "string" && wasm !== "" ? [`pagefind/wasm.${wasm}.pagefind`] : [];
  });
}

/**
 * Sorts the built files into shell, pages and files. Not kept at all: the 404 page (a page a reader never
 * asks for by name), Pagefind's worker and unused WebAssembly (search runs without a worker, in one
 * language), preview images, and files for machines (sitemap, robots, llms.txt). Throws when a shell file
 * is missing from the build, naming it.
 */
export function offlinePlan(paths: readonly string[], wasmFiles: readonly string[]): OfflinePlan {
  const built = new Set(paths);
  const shellPaths = [
    ...SHELL_PAGES,
    ...SHELL_DATA,
    "pagefind/pagefind.js",
    "pagefind/pagefind-highlight.js",
    ...wasmFiles,
  ];
  const missing = shellPaths.filter((path) => !built.has(path));
  if (missing.length > 0)
    throw new Error(`offline: the app shell needs ${missing.join(", ")}, which the build did not write`);

  const shell = [
    ...paths.filter((path) => path.startsWith("_astro/")),
    ...paths.filter((path) => path.startsWith("icons/")),
    ...shellPaths,
  ];
  const pages = paths
    .filter((path) => path.endsWith("index.html") && path !== `${OFFLINE_PAGE}index.html`)
    .map((path) => path.slice(0, -"index.html".length));
  const files = paths.filter(
    (path) =>
      (path.startsWith("pagefind/") && !shellPaths.includes(path) && /\.(pf_\w+|json)$/.test(path)) ||
      /^questions\/[^/]+\.md$/.test(path) ||
      // The mock round and the answers export read the questions' headings from them.
      isOutlineFile(path),
  );
  const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return { shell: [...new Set(shell)].sort(byName), pages: sortPages(pages), files: files.sort(byName) };
}

/** The home page first, then the index pages, questions, topics and everything else, each by path. */
function sortPages(pages: string[]): string[] {
  const rank = (path: string) =>
    path === ""
      ? 0
      : !path.slice(0, -1).includes("/")
        ? 1
        : path.startsWith("questions/")
          ? 2
          : path.startsWith("topics/")
            ? 3
            : 4;
  return [...pages].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The build's version: a short hash of every built file's path and content hash. It names the runtime
 * caches, so a build that changes any file gets a new service worker and new caches, and an unchanged
 * rebuild keeps the reader's copy.
 */
export function buildVersion(files: Iterable<readonly [path: string, contentHash: string]>): string {
  const hash = createHash("sha256");
  for (const [path, content] of [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    hash.update(`${path}\0${content}\n`);
  return hash.digest("hex").slice(0, 12);
}

/**
 * The runtime caches of one build under one base path: `genai-handbook-pages-<version>-/handbook/`. The base
 * path is part of the name so two copies of the site on one origin never clear each other's caches.
 */
export function cacheNames(base: string, version: string): CacheNames {
  return { pages: `${CACHE_ID}-pages-${version}-${base}`, files: `${CACHE_ID}-files-${version}-${base}` };
}

/** A pattern for the runtime cache names of any build of this site under this base path. */
export function runtimeCachePattern(base: string): RegExp {
  return new RegExp(`^${CACHE_ID}-(pages|files)-[0-9a-f]+-${base.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}$`);
}

/**
 * The code the service worker imports (`importScripts`, src/components/offline/service-worker.ts) to delete the
 * runtime caches of other builds of this site under this base path when this build's worker activates; Workbox's
 * `cleanupOutdatedCaches` does the same for its precache, which this never touches.
 */
export function cleanupScript(base: string, current: CacheNames): string {
  return [
    "// Written by the build (src/lib/offline/plan.ts): when this build's service worker activates, delete",
    "// the runtime caches of other builds of this site under this base path.",
    `const ours = new RegExp(${JSON.stringify(runtimeCachePattern(base).source)});`,
    `const keep = ${JSON.stringify([current.pages, current.files])};`,
    'self.addEventListener("activate", (event) => {',
    "  event.waitUntil(",
    "    caches",
    "      .keys()",
    "      .then((names) => Promise.all(names.filter((name) => ours.test(name) && !keep.includes(name)).map((name) => caches.delete(name)))),",
    "  );",
    "});",
    "",
  ].join("\n");
}

/** `offline/files.json` for a plan. */
export function offlineList(plan: OfflinePlan, version: string, caches: CacheNames): OfflineList {
  return { v: 1, version, caches, pages: plan.pages, files: plan.files };
}
