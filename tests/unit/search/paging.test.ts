import { describe, expect, it } from "vitest";
import { RESULTS_PAGE_SIZE, nextPage, parsePageSize, resultPages, topicListing } from "../../../src/lib/search/paging";
import { searchLookup } from "../../../src/lib/search/present";
import type { FragmentLike } from "../../../src/lib/search/results";

describe("parsePageSize", () => {
  it("reads a whole number of at least 1, else falls back to the default", () => {
    expect(parsePageSize("3")).toBe(3);
    expect(parsePageSize(String(RESULTS_PAGE_SIZE))).toBe(RESULTS_PAGE_SIZE);
    for (const bad of [undefined, null, "", "0", "-2", "2.5", "ten"])
      expect(parsePageSize(bad)).toBe(RESULTS_PAGE_SIZE);
  });
});

describe("nextPage", () => {
  it("gives the next page after those shown, the last one shorter, none past the end", () => {
    expect(nextPage(0, 25, 10)).toEqual({ from: 0, to: 10 });
    expect(nextPage(10, 25, 10)).toEqual({ from: 10, to: 20 });
    expect(nextPage(20, 25, 10)).toEqual({ from: 20, to: 25 });
    expect(nextPage(25, 25, 10)).toEqual({ from: 25, to: 25 });
    expect(nextPage(0, 3, 10)).toEqual({ from: 0, to: 3 });
  });
});

// Reading order: a (listed topic, no section), b (two sections on caching), c (not on caching), d (one section).
const questions = [
  { id: "a", topics: ["caching"], sections: {} },
  { id: "b", topics: ["cost"], sections: { one: ["caching"], two: ["caching", "cost"] } },
  { id: "c", topics: ["cost"], sections: { three: ["cost"] } },
  { id: "d", topics: ["cost"], sections: { four: ["caching"] } },
];

describe("topicListing", () => {
  it("lists the questions covering a topic in reading order, shown by most sections on it first", () => {
    const listing = topicListing(questions, "caching");
    expect(listing.positions).toEqual([0, 1, 3]);
    expect(listing.order.map((i) => questions[listing.positions[i]!]!.id)).toEqual(["b", "d", "a"]);
    expect(listing.sections).toBe(3);
  });

  it("lists nothing for a topic no question covers", () => {
    expect(topicListing(questions, "none")).toEqual({ positions: [], order: [], sections: 0 });
  });
});

const lookup = searchLookup(
  {
    topics: [
      { id: "caching", title: "Caching", aliases: [] },
      { id: "cost", title: "Cost", aliases: [] },
    ],
    questions,
  },
  "/",
);

/** A fragment for question `id` with its sections' headings, and a record of which fragments were fetched. */
function handles(ids: readonly string[]) {
  const fetched: string[] = [];
  const results = ids.map((id) => ({
    data: async (): Promise<FragmentLike> => {
      fetched.push(id);
      const sections = Object.keys(questions.find((q) => q.id === id)?.sections ?? {});
      const anchors = [
        { element: "h1", id: "title", text: `Question ${id}`, location: 0 },
        ...sections.map((s, i) => ({ element: "h2", id: s, text: `Section ${s}`, location: 3 + i * 3 })),
      ];
      return {
        url: `/questions/${id}/`,
        content: `Question ${id} intro. ${sections.map((s) => `Section ${s} words.`).join(" ")}`,
        meta: { title: `Question ${id}` },
        anchors,
        sub_results: [
          { title: `Question ${id}`, url: `/questions/${id}/`, weighted_locations: [], anchor: anchors[0] },
        ],
      };
    },
  }));
  return { results, fetched };
}

describe("resultPages", () => {
  it("with words, fetches only the fragments of the page asked for, in Pagefind's order", async () => {
    const { results, fetched } = handles(["d", "a", "b", "c"]);
    const pages = resultPages(results, { query: "cache", topic: null }, lookup);
    expect(pages.total).toBe(4);
    expect(pages.sections).toBeNull();
    expect((await pages.load(0, 2)).map((r) => r.title)).toEqual(["Question d", "Question a"]);
    expect(fetched).toEqual(["d", "a"]);
    expect((await pages.load(2, 4)).map((r) => r.title)).toEqual(["Question b", "Question c"]);
    expect(fetched).toEqual(["d", "a", "b", "c"]);
  });

  it("browsing a topic, orders from the search data and fetches only the page's fragments", async () => {
    // Pagefind lists a topic's pages in reading order: a, b, d.
    const { results, fetched } = handles(["a", "b", "d"]);
    const pages = resultPages(results, { query: "", topic: "caching" }, lookup);
    expect(pages.total).toBe(3);
    expect(pages.sections).toBe(3);
    const first = await pages.load(0, 1);
    expect(first.map((r) => [r.title, r.sections.map((s) => s.id)])).toEqual([["Question b", ["one", "two"]]]);
    expect(fetched).toEqual(["b"]);
    expect((await pages.load(1, 3)).map((r) => r.title)).toEqual(["Question d", "Question a"]);
    expect(fetched).toEqual(["b", "d", "a"]);
  });

  it("browsing a topic, fetches every fragment once and orders from them when the index disagrees with the data", async () => {
    // The index lists the pages in another order than the data expects.
    const { results, fetched } = handles(["d", "b", "a"]);
    const pages = resultPages(results, { query: "", topic: "caching" }, lookup);
    // Position 1 happens to hold b, as the data expects: the first page is right from its own fragment.
    expect((await pages.load(0, 1)).map((r) => r.title)).toEqual(["Question b"]);
    expect(fetched).toEqual(["b"]);
    // The next page's fragments are not the questions expected there: every fragment is fetched and ordered.
    expect((await pages.load(1, 3)).map((r) => r.title)).toEqual(["Question d", "Question a"]);
    expect(fetched.slice(-3).sort()).toEqual(["a", "b", "d"]);
    const count = fetched.length;
    await pages.load(0, 3);
    expect(fetched.length).toBe(count);
  });

  it("browsing a topic, falls back to every fragment when the index lists another number of pages", async () => {
    const { results, fetched } = handles(["a", "b"]);
    const pages = resultPages(results, { query: "", topic: "caching" }, lookup);
    expect(pages.sections).toBeNull();
    expect((await pages.load(0, 1)).map((r) => r.title)).toEqual(["Question b"]);
    expect(fetched.sort()).toEqual(["a", "b"]);
  });
});
