import { describe, expect, it } from "vitest";
import { formatContentError, formatFieldPath, formatIssue } from "../../src/lib/content-errors";

describe("formatFieldPath", () => {
  it("writes nested keys with dots and list positions in brackets", () => {
    expect(formatFieldPath(["sections", "data-pipeline", 0])).toBe("sections.data-pipeline[0]");
    expect(formatFieldPath(["topics", 2])).toBe("topics[2]");
  });

  it("names the whole frontmatter when there is no path", () => {
    expect(formatFieldPath([])).toBe("(frontmatter)");
  });
});

describe("formatIssue", () => {
  it("says what is expected and what was found", () => {
    expect(formatIssue({ path: ["summary"], message: "at most 160 characters", code: "too_big", input: "abc" })).toBe(
      '  - field "summary": expected at most 160 characters (got "abc")',
    );
  });

  it("says when a field is missing", () => {
    expect(formatIssue({ path: ["title"], message: "Invalid input: expected string, received undefined", code: "invalid_type" })).toBe(
      '  - field "title": expected string (it is missing)',
    );
  });

  it("shortens long values", () => {
    expect(formatIssue({ path: ["title"], message: "x", code: "too_small", input: "y".repeat(100) })).toContain(`"${"y".repeat(40)}…"`);
  });
});

describe("formatContentError", () => {
  it("starts with the file and counts the fields", () => {
    const message = formatContentError("content/questions/a.mdx", [
      { path: ["title"], message: "a string", code: "invalid_type" },
      { path: ["order"], message: "a number", code: "invalid_type", input: "one" },
    ]);
    expect(message.split("\n")).toEqual([
      "content/questions/a.mdx: 2 invalid fields:",
      '  - field "title": expected a string (it is missing)',
      '  - field "order": expected a number (got "one")',
    ]);
  });
});
