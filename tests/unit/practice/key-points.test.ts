import { describe, expect, it } from "vitest";
import { keyPoints } from "../../../src/lib/practice/key-points";

describe("keyPoints", () => {
  const body = [
    "## Overview { #overview }",
    "",
    "We built it in two phases. It answered most tickets.",
    "",
    "### Steps { #steps }",
    "",
    "- **Retrieval**: [hybrid search](../x/#y) over the docs",
    "- **Generation**: a grounded prompt",
    "",
    "## Code only { #code-only }",
    "",
    "```python",
    "# Cache answers by meaning",
    "def cached(q): ...",
    "```",
  ].join("\n");

  it("gives a section's paragraphs or list items, as plain text", () => {
    expect(keyPoints(body, "overview")).toEqual(["We built it in two phases. It answered most tickets."]);
    expect(keyPoints(body, "steps")).toEqual([
      "Retrieval: hybrid search over the docs.",
      "Generation: a grounded prompt.",
    ]);
  });

  it("says what a section of code does, and nothing for an unknown id", () => {
    expect(keyPoints(body, "code-only")).toEqual(["Code (python): Cache answers by meaning."]);
    expect(keyPoints(body, "missing")).toEqual([]);
  });
});
