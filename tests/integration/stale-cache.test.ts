/**
 * After one good build, Astro's content store (in .astro/ and node_modules/.astro/) holds the topics and
 * questions it read. Emptying, deleting or breaking content/topics.yaml, removing a topic a question still uses,
 * or emptying a question must fail the next build with a message naming the file; nothing of the old data may be
 * published, and the good output stays as it was. The good build's pages are also checked for ids the page
 * chrome uses that src/lib/content/reserved-ids.ts does not list (content could take them otherwise).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
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
