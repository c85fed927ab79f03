import { describe, expect, it } from "vitest";
import { buildExcerpt, findPhrase, wordCount } from "../../../src/lib/search/excerpt";
import type { ExcerptPart } from "../../../src/lib/search/excerpt";

const text = (parts: ExcerptPart[]) => parts.map((p) => (p.marked ? `[${p.text}]` : p.text)).join("");
const loc = (weight: number, balanced_score: number, location: number) => ({ weight, balanced_score, location });
const content = "Response Caching. A cache: keeps answers. Topic: Caching (cache, semantic cache). Batching.";

describe("findPhrase", () => {
  it("finds every run of the phrase's words", () => {
    expect(findPhrase(`${content} ${content}`.split(/\s+/), "Topic: Caching (cache, semantic cache).")).toEqual([
      [6, 11],
      [18, 23],
    ]);
    expect(findPhrase(["a", "b"], "b c")).toEqual([]);
    expect(findPhrase(["a"], "  ")).toEqual([]);
  });
});

describe("buildExcerpt", () => {
  const words = "one two three four five six seven eight nine ten".split(" ");

  it("shows the best-scoring window, a few words before its first match, with cuts marked", () => {
    const parts = buildExcerpt({ words, locations: [loc(1, 5, 7)], start: 0, end: 10, skip: [], length: 5 });
    expect(text(parts)).toBe("… four five six seven [eight] …");
  });

  it("marks only the word, not punctuation around it", () => {
    const parts = buildExcerpt({
      words: ["(observability,", "x"],
      locations: [loc(1, 1, 0)],
      start: 0,
      end: 2,
      skip: [],
      length: 5,
    });
    expect(parts).toEqual([
      { text: "(", marked: false },
      { text: "observability", marked: true },
      { text: ", x", marked: false },
    ]);
  });

  it("leaves out skipped ranges, and matches inside them", () => {
    const parts = buildExcerpt({
      words,
      locations: [loc(0.5, 9, 2), loc(1, 1, 5)],
      start: 0,
      end: 10,
      skip: [[1, 4]],
      length: 4,
    });
    expect(text(parts)).toBe("one five [six] seven …");
  });

  it("gives the opening words when nothing in range matched, and nothing for an empty range", () => {
    expect(text(buildExcerpt({ words, locations: [loc(1, 5, 9)], start: 0, end: 3, skip: [], length: 2 }))).toBe(
      "one two …",
    );
    expect(buildExcerpt({ words, locations: [], start: 4, end: 4, skip: [], length: 2 })).toEqual([]);
  });
});

describe("wordCount", () => {
  it("counts words as Pagefind splits them, on any run of white space", () => {
    expect(wordCount("  3. Caching\n Strategies ")).toBe(3);
    expect(wordCount(undefined)).toBe(0);
  });
});
