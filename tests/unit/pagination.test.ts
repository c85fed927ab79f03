import { describe, expect, it } from "vitest";
import { pageHolding, paginate, QUESTIONS_PER_PAGE } from "../../src/lib/pagination";

describe("paginate", () => {
  it("keeps a list that fits as one page with no neighbours", () => {
    const [only, ...rest] = paginate(["a", "b", "c"], 24);
    expect(rest).toEqual([]);
    expect(only).toEqual({
      number: 1,
      count: 1,
      items: ["a", "b", "c"],
      first: 1,
      last: 3,
      total: 3,
      previous: undefined,
      next: undefined,
    });
  });

  it("splits a long list into full pages and a shorter last one, each linked to its neighbours", () => {
    const items = Array.from({ length: 10 }, (_, i) => i + 1);
    const result = paginate(items, 4);
    expect(result.map((p) => p.items)).toEqual([
      [1, 2, 3, 4],
      [5, 6, 7, 8],
      [9, 10],
    ]);
    expect(result.map((p) => [p.previous, p.number, p.next])).toEqual([
      [undefined, 1, 2],
      [1, 2, 3],
      [2, 3, undefined],
    ]);
    expect(result.map((p) => [p.first, p.last])).toEqual([
      [1, 4],
      [5, 8],
      [9, 10],
    ]);
    expect(result.every((p) => p.count === 3 && p.total === 10)).toBe(true);
  });

  it("gives an empty list one empty page", () => {
    expect(paginate([], 5)).toEqual([
      { number: 1, count: 1, items: [], first: 0, last: 0, total: 0, previous: undefined, next: undefined },
    ]);
  });

  it("refuses a page size that is not a whole number of at least 1, naming it", () => {
    expect(() => paginate([1], 0)).toThrow("the page size must be a whole number of at least 1, not 0");
    expect(() => paginate([1], 2.5)).toThrow("not 2.5");
  });
});

describe("pageHolding", () => {
  it("finds the page of an item by its position, agreeing with paginate at every page's edges", () => {
    const items = Array.from({ length: 49 }, (_, i) => i);
    const pages = paginate(items, 24);
    for (const page of pages) for (const item of page.items) expect(pageHolding(item, 24)).toBe(page.number);
    expect([0, 23, 24, 47, 48].map((i) => pageHolding(i, 24))).toEqual([1, 1, 2, 2, 3]);
    expect(pageHolding(0, 1)).toBe(1);
    expect(pageHolding(999, QUESTIONS_PER_PAGE)).toBe(42);
  });

  it("refuses a position or a page size that is not a whole number, naming it", () => {
    expect(() => pageHolding(-1, 24)).toThrow("the position must be a whole number of at least 0, not -1");
    expect(() => pageHolding(1.5, 24)).toThrow("not 1.5");
    expect(() => pageHolding(0, 0)).toThrow("the page size must be a whole number of at least 1, not 0");
  });
});
