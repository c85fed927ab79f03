import { describe, expect, it } from "vitest";
import { buildSearchData, parseSearchData } from "../../../src/lib/search/data";

const questions = [
  {
    id: "cost-optimization",
    topics: ["caching"],
    sections: { "response-caching": ["caching"] },
  },
];
const topics = [
  { id: "rag", title: "Retrieval-Augmented Generation", aliases: ["RAG"] },
  { id: "caching", title: "Caching", aliases: ["cache"] },
];

describe("buildSearchData", () => {
  it("sorts topics by title and keeps only what the index and the browser read, no links", () => {
    const data = buildSearchData(questions, topics);
    expect(data.topics.map((t) => t.id)).toEqual(["caching", "rag"]);
    expect(data.topics[0]).toEqual({ id: "caching", title: "Caching", aliases: ["cache"] });
    expect(data.questions[0]).toEqual({
      id: "cost-optimization",
      topics: ["caching"],
      sections: { "response-caching": ["caching"] },
    });
  });

  it("keeps questions in the order given", () => {
    const two = [...questions, { id: "a-first", topics: ["rag"], sections: {} }];
    expect(buildSearchData(two, topics).questions.map((q) => q.id)).toEqual(["cost-optimization", "a-first"]);
  });
});

describe("parseSearchData", () => {
  it("accepts what buildSearchData produced", () => {
    const data = buildSearchData(questions, topics);
    expect(parseSearchData(JSON.parse(JSON.stringify(data)), "data.json")).toEqual(data);
  });

  it("names the file and the first malformed entry", () => {
    expect(() =>
      parseSearchData({ topics: [], questions: [{ id: "x", topics: "rag", sections: {} }] }, "dist/search/data.json"),
    ).toThrow("dist/search/data.json: questions[0] needs a string id, an array of topic ids and a sections object");
    expect(() => parseSearchData(null, "d.json")).toThrow("d.json: expected a JSON object");
    expect(() => parseSearchData({ topics: [{ id: "x", title: "X" }], questions: [] }, "d.json")).toThrow("topics[0]");
  });
});
