/**
 * After one good build, Astro's content store (in .astro/ and node_modules/.astro/) holds the topics and
 * questions it read. Emptying, deleting or breaking content/topics.yaml, removing a topic a question still uses,
 * or emptying a question must fail the next build with a message naming the file; nothing of the old data may be
 * published, and the good output stays as it was. The good build's pages are also checked for ids the page
 * chrome uses that src/lib/content/reserved-ids.ts does not list (content could take them otherwise). Then the
 * outputs kept between builds (src/integrations/build-cache.ts): a rebuild with nothing changed restores the search
 * index and the service worker and publishes exactly what the cold build did; damaged entries are a cold build with
 * the same output; a changed page is indexed again.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { gunzipSync } from "node:zlib";
import { parse } from "parse5";
import type { DefaultTreeAdapterTypes } from "parse5";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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

/** Every file of the copy's output, by path, with a hash of its bytes. */
function outputHashes(): Map<string, string> {
  const dist = join(site.dir, "dist");
  return new Map(
    readdirSync(dist, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .map((file) => [relative(dist, file), createHash("sha256").update(readFileSync(file)).digest("hex")] as const)
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
}

/** The entry files of one step in the copy's build-output cache (Astro's cacheDir is node_modules/.astro). */
const cacheEntries = (name: string) => {
  const folder = join(site.dir, "node_modules/.astro/build-output", name);
  return readdirSync(folder).map((entry) => join(folder, entry));
};

const INDEXED = /\[site:pagefind\] indexed 8 question pages/;
const RESTORED = /\[site:pagefind\] restored the index of 8 question pages \(\d+ unique words\) from cache/;
const SW_RESTORED = /\[site:offline\] sw\.js \(build [0-9a-f]+, Workbox's output from cache\)/;
const SW_WRITTEN = /\[site:offline\] sw\.js \(build [0-9a-f]+\): precaches/;

describe("outputs kept in the build cache (search index, service worker)", { timeout: 200_000 }, () => {
  let cold: Map<string, string>;

  it("restore on a rebuild with nothing changed, byte for byte what the cold build wrote", () => {
    expect(good.output).toMatch(INDEXED);
    expect(good.output).toMatch(SW_WRITTEN);
    cold = outputHashes();
    expect(cold.has("sw.js") && cold.has("pagefind/pagefind-entry.json")).toBe(true);
    const warm = site.build();
    expect(warm.status).toBe(0);
    expect(warm.output).toMatch(RESTORED);
    expect(warm.output).toMatch(SW_RESTORED);
    expect(outputHashes()).toEqual(cold);
  });

  it("are made again, the same, when their entries are damaged or cut off", () => {
    const [index] = cacheEntries("pagefind");
    const [worker] = cacheEntries("service-worker");
    const bytes = readFileSync(index!);
    bytes.writeUInt8(bytes.readUInt8(bytes.length >> 1) ^ 0xff, bytes.length >> 1);
    writeFileSync(index!, bytes);
    truncateSync(worker!, statSync(worker!).size - 10);
    const rebuilt = site.build();
    expect(rebuilt.status).toBe(0);
    expect(rebuilt.output).toMatch(/cache entry .*pagefind.* was damaged \(checksum does not match its content\)/);
    expect(rebuilt.output).toMatch(/cache entry .*service-worker.* was damaged/);
    expect(rebuilt.output).toMatch(INDEXED);
    expect(rebuilt.output).toMatch(SW_WRITTEN);
    expect(outputHashes()).toEqual(cold);
  });

  it("are made again when a page changes, and the old entry is dropped", () => {
    const before = [cacheEntries("pagefind"), cacheEntries("service-worker")];
    const cost = site.read(COST);
    site.edit(COST, (t) =>
      t.replace("\n## Cost Optimization Strategy { #cost-optimization-strategy }\n", "$&\nA zymurgical aside.\n"),
    );
    try {
      const changed = site.build();
      expect(changed.status).toBe(0);
      expect(changed.output).toMatch(INDEXED);
      expect(changed.output).toMatch(SW_WRITTEN);
    } finally {
      site.write(COST, cost);
    }
    const after = outputHashes();
    const differs = (prefix: string) =>
      [...after].some(([path, hash]) => path.startsWith(prefix) && cold.get(path) !== hash);
    expect(differs("pagefind/")).toBe(true);
    expect(after.get("sw.js")).not.toBe(cold.get("sw.js"));
    // The index holds the new words (fragments are gzipped JSON).
    const fragments = join(site.dir, "dist/pagefind/fragment");
    const texts = readdirSync(fragments).map((f) => gunzipSync(readFileSync(join(fragments, f))).toString("utf8"));
    expect(texts.filter((t) => t.includes("A zymurgical aside."))).toHaveLength(1);
    const now = [cacheEntries("pagefind"), cacheEntries("service-worker")];
    expect(now.map((entries) => entries.length)).toEqual([1, 1]);
    expect(now[0]).not.toEqual(before[0]);
    expect(now[1]).not.toEqual(before[1]);
  });
});
