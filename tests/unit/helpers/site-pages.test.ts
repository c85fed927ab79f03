import { describe, expect, it } from "vitest";
import { pageKind } from "../../helpers/site-pages.mjs";

describe("pageKind", () => {
  it("counts every page of a topic's question list as a topic page, and nothing deeper", () => {
    expect(["topics/rag/", "topics/rag/page/2/", "topics/rag/page/27/"].map(pageKind)).toEqual([
      "topic",
      "topic",
      "topic",
    ]);
    expect(["topics/", "topics/rag/page/", "topics/rag/page/two/", "topics/rag/x/"].map(pageKind)).toEqual([
      "topics",
      "other",
      "other",
      "other",
    ]);
  });

  it("names the home page, questions, search and the 404, and the home list's further pages as other", () => {
    expect(["", "questions/x/", "search/", "404.html", "page/2/"].map(pageKind)).toEqual([
      "home",
      "question",
      "search",
      "404",
      "other",
    ]);
  });
});
