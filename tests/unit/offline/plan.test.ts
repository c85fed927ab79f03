import { describe, expect, it } from "vitest";
import {
  CACHE_ID,
  buildVersion,
  cacheNames,
  cleanupScript,
  offlineList,
  offlinePlan,
  pagefindWasmFiles,
  runtimeCachePattern,
} from "../../../src/lib/offline/plan";

const BUILT = [
  "404.html",
  "_astro/BaseLayout.abc.css",
  "_astro/save.def.js",
  "favicon.svg",
  "icons/icon-192.png",
  "index.html",
  "llms.txt",
  "manifest.webmanifest",
  "offline/files.json",
  "offline/index.html",
  "og/questions/cost.png",
  "pagefind/filter/en_1.pf_filter",
  "pagefind/fragment/en_2.pf_fragment",
  "pagefind/index/en_3.pf_index",
  "pagefind/pagefind-entry.json",
  "pagefind/pagefind-highlight.js",
  "pagefind/pagefind-worker.js",
  "pagefind/pagefind.en_4.pf_meta",
  "pagefind/pagefind.js",
  "pagefind/wasm.en.pagefind",
  "pagefind/wasm.unknown.pagefind",
  "practice/anki-deck.txt",
  "practice/cards/index.html",
  "practice/outline-index.json",
  "practice/outline/cost.json",
  "practice/outline/rag.json",
  "practice/outline/rag/not-a-question.json",
  "practice/outline/rag.txt",
  "practice/questions.json",
  "q/1/index.html",
  "questions/cost.md",
  "questions/cost/index.html",
  "questions/rag/index.html",
  "robots.txt",
  "search/data.json",
  "search/index.html",
  "sitemap.xml",
  "topics/caching/index.html",
  "topics/index.html",
];

describe("offlinePlan", () => {
  const plan = offlinePlan(BUILT, ["pagefind/wasm.en.pagefind"]);

  it("precaches the app shell: hashed assets, icons, the shell pages, the search engine and small data", () => {
    expect(plan.shell).toEqual([
      "_astro/BaseLayout.abc.css",
      "_astro/save.def.js",
      "favicon.svg",
      "icons/icon-192.png",
      "index.html",
      "manifest.webmanifest",
      "offline/files.json",
      "offline/index.html",
      "pagefind/pagefind-highlight.js",
      "pagefind/pagefind.js",
      "pagefind/wasm.en.pagefind",
      "practice/questions.json",
      "search/data.json",
      "search/index.html",
      "topics/index.html",
    ]);
  });

  it("saves every page a reader can open, home first, then indexes, questions and topics", () => {
    expect(plan.pages).toEqual([
      "",
      "search/",
      "topics/",
      "questions/cost/",
      "questions/rag/",
      "topics/caching/",
      "practice/cards/",
      "q/1/",
    ]);
  });

  it("saves the search index, the Markdown copies and the practice outline's index and questions, and nothing for machines, previews or unused search files", () => {
    expect(plan.files).toEqual([
      "pagefind/filter/en_1.pf_filter",
      "pagefind/fragment/en_2.pf_fragment",
      "pagefind/index/en_3.pf_index",
      "pagefind/pagefind-entry.json",
      "pagefind/pagefind.en_4.pf_meta",
      "practice/outline-index.json",
      "practice/outline/cost.json",
      "practice/outline/rag.json",
      "questions/cost.md",
    ]);
  });

  it("names the shell files the build did not write", () => {
    expect(() =>
      offlinePlan(
        BUILT.filter((p) => p !== "offline/index.html" && p !== "search/data.json"),
        [],
      ),
    ).toThrow("offline: the app shell needs offline/index.html, search/data.json, which the build did not write");
  });
});

describe("pagefindWasmFiles", () => {
  it("lists the WebAssembly of each language in the entry file", () => {
    expect(
      pagefindWasmFiles({ languages: { en: { hash: "en_1", wasm: "en" }, de: { hash: "de_1", wasm: "de" } } }),
    ).toEqual(["pagefind/wasm.en.pagefind", "pagefind/wasm.de.pagefind"]);
  });

  it("refuses an entry file without languages, naming it", () => {
    expect(() => pagefindWasmFiles({ version: "1.6.0" }, "dist/pagefind/pagefind-entry.json")).toThrow(
      'dist/pagefind/pagefind-entry.json: expected a "languages" object (Pagefind\'s entry file), got undefined',
    );
  });
});

describe("buildVersion", () => {
  it("is the same for the same files in any order, and changes with any file", () => {
    const a = buildVersion([
      ["a.html", "1"],
      ["b.css", "2"],
    ]);
    expect(a).toMatch(/^[0-9a-f]{12}$/);
    expect(
      buildVersion([
        ["b.css", "2"],
        ["a.html", "1"],
      ]),
    ).toBe(a);
    expect(
      buildVersion([
        ["a.html", "1"],
        ["b.css", "3"],
      ]),
    ).not.toBe(a);
    expect(
      buildVersion([
        ["a.html", "1"],
        ["c.css", "2"],
      ]),
    ).not.toBe(a);
  });
});

describe("cacheNames and runtimeCachePattern", () => {
  it("name a build's caches after its version and base path", () => {
    expect(cacheNames("/handbook/", "abc123")).toEqual({
      pages: `${CACHE_ID}-pages-abc123-/handbook/`,
      files: `${CACHE_ID}-files-abc123-/handbook/`,
    });
  });

  it("match this site's runtime caches under one base only, never Workbox's precache", () => {
    const pattern = runtimeCachePattern("/handbook/");
    expect(pattern.test("genai-handbook-pages-abc123-/handbook/")).toBe(true);
    expect(pattern.test("genai-handbook-files-0f-/handbook/")).toBe(true);
    expect(pattern.test("genai-handbook-pages-abc123-/")).toBe(false);
    expect(pattern.test("genai-handbook-pages-abc123-/handbook/x/")).toBe(false);
    expect(pattern.test("genai-handbook-precache-v2-http://127.0.0.1/handbook/")).toBe(false);
    expect(pattern.test("other-pages-abc123-/handbook/")).toBe(false);
  });
});

describe("cleanupScript", () => {
  /** Runs the script against fake caches and returns what the activate event deleted. */
  async function activate(base: string, version: string, existing: string[]): Promise<string[]> {
    const deleted: string[] = [];
    let onActivate: ((event: { waitUntil(p: Promise<unknown>): void }) => void) | undefined;
    const fakeSelf = {
      addEventListener: (type: string, listener: typeof onActivate) => type === "activate" && (onActivate = listener),
    };
    const fakeCaches = { keys: async () => existing, delete: async (name: string) => deleted.push(name) > 0 };
    new Function("self", "caches", cleanupScript(base, cacheNames(base, version)))(fakeSelf, fakeCaches);
    let done: Promise<unknown> = Promise.resolve();
    onActivate?.({ waitUntil: (p) => (done = p) });
    await done;
    return deleted;
  }

  it("deletes the runtime caches of other builds under this base when the worker activates", async () => {
    const existing = [
      "genai-handbook-pages-aaa-/",
      "genai-handbook-files-aaa-/",
      "genai-handbook-pages-bbb-/",
      "genai-handbook-files-bbb-/",
      "genai-handbook-precache-v2-http://127.0.0.1:4321/",
      "genai-handbook-pages-aaa-/handbook/",
      "someone-elses-cache",
    ];
    expect(await activate("/", "bbb", existing)).toEqual(["genai-handbook-pages-aaa-/", "genai-handbook-files-aaa-/"]);
    expect(await activate("/handbook/", "bbb", existing)).toEqual(["genai-handbook-pages-aaa-/handbook/"]);
  });
});

describe("offlineList", () => {
  it("carries the version, the cache names and what to save", () => {
    const plan = offlinePlan(BUILT, ["pagefind/wasm.en.pagefind"]);
    const list = offlineList(plan, "abc", cacheNames("/", "abc"));
    expect(list).toEqual({
      v: 1,
      version: "abc",
      caches: cacheNames("/", "abc"),
      pages: plan.pages,
      files: plan.files,
    });
  });
});
