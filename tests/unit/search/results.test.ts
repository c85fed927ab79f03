import { describe, expect, it } from "vitest";
import type { ExcerptPart } from "../../../src/lib/search/excerpt";
import { anchorAncestors, sectionInTopic, shapeResult, topicSections } from "../../../src/lib/search/results";
import type { FragmentLike, ShapeOptions } from "../../../src/lib/search/results";

const text = (parts: ExcerptPart[]) => parts.map((p) => (p.marked ? `[${p.text}]` : p.text)).join("");
const loc = (weight: number, balanced_score: number, location: number) => ({ weight, balanced_score, location });

// Words, numbered as Pagefind numbers them:
//  0 How 1 to 2 save?  3 Summary 4 of 5 cache 6 use.  7 Topic: 8 Cost 9 (budget).
// 10 Strategy. 11 Plan 12 first.
// 13 3. 14 Caching 15 Strategies. 16 Store 17 answers.
// 18 Response 19 Caching. 20 A 21 cache: 22 keeps 23 answers 24 by 25 prompt. 26 Topic: 27 Caching 28 (cache, 29 semantic 30 cache).
// 31 Batching. 32 Group 33 cache 34 requests.
// 35 Results. 36 Costs 37 fell. 38 Topic: 39 Caching 40 (cache, 41 semantic 42 cache).
const content = [
  "How to save? Summary of cache use. Topic: Cost (budget).",
  "Strategy. Plan first.",
  "3. Caching Strategies. Store answers.",
  "Response Caching. A cache: keeps answers by prompt. Topic: Caching (cache, semantic cache).",
  "Batching. Group cache requests.",
  "Results. Costs fell. Topic: Caching (cache, semantic cache).",
].join(" ");

const anchors = [
  { element: "h2", id: "strategy", text: "Strategy", location: 10 },
  { element: "h3", id: "caching-strategies", text: "3. Caching Strategies", location: 13 },
  { element: "h4", id: "response-caching", text: "Response Caching", location: 18 },
  { element: "span", id: "not-a-heading", text: "x", location: 22 },
  { element: "h4", id: "batching", text: "Batching", location: 31 },
  { element: "h2", id: "results", text: "Results", location: 35 },
];

const fragment: FragmentLike = {
  url: "/questions/cost/",
  content,
  meta: { title: "How to save?" },
  anchors,
  sub_results: [
    { title: "How to save?", url: "/questions/cost/", weighted_locations: [loc(1, 5, 5)] },
    { title: "Batching", url: "/questions/cost/#batching", weighted_locations: [loc(1, 10, 33)], anchor: anchors[4] },
    {
      title: "Response Caching",
      url: "/questions/cost/#response-caching",
      weighted_locations: [loc(5, 50, 19), loc(1, 10, 21), loc(0.5, 4, 28), loc(0.5, 4, 30)],
      anchor: anchors[2],
    },
    { title: "Results", url: "/questions/cost/#results", weighted_locations: [loc(0.5, 4, 40)], anchor: anchors[5] },
  ],
};

const options: ShapeOptions = {
  maxSections: 2,
  excerptLength: 6,
  topic: null,
  pageTopics: ["cost", "caching"],
  sectionTopics: { "caching-strategies": ["caching"], results: ["caching"] },
  topics: new Map([
    ["caching", { title: "Caching", aliases: ["cache", "semantic cache"] }],
    ["cost", { title: "Cost", aliases: ["budget"] }],
  ]),
  aliasTexts: ["Topic: Cost (budget).", "Topic: Caching (cache, semantic cache)."],
  terms: ["cache"],
  link: (url) => url.replace("/questions/", "/h/questions/"),
};

describe("anchorAncestors", () => {
  it("nests each heading under the higher ones before it, outermost first, skipping elements not headings", () => {
    const tree = anchorAncestors(anchors);
    expect(tree.get("response-caching")?.map((a) => a.id)).toEqual(["strategy", "caching-strategies"]);
    expect(tree.get("batching")?.map((a) => a.id)).toEqual(["strategy", "caching-strategies"]);
    expect(tree.get("results")).toEqual([]);
    expect(tree.has("not-a-heading")).toBe(false);
  });

  it("reads the anchors in page order, whatever order Pagefind lists them in, and never nests under the h1", () => {
    const tree = anchorAncestors([
      { element: "h3", id: "b", location: 9 },
      { element: "h1", id: "title", location: 0 },
      { element: "h2", id: "a", location: 4 },
    ]);
    expect(tree.get("b")?.map((a) => a.id)).toEqual(["a"]);
    expect(tree.get("a")).toEqual([]);
  });
});

describe("sectionInTopic", () => {
  const tree = anchorAncestors(anchors);
  it("counts a section tagged with the topic or under a tagged heading", () => {
    expect(sectionInTopic("caching-strategies", "caching", options.sectionTopics, tree)).toBe(true);
    expect(sectionInTopic("batching", "caching", options.sectionTopics, tree)).toBe(true);
    expect(sectionInTopic("strategy", "caching", options.sectionTopics, tree)).toBe(false);
  });
});

describe("shapeResult", () => {
  it("shows the best-scoring sections first, with their parent heading and linked URLs", () => {
    const shaped = shapeResult(fragment, options);
    expect(shaped.title).toBe("How to save?");
    expect(shaped.url).toBe("/h/questions/cost/");
    expect(shaped.sections.map((s) => [s.id, s.parent, s.url])).toEqual([
      ["response-caching", "3. Caching Strategies", "/h/questions/cost/#response-caching"],
      ["batching", "3. Caching Strategies", "/h/questions/cost/#batching"],
    ]);
    expect(shaped.moreSections).toBe(0);
    expect(shaped.excerpt).toEqual([]);
    expect(shapeResult(fragment, { ...options, maxSections: 1 }).moreSections).toBe(1);
  });

  it("leaves out a heading that only groups sub-sections when sections with text matched", () => {
    const grouping = {
      title: "3. Caching Strategies",
      url: "/questions/cost/#caching-strategies",
      weighted_locations: [loc(5, 500, 14)],
      anchor: { element: "h3", id: "caching-strategies", text: "3. Caching Strategies", location: 13 },
    };
    // Give the group heading no text of its own: its sub-section starts right after it.
    const tight = {
      ...fragment,
      anchors: fragment.anchors.map((a) => (a.id === "response-caching" ? { ...a, location: 16 } : a)),
      sub_results: [grouping, ...fragment.sub_results.slice(1)],
    };
    const shaped = shapeResult(tight, { ...options, maxSections: 5 });
    expect(shaped.sections.map((s) => s.id)).not.toContain("caching-strategies");
    expect(shaped.sections[0]?.parent).toBe("3. Caching Strategies");
  });

  it("quotes the section without its heading or the indexed alias text", () => {
    const shaped = shapeResult(fragment, options);
    expect(text(shaped.sections[0]!.excerpt)).toBe("A [cache]: keeps answers by prompt.");
    expect(text(shaped.sections[1]!.excerpt)).toBe("Group [cache] requests.");
  });

  it("leaves out sections that matched only through aliases when others use the words", () => {
    const shaped = shapeResult(fragment, { ...options, maxSections: 5 });
    expect(shaped.sections.map((s) => s.id)).toEqual(["response-caching", "batching"]);
    expect(shaped.moreSections).toBe(0);
  });

  it("counts a low-weight match in the section's own text (part of a compound word) as its own", () => {
    const sub = { ...fragment.sub_results[1]!, weighted_locations: [loc(0.25, 3, 33)] };
    const [batching] = shapeResult({ ...fragment, sub_results: [sub] }, options).sections;
    expect(batching?.viaTopics).toEqual([]);
    expect(text(batching!.excerpt)).toBe("Group [cache] requests.");
  });

  it("names the topic instead of an excerpt when sections matched only through aliases", () => {
    const aliasOnly = { ...fragment, sub_results: [fragment.sub_results[3]!] };
    const [results] = shapeResult(aliasOnly, options).sections;
    expect(results?.id).toBe("results");
    expect(results?.excerpt).toEqual([]);
    expect(results?.viaTopics).toEqual(["Caching"]);
  });

  it("prefers sections of the topic in force, and falls back to all when none matched", () => {
    const tagged = { "response-caching": ["caching"], strategy: ["cost"] };
    const shaped = shapeResult(fragment, { ...options, sectionTopics: tagged, topic: "caching", maxSections: 5 });
    expect(shaped.sections.map((s) => s.id)).toEqual(["response-caching"]);
    const none = shapeResult(fragment, { ...options, sectionTopics: tagged, topic: "cost", maxSections: 5 });
    expect(none.sections.map((s) => s.id)).toEqual(["response-caching", "batching"]);
  });

  it("quotes the summary, without the title, when only the page's header matched", () => {
    const shaped = shapeResult({ ...fragment, sub_results: [fragment.sub_results[0]!] }, options);
    expect(shaped.sections).toEqual([]);
    expect(text(shaped.excerpt)).toBe("Summary of [cache] use.");
  });

  it("names the question's topic when only its header aliases matched", () => {
    const intro = { title: "How to save?", url: "/questions/cost/", weighted_locations: [loc(0.5, 3, 9)] };
    const shaped = shapeResult({ ...fragment, sub_results: [intro] }, { ...options, terms: ["budget"] });
    expect(shaped.excerpt).toEqual([]);
    expect(shaped.viaTopics).toEqual(["Cost"]);
  });
});

describe("topicSections", () => {
  it("lists the page's headings tagged with the topic, in page order", () => {
    const sections = topicSections(fragment, "caching", options.sectionTopics, (u) => `/h${u}`);
    expect(sections.map((s) => [s.id, s.title, s.parent, s.url])).toEqual([
      ["caching-strategies", "3. Caching Strategies", "Strategy", "/h/questions/cost/#caching-strategies"],
      ["results", "Results", null, "/h/questions/cost/#results"],
    ]);
  });
});
