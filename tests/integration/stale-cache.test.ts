/**
 * After one good build, Astro's content store (in .astro/ and node_modules/.astro/) holds the topics and
 * questions it read. Emptying, deleting or breaking content/topics.yaml, removing a topic a question still uses,
 * or emptying a question must fail the next build with a message naming the file; nothing of the old data may be
 * published, and the good output stays as it was. The good build's pages are also checked for ids the page
 * chrome uses that src/lib/content/reserved-ids.ts does not list (content could take them otherwise). Then the
 * outputs kept between builds (src/integrations/build-cache.ts): a rebuild with nothing changed restores the search
 * index and the service worker and publishes exactly what the cold build did; a damaged entry means the step runs
 * again, with the same output; a changed page is indexed again and gets a new worker, made from the bundle kept.
 */
import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { gunzipSync } from "node:zlib";
import { parse } from "parse5";
import type { DefaultTreeAdapterTypes } from "parse5";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeServiceWorker } from "../../src/integrations/offline";
import { pagefindIndex } from "../../src/integrations/pagefind";
import { reservedIdOwner } from "../../src/lib/content/reserved-ids";
import { copySite, type SiteCopy } from "../helpers/site-copy";

const TOPICS = "content/topics.yaml";
const COST = "content/questions/cost-optimization.mdx";
const PAGE = "dist/topics/caching/index.html";
let site: SiteCopy;
let good: { status: number | null; output: string };
let topics: string;
let publishedPage: string;

beforeAll(() => {
  site = copySite();
  good = site.build();
  topics = site.read(TOPICS);
  publishedPage = site.exists(PAGE) ? site.read(PAGE) : "";
}, 200_000);

afterAll(() => site?.remove());

/** Builds the copy after `change`, then puts topics.yaml and the cost question back as they were. */
function buildAfter(change: () => void) {
  const cost = site.read(COST);
  change();
  try {
    return site.build();
  } finally {
    site.write(TOPICS, topics);
    site.write(COST, cost);
  }
}

function expectOldOutputKept() {
  expect(site.read(PAGE)).toBe(publishedPage);
  expect(site.rootEntries().filter((name) => name.startsWith(".dist-"))).toEqual([]);
}

describe("a warm content cache never publishes stale data", { timeout: 200_000 }, () => {
  it("builds the good copy first", () => {
    expect(good.status).toBe(0);
    expect(publishedPage).toContain("Caching");
  });

  it("fails when topics.yaml is emptied", () => {
    const { status, output } = buildAfter(() => site.write(TOPICS, ""));
    expect(status).not.toBe(0);
    expect(output).toContain(
      "content/topics.yaml: the file holds no topics; expected topic ids, each with a title, a description and aliases",
    );
    expectOldOutputKept();
  });

  it("fails when topics.yaml is deleted", () => {
    const { status, output } = buildAfter(() => site.delete(TOPICS));
    expect(status).not.toBe(0);
    expect(output).toContain("content/topics.yaml: the file is missing; the site's topics live there");
    expectOldOutputKept();
  });

  it("fails when topics.yaml no longer parses, naming the line", () => {
    const { status, output } = buildAfter(() =>
      site.write(TOPICS, topics.replace(/^caching:\n/m, "caching: [unclosed\n")),
    );
    expect(status).not.toBe(0);
    const line = topics.split("\n").indexOf("caching:") + 1;
    expect(output).toMatch(new RegExp(`content/topics\\.yaml:(${line}|${line + 1}): the YAML does not parse`));
    expectOldOutputKept();
  });

  it("checks questions the cache holds as unchanged against the topics as they are now", () => {
    const withoutCaching = topics.replace(/^caching:\n(?: {2}.*\n| *\n)*/m, "");
    expect(withoutCaching).not.toContain("\ncaching:");
    const { status, output } = buildAfter(() => site.write(TOPICS, withoutCaching));
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /content\/questions\/cost-optimization\.mdx:\d+: field "topics\[\d\]": expected a topic id from content\/topics\.yaml \(got "caching", which is not one/,
    );
    expectOldOutputKept();
  });

  it("fails when a question is emptied", () => {
    const { status, output } = buildAfter(() => site.write(COST, ""));
    expect(status).not.toBe(0);
    expect(output).toContain("content/questions/cost-optimization.mdx:1: the file has no frontmatter");
    expectOldOutputKept();
  });
});

type Node = DefaultTreeAdapterTypes.Node;

/** Ids on a built page outside the answer body (which content writes), with the tag that holds each. */
function chromeIds(html: string): string[] {
  const ids: string[] = [];
  const walk = (node: Node) => {
    if ("attrs" in node) {
      if (node.attrs.some((a) => a.name === "class" && a.value.split(/\s+/).includes("question__body"))) return;
      const id = node.attrs.find((a) => a.name === "id")?.value;
      if (id) ids.push(id);
    }
    for (const child of "childNodes" in node ? node.childNodes : []) walk(child);
    if ("content" in node && node.content) for (const child of node.content.childNodes) walk(child);
  };
  walk(parse(html));
  return ids;
}

describe("ids of the page chrome", () => {
  it("are all reserved, so no heading id in content can take one", () => {
    const dist = join(site.dir, "dist");
    const pages = readdirSync(dist, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith(".html"));
    expect(pages.length).toBeGreaterThan(30);
    const unreserved = new Set<string>();
    for (const page of pages)
      for (const id of chromeIds(readFileSync(join(dist, page), "utf8")))
        if (!reservedIdOwner(id)) unreserved.add(`${id} (${page})`);
    expect([...unreserved]).toEqual([]);
  });
});

/** Every file of a folder, by path, with a hash of its bytes. */
function hashesOf(folder: string): Map<string, string> {
  return new Map(
    readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .map((file) => [relative(folder, file), createHash("sha256").update(readFileSync(file)).digest("hex")] as const)
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
}

const subset = (hashes: Map<string, string>, prefix: string) =>
  new Map([...hashes].filter(([path]) => path.startsWith(prefix)));

/** The revision a service worker's precache list gives a URL. */
const revision = (worker: string, url: string) =>
  new RegExp(`\\{url:"${url.replace(/[.]/g, "\\.")}",revision:("[0-9a-f]+"|null)\\}`).exec(worker)?.[1];

/** The pages a build's log says it copied from the last build instead of rendering. */
const restoredPages = (output: string) =>
  [...output.matchAll(/[├└]─ (\S+) \((?:restored|cached)\)/g)].map((m) => `/${m[1]!.replace(/^\//, "")}`);

const INDEXED = /indexed 8 question pages/;
const RESTORED = /restored the index of 8 question pages \(\d+ unique words\) from cache/;

describe("outputs kept in the build cache (search index, service worker, page check)", { timeout: 200_000 }, () => {
  it("restore on a rebuild with nothing changed, byte for byte what the cold build wrote", () => {
    expect(good.output).toMatch(new RegExp(`\\[site:pagefind\\] ${INDEXED.source}`));
    expect(good.output).toMatch(/\[site:offline\] sw\.js \(build [0-9a-f]+\): precaches/);
    const cold = hashesOf(join(site.dir, "dist"));
    expect(cold.has("sw.js") && cold.has("pagefind/pagefind-entry.json")).toBe(true);
    const warm = site.build();
    expect(warm.status).toBe(0);
    expect(warm.output).toMatch(new RegExp(`\\[site:pagefind\\] ${RESTORED.source}`));
    expect(warm.output).toMatch(/\[site:offline\] sw\.js \(build [0-9a-f]+, worker bundle from cache\)/);
    expect(warm.output).toMatch(/\[site:csp\] \d+ pages checked \(as at the last build: from cache\)/);
    // Every preview image was kept when it was drawn (by the thread that drew it), so none is drawn again.
    expect(warm.output).toMatch(/\[preview-images\] \d+ preview images in [\d.]+ s: 0 drawn, \d+ from cache/);
    expect(hashesOf(join(site.dir, "dist"))).toEqual(cold);
    // Every page a route lists is copied from the last build (Astro's incremental build, keyed by the content).
    expect(restoredPages(good.output)).toEqual([]);
    expect(restoredPages(warm.output)).toEqual(
      expect.arrayContaining([
        "/questions/cost-optimization/index.html",
        "/q/6/index.html",
        "/topics/caching/index.html",
      ]),
    );
    expect(restoredPages(warm.output).filter((p) => /^\/questions\/[^/]+\/index\.html$/.test(p))).toHaveLength(8);
  });

  // The two steps run again, as the build runs them, on a copy of the built site with a cache folder of their own:
  // a second build for each case would cost seconds.
  it("are made again, the same, from a damaged entry, and made anew when a page changes", async () => {
    const out = mkdtempSync(join(tmpdir(), "build-cache-out-"));
    const cacheDir = mkdtempSync(join(tmpdir(), "build-cache-dir-"));
    try {
      cpSync(join(site.dir, "dist"), out, { recursive: true });
      const built = hashesOf(out);
      const lines: string[] = [];
      const logger = { info: (m: string) => lines.push(m), warn: (m: string) => lines.push(`warn: ${m}`) };
      const index = pagefindIndex().hooks;
      await index["astro:config:done"]?.({ config: { cacheDir: pathToFileURL(`${cacheDir}/`) } } as never);
      const runIndex = async () => {
        lines.length = 0;
        await index["astro:build:done"]?.({ dir: pathToFileURL(`${out}/`), logger } as never);
        return lines.join("\n");
      };
      const runWorker = () => writeServiceWorker({ outDir: out, base: "/", cacheDir, warn: logger.warn });
      const entry = (name: string) => {
        const folder = join(cacheDir, "build-output", name);
        const entries = readdirSync(folder);
        expect(entries).toHaveLength(1);
        return join(folder, entries[0]!);
      };

      expect(await runIndex()).toMatch(INDEXED);
      expect(await runIndex()).toMatch(RESTORED);
      const damaged = readFileSync(entry("pagefind"));
      damaged.writeUInt8(damaged.readUInt8(damaged.length >> 1) ^ 0xff, damaged.length >> 1);
      writeFileSync(entry("pagefind"), damaged);
      expect(await runIndex()).toMatch(
        /warn: cache entry .*pagefind.* was damaged \(checksum does not match its content\)[^]*indexed 8 question pages/,
      );
      expect(subset(hashesOf(out), "pagefind/")).toEqual(subset(built, "pagefind/"));

      const first = await runWorker();
      expect(first.fromCache).toBe(false);
      const firstWorker = readFileSync(join(out, "sw.js"), "utf8");
      expect((await runWorker()).fromCache).toBe(true);
      expect(readFileSync(join(out, "sw.js"), "utf8")).toBe(firstWorker);
      truncateSync(entry("service-worker"), statSync(entry("service-worker")).size - 10);
      lines.length = 0;
      expect((await runWorker()).fromCache).toBe(false);
      expect(lines).toEqual([expect.stringMatching(/^warn: cache entry .*service-worker.* was damaged/)]);
      expect(hashesOf(out)).toEqual(built);

      // A changed answer: the index and the worker's version must follow it; the worker's bundle, which holds
      // nothing of the content, is the one kept.
      const page = join(out, "questions/cost-optimization/index.html");
      writeFileSync(page, readFileSync(page, "utf8").replace("</h1>", "</h1><p>A zymurgical aside.</p>"));
      const [pagefindBefore, workerBefore] = [entry("pagefind"), readFileSync(entry("service-worker"))];
      expect(await runIndex()).toMatch(INDEXED);
      const fragments = join(out, "pagefind/fragment");
      const texts = readdirSync(fragments).map((f) => gunzipSync(readFileSync(join(fragments, f))).toString("utf8"));
      expect(texts.filter((t) => t.includes("A zymurgical aside."))).toHaveLength(1);
      const changed = await runWorker();
      expect(changed.fromCache).toBe(true);
      expect(changed.version).not.toBe(first.version);
      const worker = readFileSync(join(out, "sw.js"), "utf8");
      expect(worker).toContain(`sw-cleanup-${changed.version}.js`);
      expect(worker).toContain(`genai-handbook-pages-${changed.version}-/`);
      expect(worker).not.toContain(first.version);
      // The precache list follows the files: offline/files.json names the version, the home page did not change.
      expect(revision(firstWorker, "/index.html")).toMatch(/^"[0-9a-f]{32}"$/);
      expect(revision(worker, "/index.html")).toBe(revision(firstWorker, "/index.html"));
      expect(revision(worker, "/offline/files.json")).not.toBe(revision(firstWorker, "/offline/files.json"));
      // The index's old entry is gone for a new one; the worker's is the same.
      expect(entry("pagefind")).not.toBe(pagefindBefore);
      expect(readFileSync(entry("service-worker"))).toEqual(workerBefore);
    } finally {
      rmSync(out, { recursive: true, force: true });
      rmSync(cacheDir, { recursive: true, force: true });
    }
  });
});

/** Text files of the output (pages, Markdown copies, data, feeds) that contain `text`. */
function filesWith(text: string): string[] {
  const dist = join(site.dir, "dist");
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(html|md|json|txt|xml|webmanifest)$/.test(e.name))
    .map((e) => relative(dist, join(e.parentPath, e.name)))
    .filter((file) => readFileSync(join(dist, file), "utf8").includes(text))
    .sort();
}

describe("pages copied from the last build (incremental build)", { timeout: 200_000 }, () => {
  const oldTitle = "How do you optimize costs while maintaining quality in LLM applications?";
  const newTitle = "How do you keep LLM spending down without losing answer quality?";

  it("are all rendered again when one question's title changes, on every page that shows it", () => {
    // The output is the warm build's, of the content as it is.
    const showing = filesWith(oldTitle);
    // Its own page, its short link and Markdown copy, and other questions' pages (neighbours, related questions).
    expect(showing).toEqual(
      expect.arrayContaining([
        "questions/cost-optimization/index.html",
        "questions/cost-optimization.md",
        "q/6/index.html",
        "questions/deployment-challenges/index.html",
      ]),
    );
    const { status, output } = buildAfter(() =>
      site.edit(COST, (text) => text.replace(`title: "${oldTitle}"`, `title: "${newTitle}"`)),
    );
    expect(status).toBe(0);
    expect(restoredPages(output)).toEqual([]);
    expect(filesWith(oldTitle)).toEqual([]);
    expect(filesWith(newTitle)).toEqual(showing);
  });

  it("are never copied from a build that stopped while rendering (src/integrations/incremental-guard.ts)", () => {
    // The last build rendered the new title and kept its manifest. A build of the title as it was, which fails on
    // the last question's page, has replaced the kept copies of the pages before it. Putting the new title back
    // matches the manifest again: the pages must be rendered, not copied with the abandoned build's text.
    const PAGE_ROUTE = "src/pages/questions/[slug].astro";
    const route = site.read(PAGE_ROUTE);
    site.edit(PAGE_ROUTE, (text) =>
      text.replace(
        /^const page = /m,
        'if (Astro.params.slug === "staying-current") throw new Error("a page that fails");\nconst page = ',
      ),
    );
    let failed;
    try {
      failed = site.build();
    } finally {
      site.write(PAGE_ROUTE, route);
    }
    expect(failed.status).not.toBe(0);
    expect(failed.output).toContain("a page that fails");
    const { status, output } = buildAfter(() =>
      site.edit(COST, (text) => text.replace(`title: "${oldTitle}"`, `title: "${newTitle}"`)),
    );
    expect(status).toBe(0);
    expect(output).toContain("a build stopped while rendering: every page is rendered again");
    expect(restoredPages(output)).toEqual([]);
    expect(filesWith(oldTitle)).toEqual([]);
    expect(filesWith(newTitle).length).toBeGreaterThan(3);
  });
});
