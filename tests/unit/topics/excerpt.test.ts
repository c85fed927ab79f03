import { describe, expect, it } from "vitest";
import { focusExcerpt, sectionExcerpt, truncate } from "../../../src/lib/topics/excerpt";

const body = `
<AdaptNote>Adapt this template with your actual experience</AdaptNote>

## Project Overview { #project-overview }

"I led a chatbot for <Placeholder>Company/Domain</Placeholder>. The goal was **70%** automation."

## Caching Strategies { #caching-strategies }

### Response Caching { #response-caching }

\`\`\`python
class ResponseCache:
    def __init__(self):
        self.cache = {}

    def get_response(self, prompt):
        # Check for exact or similar cached responses
        return None
\`\`\`

### Benefits { #caching-benefits }

- 40% cost reduction through [caching](../cost-optimization/#response-caching)
- 60% faster response times (for cached results)

## Data Pipeline { #data-pipeline }

\`\`\`text
Brand Guidelines → Knowledge Base
      ↓
User Input → Publishing
\`\`\`

## Not a heading inside code { #code-only }

\`\`\`python
# Model optimization approach
def tune():
    return """
## Looks like a heading { #fake }
"""
\`\`\`
`;

describe("sectionExcerpt", () => {
  it("gives a section's own prose as plain text, placeholders bracketed and markup removed", () => {
    expect(sectionExcerpt(body, "project-overview")).toEqual({
      kind: "prose",
      text: '"I led a chatbot for [Company/Domain]. The goal was 70% automation."',
      pieces: ['"I led a chatbot for [Company/Domain]. The goal was 70% automation."'],
    });
  });

  it("turns list items into sentences and link syntax into its words", () => {
    const excerpt = sectionExcerpt(body, "caching-benefits");
    expect(excerpt?.kind === "prose" && excerpt.text).toBe(
      "40% cost reduction through caching. 60% faster response times (for cached results).",
    );
  });

  it("describes a code-only section by what it defines and its comments", () => {
    expect(sectionExcerpt(body, "response-caching")).toEqual({
      kind: "code",
      lang: "python",
      names: ["ResponseCache", "get_response"],
      text: "Check for exact or similar cached responses.",
    });
  });

  it("prefers a parent section's own code to the prose of its sub-sections", () => {
    // caching-strategies has no content of its own before its sub-headings, so sub-section prose is used.
    const excerpt = sectionExcerpt(body, "caching-strategies");
    expect(excerpt?.kind).toBe("prose");
    expect(excerpt?.text).toMatch(/^40% cost reduction/);
  });

  it("reads a text block's lines and drops connector-only lines", () => {
    expect(sectionExcerpt(body, "data-pipeline")).toEqual({
      kind: "code",
      lang: "text",
      names: [],
      text: "Brand Guidelines → Knowledge Base. User Input → Publishing.",
    });
  });

  it("finds no section under a heading without an id (the content check refuses such a heading)", () => {
    expect(sectionExcerpt("## Data Pipeline\n\nText.\n", "data-pipeline")).toBeUndefined();
  });

  it("never reads a line inside a code fence as a heading", () => {
    expect(sectionExcerpt(body, "fake")).toBeUndefined();
    expect(sectionExcerpt(body, "code-only")).toMatchObject({ names: ["tune"], text: "Model optimization approach." });
  });

  it("returns undefined for an id that is not a heading", () => {
    expect(sectionExcerpt(body, "missing")).toBeUndefined();
  });

  it("cuts long prose at a word boundary with an ellipsis", () => {
    const long = `## Long { #long }\n\n${"word ".repeat(100)}`;
    const text = sectionExcerpt(long, "long", { maxLength: 40 })?.text ?? "";
    expect(text.length).toBeLessThanOrEqual(40);
    expect(text).toMatch(/word…$/);
  });
});

describe("focusExcerpt", () => {
  const excerpt = {
    kind: "prose" as const,
    text: "Model Quantization: Smaller model. Connection Pooling: No reloads…",
    pieces: [
      "Model Quantization: Smaller model.",
      "Connection Pooling: No reloads.",
      "Caching: Cached common responses.",
    ],
  };

  it("starts at the first sentence that names the topic when the start does not show it", () => {
    expect(focusExcerpt(excerpt, ["Caching", "cache"])?.text).toBe("… Caching: Cached common responses.");
  });

  it("keeps the start when a whole sentence shown already names the topic", () => {
    expect(focusExcerpt(excerpt, ["quantization"])).toBe(excerpt);
  });

  it("matches whole words only", () => {
    expect(focusExcerpt(excerpt, ["cach"])).toBe(excerpt);
  });

  it("leaves code excerpts and missing excerpts alone", () => {
    const code = { kind: "code" as const, lang: "python", names: ["A"], text: "" };
    expect(focusExcerpt(code, ["caching"])).toBe(code);
    expect(focusExcerpt(undefined, ["caching"])).toBeUndefined();
  });
});

describe("truncate", () => {
  it("leaves short text untouched", () => {
    expect(truncate("short", 10)).toBe("short");
  });
});

describe("answers parsed once, excerpts still their own", () => {
  const answer = (word: string) => `## Overview { #overview }\n\nThe ${word} answer.\n`;

  it("gives each answer its own excerpt when many are asked for in turn, again and again", () => {
    // More answers than the parse cache holds, twice over: an evicted answer is parsed again, never mixed up.
    const words = Array.from({ length: 80 }, (_, i) => `answer-${i}`);
    for (let round = 0; round < 2; round++)
      for (const word of words)
        expect(sectionExcerpt(answer(word), "overview")).toMatchObject({ text: `The ${word} answer.` });
  });

  it("does not let one caller's use of an excerpt change the next caller's", () => {
    const first = sectionExcerpt(body, "project-overview");
    if (first?.kind === "prose") (first.pieces as string[]).push("Changed.");
    const second = sectionExcerpt(body, "project-overview");
    expect(second?.kind === "prose" && second.pieces).not.toContain("Changed.");
  });
});
