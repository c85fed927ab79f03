import { describe, expect, it } from "vitest";
import { countWords } from "../../src/lib/count-words";

describe("countWords", () => {
  it("writes small counts as words, capitalised when asked", () => {
    expect(countWords(0)).toBe("zero");
    expect(countWords(1)).toBe("one");
    expect(countWords(8)).toBe("eight");
    expect(countWords(8, true)).toBe("Eight");
    expect(countWords(12, true)).toBe("Twelve");
  });

  it("writes bigger counts in digits, grouped by thousands", () => {
    expect(countWords(13)).toBe("13");
    expect(countWords(13, true)).toBe("13");
    expect(countWords(999)).toBe("999");
    expect(countWords(1000)).toBe("1,000");
    expect(countWords(25000)).toBe("25,000");
    expect(countWords(1234567)).toBe("1,234,567");
  });

  it("refuses a count that is not a whole number of at least zero", () => {
    expect(() => countWords(-1)).toThrow("expected a whole number of at least 0, got -1");
    expect(() => countWords(2.5)).toThrow("got 2.5");
    expect(() => countWords(Number.NaN)).toThrow("got NaN");
  });
});
