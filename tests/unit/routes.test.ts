import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { absoluteUrl, files, href, normaliseBase, pages, sitePath } from "../../src/lib/routes";

const ROOT = resolve(import.meta.dirname, "../..");

describe("pages and files", () => {
  it("name every address relative to the base", () => {
    expect(pages.home()).toBe("");
    expect(pages.homePage(1)).toBe("");
    expect(pages.homePage(3)).toBe("page/3/");
    expect(pages.question("cost-optimization")).toBe("questions/cost-optimization/");
    expect(pages.question("cost-optimization", "response-caching")).toBe(
      "questions/cost-optimization/#response-caching",
    );
    expect(pages.shortLink(6)).toBe("q/6/");
    expect(pages.topic("caching")).toBe("topics/caching/");
    expect(pages.topic("caching", 1)).toBe("topics/caching/");
    expect(pages.topic("caching", 2)).toBe("topics/caching/page/2/");
    expect(pages.search("?q=lora")).toBe("search/?q=lora");
    expect(files.questionMarkdown("x")).toBe("questions/x.md");
    expect(files.preview({ kind: "home" })).toBe("og/home.png");
    expect(files.preview({ kind: "topics" })).toBe("og/topics.png");
    expect(files.preview({ kind: "question", id: "x" })).toBe("og/questions/x.png");
    expect(files.preview({ kind: "topic", id: "rag" })).toBe("og/topics/rag.png");
    expect(pages.offline()).toBe("offline/");
    expect(pages.practice()).toBe("practice/");
    expect(pages.practiceMock()).toBe("practice/mock/");
    expect(pages.practiceCards()).toBe("practice/cards/");
    expect(pages.practiceCards(1)).toBe("practice/cards/");
    expect(pages.practiceCards(4)).toBe("practice/cards/page/4/");
    expect(files.practiceOutlineIndex).toBe("practice/outline-index.json");
    expect(files.practiceOutline("x")).toBe("practice/outline/x.json");
    expect(files.ankiDeck).toBe("practice/anki-deck.txt");
  });

  it("each have the page in src/pages/ (or the file in public/) that serves them", () => {
    const served: [string, string][] = [
      [pages.home(), "src/pages/index.astro"],
      [pages.question("x"), "src/pages/questions/[slug].astro"],
      [pages.shortLink(1), "src/pages/q/[n].astro"],
      [pages.homePage(2), "src/pages/page/[n].astro"],
      [pages.topics(), "src/pages/topics/index.astro"],
      [pages.topic("x"), "src/pages/topics/[id].astro"],
      [pages.topic("x", 2), "src/pages/topics/[id]/page/[n].astro"],
      [pages.search(), "src/pages/search.astro"],
      [pages.practice(), "src/pages/practice/index.astro"],
      [pages.practiceCards(), "src/pages/practice/cards.astro"],
      [pages.practiceCards(2), "src/pages/practice/cards/page/[n].astro"],
      [pages.practiceMock(), "src/pages/practice/mock.astro"],
      [pages.notFound(), "src/pages/404.astro"],
      [pages.offline(), "src/pages/offline.astro"],
      [files.questionMarkdown("x"), "src/pages/questions/[slug].md.ts"],
      [files.llms, "src/pages/llms.txt.ts"],
      [files.llmsFull, "src/pages/llms-full.txt.ts"],
      [files.robots, "src/pages/robots.txt.ts"],
      [files.searchData, "src/pages/search/data.json.ts"],
      [files.practiceQuestions, "src/pages/practice/questions.json.ts"],
      [files.practiceOutlineIndex, "src/pages/practice/outline-index.json.ts"],
      [files.practiceOutline("x"), "src/pages/practice/outline/[slug].json.ts"],
      [files.ankiDeck, "src/pages/practice/anki-deck.txt.ts"],
      [files.preview({ kind: "question", id: "x" }), "src/pages/og/[...slug].png.ts"],
      [files.favicon, "public/favicon.svg"],
    ];
    for (const [route, file] of served)
      expect(existsSync(join(ROOT, file)), `${route || "(home)"} is served by ${file}`).toBe(true);
  });
});

describe("normaliseBase and href", () => {
  it("give the base one form, with a slash at each end", () => {
    expect(normaliseBase("")).toBe("/");
    expect(normaliseBase("/")).toBe("/");
    expect(normaliseBase("handbook")).toBe("/handbook/");
    expect(normaliseBase("//handbook//")).toBe("/handbook/");
  });

  it("put a site path under the base, keeping its query and hash", () => {
    expect(href("/handbook/", "questions/x/")).toBe("/handbook/questions/x/");
    expect(href("/handbook", "/questions/x/#y")).toBe("/handbook/questions/x/#y");
    expect(href("/", "search/?q=a")).toBe("/search/?q=a");
    expect(href("/")).toBe("/");
  });
});

describe("absoluteUrl", () => {
  it("uses the site's origin and the base path", () => {
    expect(absoluteUrl("https://example.org/ignored/", "/handbook/", "questions/x/")).toBe(
      "https://example.org/handbook/questions/x/",
    );
    expect(absoluteUrl(new URL("http://localhost:4321"), "/")).toBe("http://localhost:4321/");
  });

  it("keeps a #hash and takes a path with or without its leading slash", () => {
    expect(absoluteUrl("https://example.org", "/h/", "questions/x/#response-caching")).toBe(
      "https://example.org/h/questions/x/#response-caching",
    );
    expect(absoluteUrl("https://example.org", "/", "/questions/x/")).toBe("https://example.org/questions/x/");
  });

  it("refuses a missing site URL and says where to set it", () => {
    expect(() => absoluteUrl(undefined, "/")).toThrow(/SITE_URL/);
  });
});

describe("sitePath", () => {
  it("strips the base from a pathname", () => {
    expect(sitePath("/handbook/", "/handbook/questions/x/")).toBe("questions/x/");
    expect(sitePath("/handbook/", "/handbook")).toBe("");
    expect(sitePath("/", "/topics/")).toBe("topics/");
  });

  it("refuses a pathname outside the base", () => {
    expect(() => sitePath("/handbook/", "/other/")).toThrow('"/other/" is not under the base path "/handbook/"');
  });
});
