import { describe, expect, it } from "vitest";
import { pages } from "../../src/lib/routes";
import { SITE, SITE_LINKS, siteTagline } from "../../src/lib/site";

describe("SITE_LINKS", () => {
  it("lists the questions, topics, search and the practice pages, in that order", () => {
    expect(SITE_LINKS.map((l) => [l.label, l.path])).toEqual([
      ["All questions", ""],
      ["Topics", "topics/"],
      ["Search", "search/"],
      ["Your practice", "practice/"],
      ["Mock round", "practice/mock/"],
      ["Question cards", "practice/cards/"],
    ]);
  });

  it("includes every practice page routes.ts names", () => {
    const practice = Object.entries(pages)
      .filter(([name]) => name.startsWith("practice"))
      .map(([, page]) => (page as () => string)());
    expect(practice.length).toBeGreaterThan(0);
    expect(SITE_LINKS.map((l) => l.path)).toEqual(expect.arrayContaining(practice));
  });

  it("gives each link its own label and address", () => {
    expect(new Set(SITE_LINKS.map((l) => l.label)).size).toBe(SITE_LINKS.length);
    expect(new Set(SITE_LINKS.map((l) => l.path)).size).toBe(SITE_LINKS.length);
  });
});

describe("SITE", () => {
  it("has a short name for narrow headers that is shorter than the full one", () => {
    expect(SITE.shortName.length).toBeLessThan(SITE.name.length);
  });
});

describe("siteTagline", () => {
  it("keeps the wording for eight questions and gives the count a big handbook has", () => {
    expect(siteTagline(8)).toBe(
      "Eight practical GenAI interview questions, answered in depth: RAG, prompts, evaluation, fine-tuning, cost and deployment.",
    );
    expect(siteTagline(1000)).toMatch(/^1,000 practical GenAI interview questions, answered in depth: /);
  });
});
