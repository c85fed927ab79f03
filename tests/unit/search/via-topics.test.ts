import { describe, expect, it } from "vitest";
import { topicsMatchingTerms } from "../../../src/lib/search/via-topics";

const topics = new Map([
  ["caching", { title: "Caching", aliases: ["cache", "semantic cache"] }],
  ["cost", { title: "Cost", aliases: ["budget"] }],
]);

describe("topicsMatchingTerms", () => {
  it("names the topics whose title or alias words start with a term", () => {
    expect(topicsMatchingTerms(["caching", "cost"], ["semantic"], topics)).toEqual(["Caching"]);
    expect(topicsMatchingTerms(["caching", "cost"], ["BUDG"], topics)).toEqual(["Cost"]);
  });

  it("needs every piece of a hyphenated term", () => {
    expect(topicsMatchingTerms(["caching", "cost"], ["semantic-cache"], topics)).toEqual(["Caching"]);
  });

  it("names all candidates when none holds the words", () => {
    expect(topicsMatchingTerms(["caching", "cost"], ["zebra"], topics)).toEqual(["Caching", "Cost"]);
    expect(topicsMatchingTerms(["unknown"], ["zebra"], topics)).toEqual([]);
  });
});
