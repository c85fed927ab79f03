import { describe, expect, it } from "vitest";
import { ContentCheckError, describeInput, formatFieldPath, formatReport, issueMessages } from "../../../src/lib/content/errors";

describe("formatFieldPath", () => {
  it("writes nested keys with dots and list positions in brackets", () => {
    expect(formatFieldPath(["sections", "data-pipeline", 0])).toBe("sections.data-pipeline[0]");
    expect(formatFieldPath(["topics", 2])).toBe("topics[2]");
  });
});

describe("describeInput", () => {
  it("says what a value was", () => {
    expect(describeInput(undefined)).toBe("it is missing");
    expect(describeInput(null)).toBe("it is empty");
    expect(describeInput("y".repeat(100))).toBe(`got "${"y".repeat(40)}…"`);
    expect(describeInput(20261129)).toBe("got 20261129");
    expect(describeInput(["a", "b"])).toBe("got a list of 2");
    expect(describeInput({ a: 1 })).toBe("got a mapping of fields");
    expect(describeInput(new Date("2026-11-29T00:00:00Z"))).toBe("got the date 2026-11-29");
  });
});

describe("issueMessages", () => {
  it("says what is expected and what was found", () => {
    expect(issueMessages({ path: ["summary"], message: "at most 160 characters", code: "too_big", input: "abc" })).toEqual(['field "summary": expected at most 160 characters (got "abc")']);
  });

  it("rewrites Zod's own wording in plain words", () => {
    expect(issueMessages({ path: ["title"], message: "Invalid input: expected string, received undefined", code: "invalid_type", expected: "string" })).toEqual([
      'field "title": expected text (it is missing)',
    ]);
    expect(issueMessages({ path: ["topics"], message: "Too big: expected array to have <=3 items", code: "too_big", origin: "array", maximum: 3, input: [1, 2, 3, 4] })).toEqual([
      'field "topics": expected at most 3 items (got a list of 4)',
    ]);
    expect(issueMessages({ path: ["title"], message: "Too small: expected string to have >=10 characters", code: "too_small", origin: "string", minimum: 10, input: "Hi" })).toEqual([
      'field "title": expected at least 10 characters (got "Hi")',
    ]);
  });

  it("names each unknown field and lists the allowed ones", () => {
    expect(issueMessages({ path: [], message: 'Unrecognized keys: "sumary", "tags"', code: "unrecognized_keys", keys: ["sumary", "tags"] }, { allowedFields: ["title", "summary"] })).toEqual([
      'field "sumary" is not a field this file may have; expected one of: title, summary',
      'field "tags" is not a field this file may have; expected one of: title, summary',
    ]);
  });

  it("names the topic, not a frontmatter, for topics.yaml", () => {
    expect(issueMessages({ path: [], message: "a mapping with title, description and aliases", code: "invalid_type", input: "words" }, { subject: 'topic "rag"' })).toEqual([
      'topic "rag": expected a mapping with title, description and aliases (got "words")',
    ]);
    expect(issueMessages({ path: ["title"], message: "a short topic name", code: "invalid_type", input: 3 }, { subject: 'topic "rag"' })).toEqual(['topic "rag", field "title": expected a short topic name (got 3)']);
  });

  it("leaves the got part to refinements that say it themselves", () => {
    expect(issueMessages({ path: ["updated"], message: 'a real calendar date (got "2026-02-30": February 2026 has 28 days)', code: "custom", input: "2026-02-30" })).toEqual([
      'field "updated": expected a real calendar date (got "2026-02-30": February 2026 has 28 days)',
    ]);
  });
});

describe("formatReport and ContentCheckError", () => {
  it("counts problems and files, then lists each as file:line: message, sorted", () => {
    const problems = [
      { file: "content/questions/b.mdx", line: 9, message: "second" },
      { file: "content/questions/a.mdx", line: 12, message: "later" },
      { file: "content/questions/a.mdx", message: "whole file" },
    ];
    expect(formatReport(problems).split("\n")).toEqual([
      "Content check failed: 3 problems in 2 files; nothing was built.",
      "  content/questions/a.mdx: whole file",
      "  content/questions/a.mdx:12: later",
      "  content/questions/b.mdx:9: second",
    ]);
    const error = new ContentCheckError(problems);
    expect(error.message).toBe(formatReport(problems));
    expect(error.stack).toBe("");
  });
});
