import { describe, expect, it } from "vitest";
import { digits, escapeHtml, escapeRegExp, oneLine, plural } from "../../src/lib/text";

describe("escapeRegExp", () => {
  it("makes every metacharacter literal", () => {
    const raw = "a.b*c+d?e^f$g{h}i(j)k|l[m]n\\o";
    expect(new RegExp(`^${escapeRegExp(raw)}$`).test(raw)).toBe(true);
    expect(new RegExp(escapeRegExp("a.c")).test("abc")).toBe(false);
  });
});

describe("escapeHtml", () => {
  it("escapes markup and both quotes, ampersands first", () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe(
      "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;",
    );
  });
});

describe("plural", () => {
  it("adds an s unless the count is one", () => {
    expect(plural(0, "section")).toBe("0 sections");
    expect(plural(1000, "section")).toBe("1,000 sections");
    expect(digits(8)).toBe("8");
    expect(digits(12345)).toBe("12,345");
    expect(plural(1, "section")).toBe("1 section");
    expect(plural(2, "question")).toBe("2 questions");
  });

  it("takes an irregular plural", () => {
    expect(plural(1, "match", "matches")).toBe("1 match");
    expect(plural(3, "more section matches", "more sections match")).toBe("3 more sections match");
  });
});

describe("oneLine", () => {
  it("folds every run of whitespace, newlines and tabs too, into one space and trims the ends", () => {
    expect(oneLine("  Retrieval,\n\t grounded   answers \r\n")).toBe("Retrieval, grounded answers");
    expect(oneLine(" \n ")).toBe("");
  });
});
