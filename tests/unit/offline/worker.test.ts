import { describe, expect, it } from "vitest";
import {
  PRECACHE_FILE_LIMIT,
  WORKER_CONFIG,
  precacheManifest,
  workerWithConfig,
  type BuiltFile,
  type WorkerConfig,
} from "../../../src/lib/offline/worker";

const hash = (c: string) => c.repeat(64);
const FILES = new Map<string, BuiltFile>([
  ["_astro/BaseLayout.abc.css", { hash: hash("a"), bytes: 10 }],
  ["favicon.svg", { hash: hash("b"), bytes: 20 }],
  ["index.html", { hash: hash("c"), bytes: 30 }],
  ["search/index.html", { hash: `${"d".repeat(32)}${"e".repeat(32)}`, bytes: 40 }],
  ["404.html", { hash: hash("f"), bytes: 50 }],
]);
const SHELL = ["_astro/BaseLayout.abc.css", "favicon.svg", "index.html", "search/index.html"];

describe("precacheManifest", () => {
  it("lists every shell file under the base path, in order, with its content hash as revision", () => {
    expect(precacheManifest(SHELL, FILES, "/handbook/")).toEqual([
      { url: "/handbook/_astro/BaseLayout.abc.css", revision: null },
      { url: "/handbook/favicon.svg", revision: "b".repeat(32) },
      { url: "/handbook/index.html", revision: "c".repeat(32) },
      { url: "/handbook/search/index.html", revision: "d".repeat(32) },
    ]);
    expect(precacheManifest(["index.html"], FILES, "/")).toEqual([{ url: "/index.html", revision: "c".repeat(32) }]);
  });

  it("changes a revision exactly when that file's content changes", () => {
    const changed = new Map(FILES).set("favicon.svg", { hash: hash("9"), bytes: 20 });
    const [before, after] = [FILES, changed].map((files) => precacheManifest(SHELL, files, "/"));
    expect(after!.filter((entry, i) => entry.revision !== before![i]!.revision).map((e) => e.url)).toEqual([
      "/favicon.svg",
    ]);
  });

  it("never revisions Astro's assets, whose names carry their hash", () => {
    const changed = new Map(FILES).set("_astro/BaseLayout.abc.css", { hash: hash("9"), bytes: 10 });
    expect(precacheManifest(SHELL, changed, "/")[0]).toEqual({ url: "/_astro/BaseLayout.abc.css", revision: null });
  });

  it("throws, naming the file, for a shell file the build lacks or one too big to precache", () => {
    expect(() => precacheManifest([...SHELL, "topics/index.html"], FILES, "/")).toThrow(
      "offline: the app shell lists topics/index.html, which the build did not write",
    );
    const big = (bytes: number) => new Map(FILES).set("index.html", { hash: hash("c"), bytes });
    expect(precacheManifest(SHELL, big(PRECACHE_FILE_LIMIT), "/")).toHaveLength(4);
    expect(() => precacheManifest(SHELL, big(PRECACHE_FILE_LIMIT + 1), "/")).toThrow(
      `offline: index.html is ${PRECACHE_FILE_LIMIT + 1} bytes, over the ${PRECACHE_FILE_LIMIT} bytes a precached file may have`,
    );
  });
});

describe("workerWithConfig", () => {
  const config: WorkerConfig = {
    cacheId: "genai-handbook",
    importScripts: ["sw-cleanup-0123456789ab.js"],
    precache: [
      { url: "/_astro/a.css", revision: null },
      { url: "/$&/index.html", revision: "c".repeat(32) },
    ],
    caches: { pages: "genai-handbook-pages-0123456789ab-/", files: "genai-handbook-files-0123456789ab-/" },
    offlinePage: "/offline/index.html",
  };
  const bundle = `(function(){var c=${WORKER_CONFIG};use(c)})();`;

  it("writes the build's settings in place of the placeholder, as a literal the worker reads back", () => {
    const worker = workerWithConfig(bundle, config);
    expect(worker).not.toContain(WORKER_CONFIG);
    expect(worker.startsWith("(function(){var c={cacheId:")).toBe(true);
    let seen: unknown;
    new Function("use", worker)((value: unknown) => (seen = value));
    expect(seen).toEqual(config);
  });

  it("writes keys that are names unquoted, as Workbox wrote its precache list (which the budget reads)", () => {
    const worker = workerWithConfig(bundle, config);
    expect(worker).toContain('{url:"/_astro/a.css",revision:null}');
    expect(worker).toContain(`{url:"/$&/index.html",revision:"${"c".repeat(32)}"}`);
    const odd = { ...config, caches: { ...config.caches, "two words": "x" } } as unknown as WorkerConfig;
    let seen: unknown;
    new Function("use", workerWithConfig(bundle, odd))((value: unknown) => (seen = value));
    expect(seen).toEqual(odd);
  });

  it("throws, naming the bundle, when the placeholder is missing or repeated", () => {
    expect(() => workerWithConfig("self.x=1;", config, "sw bundle")).toThrow(
      `offline: sw bundle names ${WORKER_CONFIG} 0 times; expected once, where the build writes its settings`,
    );
    expect(() => workerWithConfig(`${bundle}${bundle}`, config)).toThrow(/names __SITE_WORKER_CONFIG__ 2 times/);
  });
});
