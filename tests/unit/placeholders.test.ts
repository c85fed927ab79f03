import { describe, expect, it } from "vitest";
import {
  MAX_PLACEHOLDER_NAME,
  PLACEHOLDER_NAME,
  PLACEHOLDER_PATTERN,
  placeholderKey,
} from "../../src/lib/placeholders";

describe("placeholderKey", () => {
  it("makes lower-case words joined by single hyphens", () => {
    expect(placeholderKey("Company/Domain")).toBe("company-domain");
    expect(placeholderKey("relevant background information")).toBe("relevant-background-information");
    expect(placeholderKey("  role ")).toBe("role");
  });

  it("is null when nothing usable is left", () => {
    expect(placeholderKey("!!!")).toBeNull();
    expect(placeholderKey("")).toBeNull();
  });

  it("caps keys, and a name at the longest allowed keeps its whole key", () => {
    expect(placeholderKey("a".repeat(80))).toHaveLength(MAX_PLACEHOLDER_NAME);
    const longest = `A${"b".repeat(MAX_PLACEHOLDER_NAME - 1)}`;
    expect(PLACEHOLDER_NAME.test(longest)).toBe(true);
    expect(placeholderKey(longest)).toBe(longest.toLowerCase());
    expect(placeholderKey("x-".repeat(30))).not.toMatch(/-$/);
  });
});

describe("what counts as a placeholder", () => {
  it("finds bracketed names starting with a letter in running text", () => {
    const text =
      "Tell me about [Company/Domain] and [role], not [1] or x[] or [" + "a".repeat(MAX_PLACEHOLDER_NAME + 1) + "]";
    expect([...text.matchAll(PLACEHOLDER_PATTERN)].map((m) => m[1])).toEqual(["Company/Domain", "role"]);
  });

  it("takes a whole name as a <Placeholder> holds it", () => {
    expect(PLACEHOLDER_NAME.test("Company/Domain")).toBe(true);
    expect(PLACEHOLDER_NAME.test("1st")).toBe(false);
    expect(PLACEHOLDER_NAME.test("a]b")).toBe(false);
    expect(PLACEHOLDER_NAME.test("a".repeat(MAX_PLACEHOLDER_NAME + 1))).toBe(false);
  });
});
