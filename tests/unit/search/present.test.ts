import { describe, expect, it } from "vitest";
import { orderTopicResults, presentResults, resultsView, searchLookup } from "../../../src/lib/search/present";
import type { FragmentLike } from "../../../src/lib/search/results";

const lookup = searchLookup(
  {
    topics: [
      { id: "caching", title: "Caching", aliases: ["semantic cache"] },
      { id: "cost", title: "Cost", aliases: [] },
    ],
    questions: [
      { id: "first", topics: ["cost"], sections: {} },
      { id: "second", topics: ["cost"], sections: { tips: ["caching"] } },
    ],
  },
  "/h/",
);

/** A page of Pagefind's index: `# Title. Intro words. ## Tips. Tip words.` with the given matches. */
function page(id: string, title: string, matches: { intro?: number[]; tips?: number[] } = {}): FragmentLike {
  const url = `/h/questions/${id}/`;
  const anchors = [
    { element: "h1", id: "title", text: title, location: 0 },
    { element: "h2", id: "tips", text: "Tips", location: 3 },
  ];
  const at = (locations: number[] = []) => locations.map((location) => ({ weight: 1, balanced_score: 1, location }));
  return {
    url,
    content: `${title} Cache the prompts. Tips. Cache the answers.`,
    meta: { title },
    anchors,
    sub_results: [
      { title, url, weighted_locations: at(matches.intro), anchor: anchors[0] },
      { title: "Tips", url: `${url}#tips`, weighted_locations: at(matches.tips), anchor: anchors[1] },
    ],
  };
}

describe("orderTopicResults", () => {
  it("puts questions with more sections on the topic first, then keeps reading order", () => {
    const results = [
      { id: "b", sections: [1] },
      { id: "a", sections: [1] },
      { id: "c", sections: [1, 2, 3] },
      { id: "d", sections: [] },
    ];
    const order = { a: 1, b: 2, c: 3, d: 0 } as Record<string, number>;
    expect(orderTopicResults(results, (r) => order[r.id]!).map((r) => r.id)).toEqual(["c", "a", "b", "d"]);
  });
});

describe("searchLookup", () => {
  it("links topics and questions under the base path, and finds questions by the URL Pagefind reports", () => {
    expect(lookup.topicById.get("cost")).toEqual({ id: "cost", title: "Cost", aliases: [], url: "/h/topics/cost/" });
    expect(lookup.questionUrls).toEqual(["/h/questions/first/", "/h/questions/second/"]);
    expect(lookup.questionByUrl.get("/h/questions/second/")?.id).toBe("second");
  });
});

describe("presentResults", () => {
  it("links each result so that the searched words are highlighted where it opens", () => {
    const [result] = presentResults([page("first", "First?", { tips: [4] })], { query: "cache", topic: null }, lookup);
    expect(result?.url).toBe("/h/questions/first/?highlight=cache");
    expect(result?.sections.map((s) => s.url)).toEqual(["/h/questions/first/?highlight=cache#tips"]);
  });

  it("keeps Pagefind's order for words", () => {
    const fragments = [page("second", "Second?", { tips: [4] }), page("first", "First?", { tips: [4] })];
    expect(presentResults(fragments, { query: "cache", topic: null }, lookup).map((r) => r.title)).toEqual([
      "Second?",
      "First?",
    ]);
  });

  it("lists a topic's tagged sections without excerpts when it is browsed without words, most sections first", () => {
    const fragments = [page("first", "First?"), page("second", "Second?")];
    const results = presentResults(fragments, { query: "", topic: "caching" }, lookup);
    expect(results.map((r) => [r.title, r.sections.map((s) => s.id), r.excerpt])).toEqual([
      ["Second?", ["tips"], []],
      ["First?", [], []],
    ]);
  });

  it("puts a topic's questions with as many sections in reading order", () => {
    const fragments = [page("second", "Second?"), page("first", "First?")];
    const results = presentResults(fragments, { query: "", topic: "cost" }, lookup);
    expect(results.map((r) => r.title)).toEqual(["First?", "Second?"]);
  });
});

describe("resultsView", () => {
  const found = presentResults([page("first", "First?", { tips: [4] })], { query: "cache", topic: null }, lookup);

  it("counts the results, and links the topic's page only when a topic is browsed without words", () => {
    expect(resultsView({ query: "cache", topic: null }, found, 1, lookup)).toMatchObject({
      kind: "results",
      status: "1 answer, 1 section for “cache”.",
      topicPage: null,
    });
    const browsed = resultsView({ query: "", topic: "caching" }, found, 1, lookup);
    expect(browsed).toMatchObject({ kind: "results", status: "1 answer, 1 section on Caching." });
    expect(browsed.kind === "results" && browsed.topicPage?.url).toBe("/h/topics/caching/");
  });

  it("points to other topics when the topic in force filtered every match out", () => {
    expect(resultsView({ query: "cache", topic: "caching" }, [], 2, lookup)).toEqual({
      kind: "other-topics",
      status: "No answers in Caching match “cache”.",
      note: "2 answers in other topics match.",
    });
  });

  it("offers every topic to browse when nothing matches at all", () => {
    const view = resultsView({ query: "zebra", topic: "caching" }, [], 0, lookup);
    expect(view).toMatchObject({
      kind: "no-match",
      status: "No answers match “zebra”.",
      note: "Check the spelling or try fewer words. Or browse a topic instead:",
    });
    expect(view.kind === "no-match" && view.topics.map((t) => t.id)).toEqual(["caching", "cost"]);
  });
});
