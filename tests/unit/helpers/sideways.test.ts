import { describe, expect, it } from "vitest";
import { sidewaysSamples } from "../../helpers/sideways.mjs";

const pages = [
  "",
  "404.html",
  "practice/cards/",
  "q/1/",
  "questions/a/",
  "questions/b/",
  "search/",
  "topics/",
  "topics/x/",
  "topics/y/",
].map((path) => ({ path }));

describe("sidewaysSamples", () => {
  it("takes the first page of each kind, and the search page with words in its address", () => {
    expect(sidewaysSamples(pages)).toEqual([
      "",
      "404.html",
      "practice/cards/",
      "questions/a/",
      "search/",
      "topics/",
      "topics/x/",
      "search/?q=lora",
    ]);
  });

  it("adds no search variant to a build without a search page", () => {
    expect(sidewaysSamples([{ path: "" }, { path: "questions/a/" }])).toEqual(["", "questions/a/"]);
  });
});
