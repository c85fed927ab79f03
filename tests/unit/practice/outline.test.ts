import { describe, expect, it } from "vitest";
import { parseOutline, rubric } from "../../../src/lib/practice/outline";
import type { OutlineQuestion } from "../../../src/lib/practice/outline";

const section = (id: string, depth: number, topics: string[] = [], points: string[] = [`${id} point`]) => ({
  id,
  title: id.toUpperCase(),
  depth,
  topics,
  points,
});

describe("rubric", () => {
  const question: OutlineQuestion = {
    id: "q",
    order: 1,
    title: "Q?",
    summary: "Sum.",
    topics: ["general"],
    sections: [
      section("strategy", 2, ["plan"]),
      section("one", 3, ["caching"]),
      section("deep", 4),
      section("two", 3),
      section("results", 2),
    ],
  };

  it("scores the table of contents' leaves, each under its ## and with its #### points", () => {
    expect(rubric(question)).toEqual([
      { id: "one", title: "ONE", group: "STRATEGY", topics: ["caching"], points: ["one point", "deep point"] },
      { id: "two", title: "TWO", group: "STRATEGY", topics: ["plan"], points: ["two point"] },
      { id: "results", title: "RESULTS", topics: ["general"], points: ["results point"] },
    ]);
  });

  it("scores a question without headings as one item", () => {
    expect(rubric({ ...question, sections: [] })).toEqual([
      { id: "q", title: "Q?", topics: ["general"], points: ["Sum."] },
    ]);
  });
});

describe("parseOutline", () => {
  it("reads a version-1 outline, leaving out malformed questions and sections", () => {
    const data = {
      v: 1,
      topics: { rag: "RAG", bad: 3 },
      questions: [
        {
          id: "good-one",
          order: 1,
          title: "Good?",
          summary: "S",
          topics: ["rag"],
          sections: [section("a", 2), { id: "b" }],
        },
        { id: "Bad Id", title: "x", sections: [] },
      ],
    };
    expect(parseOutline(data)).toEqual({
      v: 1,
      topics: { rag: "RAG" },
      questions: [
        { id: "good-one", order: 1, title: "Good?", summary: "S", topics: ["rag"], sections: [section("a", 2)] },
      ],
    });
    expect(parseOutline({ v: 2, topics: {}, questions: [] })).toBeNull();
    expect(parseOutline("x")).toBeNull();
  });
});
