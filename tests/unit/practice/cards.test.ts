import { describe, expect, it } from "vitest";
import { cardsDescription, cardsLead } from "../../../src/lib/practice/cards";
import { paginate } from "../../../src/lib/pagination";

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
