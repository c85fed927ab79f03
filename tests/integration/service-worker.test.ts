// The service worker as the build writes it (src/integrations/offline.ts: the bundled
// src/components/offline/service-worker.ts with one build's settings written in), run in a sandbox that stands in
// for a browser's worker scope: what it imports, when it takes over, which cache answers which request. The same
// worker in Chromium: tests/e2e/offline.spec.ts.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { Script, createContext } from "node:vm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeServiceWorker, type ServiceWorkerBuild } from "../../src/integrations/offline";

const ORIGIN = "https://example.org";
const BASE = "/handbook/";
const SCOPE = `${ORIGIN}${BASE}`;
const PRECACHE = `genai-handbook-precache-v2-${SCOPE}`;

/** A build's output with the files the app shell needs, a question page and a search index file. */
const OUTPUT: Record<string, string> = {
  "_astro/page.abc123.js": "export {};",
  "index.html": "<h1>Home</h1>",
  "search/index.html": "<h1>Search</h1>",
  "topics/index.html": "<h1>Topics</h1>",
  "offline/index.html": "<h1>You're offline</h1>",
  "questions/rag/index.html": "<h1>RAG</h1>",
  "search/data.json": "{}",
  "practice/questions.json": "[]",
  "manifest.webmanifest": "{}",
  "favicon.svg": "<svg/>",
  "pagefind/pagefind.js": "",
  "pagefind/pagefind-highlight.js": "",
  "pagefind/pagefind-entry.json": JSON.stringify({ languages: { en: { wasm: "en" } } }),
  "pagefind/wasm.en.pagefind": "wasm",
  "pagefind/index/en_1.pf_index": "index",
};

/** A navigation, as the browser hands it to the worker (a script cannot make a Request in "navigate" mode). */
class Navigation extends Request {
  override get mode(): RequestMode {
    return "navigate";
  }
}

interface Lookup {
  readonly cache: string | undefined;
  readonly url: string;
  readonly ignoreSearch?: boolean | undefined;
}

/** The worker's scope: events it listens to, calls it makes, and caches that answer from `stored`. */
function workerScope(stored: (cache: string | undefined, url: string) => boolean, names: string[] = []) {
  const listeners = new Map<string, ((event: unknown) => void)[]>();
  const calls: string[] = [];
  const lookups: Lookup[] = [];
  const answer = (lookup: Lookup) => {
    lookups.push(lookup);
    return stored(lookup.cache, lookup.url) ? new Response(`${lookup.cache} ${lookup.url}`) : undefined;
  };
  const url = (request: Request | string) => (typeof request === "string" ? request : request.url);
  const scope: Record<string, unknown> = {
    location: new URL(`${SCOPE}sw.js`),
    registration: { scope: SCOPE },
    importScripts: (...urls: string[]) => calls.push(`importScripts ${urls.join(" ")}`),
    addEventListener: (type: string, listener: (event: unknown) => void) =>
      listeners.set(type, [...(listeners.get(type) ?? []), listener]),
    skipWaiting: async () => void calls.push("skipWaiting"),
    clients: { claim: async () => void calls.push("clients.claim") },
    caches: {
      match: async (request: Request | string, options?: { cacheName?: string; ignoreSearch?: boolean }) =>
        answer({ cache: options?.cacheName, url: url(request), ignoreSearch: options?.ignoreSearch }),
      open: async (cache: string) => ({
        match: async (request: Request | string) => answer({ cache, url: url(request) }),
        keys: async () => [],
        put: async () => {},
      }),
      keys: async () => names,
      delete: async (name: string) => void calls.push(`caches.delete ${name}`),
    },
    fetch: async () => {
      throw new TypeError("Failed to fetch (offline)");
    },
    FetchEvent: class FetchEvent {},
    URL,
    Request,
    Response,
    Headers,
    console,
  };
  scope["self"] = scope;
  const context = createContext(scope);

  /** The response the worker gives for a request, or undefined when it leaves the request to the browser. */
  async function fetchEvent(request: Request): Promise<Response | undefined> {
    let response: Promise<Response> | undefined;
    const event = { request, respondWith: (r: Promise<Response>) => (response = r), waitUntil: () => {} };
    for (const listener of listeners.get("fetch") ?? []) listener(event);
    return response && (await response);
  }
  /** Dispatches an event; resolves once the work it handed to `waitUntil` has settled. */
  async function dispatch(type: string, data?: unknown): Promise<void> {
    const work: Promise<unknown>[] = [];
    for (const listener of listeners.get(type) ?? [])
      listener({ type, data, waitUntil: (promise: Promise<unknown>) => work.push(promise) });
    await Promise.allSettled(work);
  }
  return { context, listeners, calls, lookups, fetchEvent, dispatch };
}

let root: string;
let built: ServiceWorkerBuild;
let code: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "service-worker-"));
  for (const [path, text] of Object.entries(OUTPUT)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  built = await writeServiceWorker({ outDir: root, base: BASE });
  code = readFileSync(join(root, "sw.js"), "utf8");
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("the service worker a build writes", { timeout: 60_000 }, () => {
  it("is one classic script without Workbox's development code", () => {
    // A module (import/export) would not compile as a classic script; `new Script` throws on it.
    expect(() => new Script(code)).not.toThrow();
    // Workbox's development logger and messages are left out (process.env.NODE_ENV is "production").
    expect(code).not.toMatch(/process\.env|__WB_DISABLE_DEV_LOGS|border-radius|__SITE_WORKER_CONFIG__/);
    expect(built.precache.count).toBe(built.plan.shell.length);
  });

  it("imports the build's cleanup script first, claims open pages, and waits until the page says SKIP_WAITING", async () => {
    const caches = [PRECACHE, `workbox-precache-v2-${SCOPE}`, `genai-handbook-precache-v2-${ORIGIN}/other/`];
    const worker = workerScope(() => false, caches);
    new Script(code).runInContext(worker.context);
    expect(worker.calls).toEqual([`importScripts sw-cleanup-${built.version}.js`]);
    expect([...worker.listeners.keys()].sort()).toEqual(["activate", "fetch", "install", "message"]);
    await worker.dispatch("install");
    await worker.dispatch("message", { type: "SKIP_WAITING_LATER" });
    await worker.dispatch("message", null);
    expect(worker.calls).not.toContain("skipWaiting");
    await worker.dispatch("message", { type: "SKIP_WAITING" });
    expect(worker.calls.filter((call) => call === "skipWaiting")).toHaveLength(1);
    expect(worker.calls).not.toContain("clients.claim");
    await worker.dispatch("activate");
    expect(worker.calls).toContain("clients.claim");
    // Precaches of another cache id (or Workbox version) under this scope go; this one and other scopes' stay.
    expect(worker.calls.filter((call) => call.startsWith("caches.delete"))).toEqual([
      `caches.delete workbox-precache-v2-${SCOPE}`,
    ]);
  });

  it("answers the shell from the precache, pages and files from this build's caches, and nothing else", async () => {
    const worker = workerScope(() => true);
    new Script(code).runInContext(worker.context);
    const served = async (request: Request) => {
      worker.lookups.length = 0;
      const response = await worker.fetchEvent(request);
      return response && { body: await response.text(), lookups: [...worker.lookups] };
    };
    const at = (path: string) => `${ORIGIN}${path}`;
    const revision = (path: string) => {
      const entry = new RegExp(`\\{url:"${BASE}${path}",revision:"([0-9a-f]+)"\\}`).exec(code);
      if (!entry) throw new Error(`sw.js does not precache ${path}`);
      return entry[1];
    };
    const pages = `genai-handbook-pages-${built.version}-${BASE}`;
    const files = `genai-handbook-files-${built.version}-${BASE}`;

    // The home page by its folder URL, search with any query: the precached shell, at this build's revision.
    const home = `${SCOPE}index.html?__WB_REVISION__=${revision("index.html")}`;
    expect((await served(new Navigation(SCOPE)))?.body).toBe(`${PRECACHE} ${home}`);
    expect((await served(new Navigation(`${SCOPE}search/?q=lora&utm_source=x`)))?.body).toBe(
      `${PRECACHE} ${SCOPE}search/index.html?__WB_REVISION__=${revision("search/index.html")}`,
    );
    // Astro's hashed assets are precached under their own URL.
    expect((await served(new Request(`${SCOPE}_astro/page.abc123.js`)))?.body).toBe(
      `${PRECACHE} ${SCOPE}_astro/page.abc123.js`,
    );
    // A page, opened or fetched by a script, from the pages cache with the query ignored; other files from the files cache.
    for (const request of [new Navigation(`${SCOPE}questions/rag/?highlight=x`), new Request(`${SCOPE}questions/rag/`)])
      expect((await served(request))?.lookups).toEqual([{ cache: pages, url: request.url, ignoreSearch: true }]);
    expect((await served(new Request(`${SCOPE}pagefind/index/en_1.pf_index`)))?.lookups).toEqual([
      { cache: files, url: `${SCOPE}pagefind/index/en_1.pf_index`, ignoreSearch: true },
    ]);
    // Not the worker's: another origin, outside the scope, anything but GET.
    expect(await served(new Request(`https://elsewhere.example${BASE}questions/rag/`))).toBeUndefined();
    expect(await served(new Navigation(at("/other-site/")))).toBeUndefined();
    expect(await served(new Request(`${SCOPE}questions/rag/`, { method: "POST" }))).toBeUndefined();
  });

  it("gives the precached offline page for a navigation neither the cache nor the network answers", async () => {
    const worker = workerScope((cache) => cache === PRECACHE);
    new Script(code).runInContext(worker.context);
    const offline = `${SCOPE}offline/index.html?__WB_REVISION__=`;
    const navigation = await worker.fetchEvent(new Navigation(`${SCOPE}questions/unsaved/`));
    expect(await navigation?.text()).toMatch(
      new RegExp(`^${PRECACHE} ${offline.replace(/[.?]/g, "\\$&")}[0-9a-f]{32}$`),
    );
    // A script's fetch of the same page fails as it would without the worker: no offline page in its place.
    await expect(worker.fetchEvent(new Request(`${SCOPE}questions/unsaved/`))).rejects.toThrow();
  });
});
