import { describe, expect, it } from "vitest";
import { parseSearchState, sameSearch, serializeSearchState, startingState } from "../../../src/lib/search/state";

describe("parseSearchState", () => {
  it("reads the query and the topic, with or without the question mark", () => {
    expect(parseSearchState("?q=vector+store&topic=rag")).toEqual({ query: "vector store", topic: "rag" });
    expect(parseSearchState("q=LoRA")).toEqual({ query: "LoRA", topic: null });
    expect(parseSearchState("")).toEqual({ query: "", topic: null });
  });

  it("collapses white space and trims the query", () => {
    expect(parseSearchState("?q=%20%20vector%20%0A%20store%20")).toEqual({ query: "vector store", topic: null });
  });

  it("drops a topic that is not known, keeps one that is", () => {
    expect(parseSearchState("?q=x&topic=nope", ["rag", "caching"]).topic).toBeNull();
    expect(parseSearchState("?topic=caching", ["rag", "caching"]).topic).toBe("caching");
    expect(parseSearchState("?topic=", ["rag"]).topic).toBeNull();
  });

  it("cuts an absurdly long query to 200 characters", () => {
    expect(parseSearchState(`?q=${"a".repeat(500)}`).query).toHaveLength(200);
  });

  it("decodes characters a search may hold", () => {
    expect(parseSearchState("?q=GPT-4%20%26%20similarity_threshold").query).toBe("GPT-4 & similarity_threshold");
  });
});

describe("serializeSearchState", () => {
  it("writes only what is set", () => {
    expect(serializeSearchState({ query: "vector store", topic: "rag" })).toBe("?q=vector+store&topic=rag");
    expect(serializeSearchState({ query: "  ", topic: "rag" })).toBe("?topic=rag");
    expect(serializeSearchState({ query: "", topic: null })).toBe("");
  });

  it("round-trips through parseSearchState", () => {
    const state = { query: "GPT-4 & co?", topic: "model-selection" };
    expect(parseSearchState(serializeSearchState(state))).toEqual(state);
  });
});

describe("sameSearch", () => {
  it("ignores outer white space but not the topic", () => {
    expect(sameSearch({ query: "lora ", topic: null }, { query: "lora", topic: null })).toBe(true);
    expect(sameSearch({ query: "lora", topic: null }, { query: "lora", topic: "fine-tuning" })).toBe(false);
  });
});

describe("startingState", () => {
  it("keeps the words typed while the search code loaded, with the address's topic", () => {
    expect(startingState("", "canary")).toEqual({ query: "canary", topic: null });
    expect(startingState("?q=can&topic=rag", "canary  ")).toEqual({ query: "canary", topic: "rag" });
  });
  it("takes the address's words when the box is empty", () => {
    expect(startingState("?q=vector+store", "")).toEqual({ query: "vector store", topic: null });
    expect(startingState("", "   ")).toEqual({ query: "", topic: null });
  });
});
