import { describe, expect, it } from "vitest";
import { cardsDescription, cardsLead } from "../../../src/lib/practice/cards";
import { paginate } from "../../../src/lib/pagination";
import { pages as routes } from "../../../src/lib/routes";

const cards = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe("cardsDescription", () => {
  it("keeps the one-page wording, with the count in words", () => {
    const [page] = paginate(cards(8), 100);
    expect(cardsDescription(page!)).toBe(
      "The eight interview questions alone, one per card, to print and answer out loud before reading the answers.",
    );
  });

  it("names which questions a page of many holds", () => {
    const pages = paginate(cards(1000), 100);
    expect(cardsDescription(pages[1]!)).toBe(
      "Interview questions 101 to 200 of 1,000 alone, one per card, to print and answer out loud before reading the answers.",
    );
  });
});

describe("cardsLead", () => {
  it("keeps the one-page wording", () => {
    expect(cardsLead(paginate(cards(8), 100)[0]!)).toBe(
      "The 8 questions without their answers. Print them (two to a page), cut along the dashed lines, and answer each one out loud before you read ours.",
    );
  });

  it("says which questions a page of many holds", () => {
    expect(cardsLead(paginate(cards(1000), 100)[9]!)).toMatch(
      /^Questions 901–1,000 of 1,000, without their answers\. Print/,
    );
  });
});

describe("pages of cards", () => {
  it("splits 1,000 cards into ten pages of 100 linked in order, the first at /practice/cards/", () => {
    const pages = paginate(cards(1000), 100);
    expect(pages).toHaveLength(10);
    expect(pages.map((p) => [p.first, p.last])).toEqual(
      Array.from({ length: 10 }, (_, i) => [i * 100 + 1, i * 100 + 100]),
    );
    expect([pages[0]!.previous, pages[0]!.next]).toEqual([undefined, 2]);
    expect([pages[9]!.previous, pages[9]!.next]).toEqual([9, undefined]);
    expect(pages.map((p) => routes.practiceCards(p.number))).toEqual([
      "practice/cards/",
      ...Array.from({ length: 9 }, (_, i) => `practice/cards/page/${i + 2}/`),
    ]);
  });

  it("keeps eight cards on one page without neighbours", () => {
    const [only, ...rest] = paginate(cards(8), 100);
    expect(rest).toEqual([]);
    expect([only!.count, only!.previous, only!.next]).toEqual([1, undefined, undefined]);
  });
});
