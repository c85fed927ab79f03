import { describe, expect, it } from "vitest";
import {
  outlineDetail,
  outlineIndex,
  parseOutlineDetail,
  parseOutlineIndex,
  rubric,
  withDetail,
} from "../../../src/lib/practice/outline";
import type { Outline, OutlineQuestion } from "../../../src/lib/practice/outline";

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

describe("outlineIndex, outlineDetail and withDetail", () => {
  const question: OutlineQuestion = {
    id: "good-one",
    order: 3,
    title: "Good?",
    summary: "S",
    topics: ["rag", "eval"],
    sections: [section("a", 2, ["eval", "cost"]), section("b", 3, ["cost", "rag", "ops"])],
  };
  const outline: Outline = { v: 1, topics: { rag: "RAG" }, questions: [question] };

  it("index each question without its sections, naming once the topics only its sections treat", () => {
    expect(outlineIndex(outline)).toEqual({
      v: 1,
      topics: { rag: "RAG" },
      questions: [
        { id: "good-one", order: 3, title: "Good?", topics: ["rag", "eval"], sectionTopics: ["cost", "ops"] },
      ],
    });
  });

  it("put a question back together from its index entry and its detail file", () => {
    const detail = outlineDetail(question);
    expect(detail).toEqual({ v: 1, id: "good-one", summary: "S", sections: question.sections });
    expect(withDetail(outlineIndex(outline).questions[0]!, detail)).toEqual(question);
  });
});

describe("parseOutlineIndex", () => {
  const file = "practice/outline-index.json";

  it("reads a version-1 index, leaving out malformed or repeated questions and topic titles that are not text", () => {
    const data = {
      v: 1,
      topics: { rag: "RAG", bad: 3 },
      questions: [
        { id: "good-one", order: 1, title: "Good?", topics: ["rag"], sectionTopics: ["eval"] },
        { id: "no-lists", title: "Lists?", topics: "rag" },
        { id: "good-one", order: 9, title: "Again?" },
        { id: "Bad Id", title: "x" },
        { id: "no-title" },
        "text",
      ],
    };
    expect(parseOutlineIndex(data, file)).toEqual({
      ok: true,
      value: {
        v: 1,
        topics: { rag: "RAG" },
        questions: [
          { id: "good-one", order: 1, title: "Good?", topics: ["rag"], sectionTopics: ["eval"] },
          { id: "no-lists", order: 2, title: "Lists?", topics: [], sectionTopics: [] },
        ],
      },
    });
  });

  it("says what is wrong with a file that is not an index, naming it", () => {
    const error = (data: unknown) => {
      const parsed = parseOutlineIndex(data, file);
      return parsed.ok ? "read" : parsed.error;
    };
    expect(error("x")).toBe('practice/outline-index.json: expected a JSON object, got "x"');
    expect(error({ v: 1, topics: {}, questions: [] })).toBe("read");
    expect(error({ v: 2, topics: {}, questions: [] })).toBe(
      'practice/outline-index.json: expected "v": 1 (this version of the site\'s index), got 2',
    );
    expect(error({ v: 1, questions: [] })).toBe(
      'practice/outline-index.json: expected "topics", topic titles by id, got nothing',
    );
    expect(error({ v: 1, topics: {}, questions: {} })).toBe(
      'practice/outline-index.json: expected "questions", a list, got {}',
    );
  });
});

describe("parseOutlineDetail", () => {
  const file = "practice/outline/good-one.json";

  it("reads a question's version-1 detail file, leaving out malformed sections", () => {
    const data = { v: 1, id: "good-one", summary: "S", sections: [section("a", 2), { id: "b" }, null], extra: 1 };
    expect(parseOutlineDetail(data, "good-one", file)).toEqual({
      ok: true,
      value: { v: 1, id: "good-one", summary: "S", sections: [section("a", 2)] },
    });
    expect(parseOutlineDetail({ v: 1, id: "good-one", sections: [] }, "good-one", file)).toEqual({
      ok: true,
      value: { v: 1, id: "good-one", summary: "", sections: [] },
    });
  });

  it("says what is wrong with a file that is not this question's detail, naming it", () => {
    const error = (data: unknown) => {
      const parsed = parseOutlineDetail(data, "good-one", file);
      return parsed.ok ? "read" : parsed.error;
    };
    expect(error(null)).toBe("practice/outline/good-one.json: expected a JSON object, got null");
    expect(error([1])).toBe("practice/outline/good-one.json: expected a JSON object, got [1]");
    expect(error({ id: "good-one", sections: [] })).toBe(
      'practice/outline/good-one.json: expected "v": 1 (this version of the site\'s outline), got nothing',
    );
    expect(error({ v: 1, id: "other-one", sections: [] })).toBe(
      'practice/outline/good-one.json: expected the outline of "good-one", got "id": "other-one"',
    );
    expect(error({ v: 1, id: "good-one", sections: "a, b" })).toBe(
      'practice/outline/good-one.json: expected "sections", a list, got "a, b"',
    );
  });
});
