import { describe, expect, it } from "vitest";
import { checkTopicsFile } from "../../../src/lib/content/topics-file";

const TOPICS = `rag:
  title: Retrieval
  description: Retrieval-augmented generation grounds answers in your own documents.
caching:
  title: Caching
  description: Caching keeps answers to repeated questions so the model is not asked again.
`;

describe("checkTopicsFile", () => {
  it("reads topics with the line of each", () => {
    const { topics, problems } = checkTopicsFile(TOPICS);
    expect(problems).toEqual([]);
    expect([...topics].map(([id, t]) => [id, t.line])).toEqual([
      ["rag", 1],
      ["caching", 4],
    ]);
  });

  it.each([
    ["", "the file holds no topics"],
    ["# only a comment\n", "the file holds no topics"],
    ["- rag\n- caching\n", "expected a mapping of topic ids"],
    ["rag: [unclosed\n", "the YAML does not parse"],
  ])("refuses %j: %s", (text, said) => {
    expect(checkTopicsFile(text).problems[0]?.message).toContain(said);
  });

  it("refuses a missing file", () => {
    expect(checkTopicsFile(undefined).problems[0]?.message).toMatch(/^the file is missing/);
  });

  it("names a topic id that is not kebab-case, a repeated id and a bad field, each at its line", () => {
    const text = `${TOPICS}Data_Pipelines:\n  title: Pipelines\n  description: ${"x".repeat(50)}\nrag:\n  title: Again\n  description: ${"y".repeat(50)}\ncaching2:\n  title: C\n  description: short\n  colour: red\n`;
    expect(checkTopicsFile(text).problems).toEqual([{ file: "content/topics.yaml", line: 10, message: 'the key "rag" appears twice; each key may appear once' }]);
    const fixed = text.replace("rag:\n  title: Again", "again:\n  title: Again");
    expect(checkTopicsFile(fixed).problems).toEqual([
      { file: "content/topics.yaml", line: 7, message: expect.stringMatching(/^topic id "Data_Pipelines" must be kebab-case/) },
      { file: "content/topics.yaml", line: 14, message: 'topic "caching2", field "title": expected a short topic name (at least 2 characters) (got "C")' },
      { file: "content/topics.yaml", line: 15, message: 'topic "caching2", field "description": expected one paragraph (at least 40 characters) (got "short")' },
      { file: "content/topics.yaml", line: 16, message: 'topic "caching2", field "colour" is not a field this file may have; expected one of: title, description, aliases' },
    ]);
  });

  it("names a topic whose value is not a mapping", () => {
    expect(checkTopicsFile("rag: just words\n").problems).toEqual([
      { file: "content/topics.yaml", line: 1, message: 'topic "rag": expected a mapping with title, description and aliases (got "just words")' },
    ]);
  });
});
