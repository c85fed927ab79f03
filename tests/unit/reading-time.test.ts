import { describe, expect, it } from "vitest";
import { CODE_LPM, PROSE_WPM, formatReadingTime, readingMinutes } from "../../src/lib/reading-time";

const words = (n: number) => Array.from({ length: n }, () => "word").join(" ");

describe("readingMinutes", () => {
  it("never reports less than one minute", () => {
    expect(readingMinutes("")).toBe(1);
    expect(readingMinutes("Short answer.")).toBe(1);
  });

  it("counts prose at the prose reading speed, rounding up", () => {
    expect(readingMinutes(words(PROSE_WPM * 3))).toBe(3);
    expect(readingMinutes(words(PROSE_WPM * 3 + 1))).toBe(4);
  });

  it("counts fenced code by lines, not words", () => {
    const code = ["```python", ...Array.from({ length: CODE_LPM * 2 }, (_, i) => `x_${i} = ${i}`), "```"].join("\n");
    expect(readingMinutes(code)).toBe(2);
  });

  it("does not count blank code lines", () => {
    const lines = Array.from({ length: CODE_LPM }, (_, i) => `line_${i}`);
    const withBlanks = ["```text", ...lines.flatMap((l) => [l, ""]), "```"].join("\n");
    // Exactly one minute of prose plus one minute of code: blank lines would push it to three.
    expect(readingMinutes(`${words(PROSE_WPM)}\n${withBlanks}`)).toBe(2);
  });

  it("ignores MDX tags, heading ids and link targets", () => {
    const md = `## Heading { #some-long-id }\n<AdaptNote>one two</AdaptNote> [three](../a-very/#long-target)`;
    expect(readingMinutes(md)).toBe(1);
    expect(readingMinutes(`${md}\n${words(PROSE_WPM - 4)}`)).toBe(1);
    expect(readingMinutes(`${md}\n${words(PROSE_WPM - 3)}`)).toBe(2);
  });
});

describe("formatReadingTime", () => {
  it("reads as a short label", () => {
    expect(formatReadingTime(4)).toBe("4 min read");
  });
});
