import { describe, expect, it } from "vitest";
import { questionPath, topicPath, withBase } from "../../src/lib/urls";

describe("withBase", () => {
  it("joins a path onto the root base", () => {
    expect(withBase("/", "questions/x/")).toBe("/questions/x/");
    expect(withBase("/")).toBe("/");
  });

  it("joins a path onto a sub-path base with or without slashes", () => {
    expect(withBase("/handbook/", "questions/x/")).toBe("/handbook/questions/x/");
    expect(withBase("/handbook", "/questions/x/")).toBe("/handbook/questions/x/");
    expect(withBase("handbook/", "")).toBe("/handbook/");
  });

  it("keeps a hash or query", () => {
    expect(withBase("/h/", "search/?q=lora#top")).toBe("/h/search/?q=lora#top");
  });
});

describe("questionPath and topicPath", () => {
  it("build the page URLs under the base", () => {
    expect(questionPath("/", "cost-optimization")).toBe("/questions/cost-optimization/");
    expect(questionPath("/h/", "cost-optimization", "response-caching")).toBe("/h/questions/cost-optimization/#response-caching");
    expect(topicPath("/h/", "rag")).toBe("/h/topics/rag/");
  });
});
