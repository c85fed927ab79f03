/** The words of the printable question cards (`/practice/cards/`), one page of cards or many. */
import { digits } from "../text";
import { countWords } from "../count-words";
import type { ListPage } from "../pagination";

/** Where a page of cards stands in the whole set: what it holds, and how many there are. */
type CardsPage = Pick<ListPage<unknown>, "first" | "last" | "total" | "count">;

/** A position in the set, in digits grouped by thousands ("1,000"). */
const at = digits;

const USE = "alone, one per card, to print and answer out loud before reading the answers.";

/** The meta description of a page of cards: every question on one page, or which of them this page holds. */
export function cardsDescription(page: CardsPage): string {
  if (page.count <= 1) return `The ${countWords(page.total)} interview questions ${USE}`;
  return `Interview questions ${at(page.first)} to ${at(page.last)} of ${countWords(page.total)} ${USE}`;
}

/** The lead under the page's heading. */
export function cardsLead(page: CardsPage): string {
  const what =
    page.count <= 1
      ? `The ${page.total} questions without their answers.`
      : `Questions ${at(page.first)}–${at(page.last)} of ${countWords(page.total)}, without their answers.`;
  return `${what} Print them (two to a page), cut along the dashed lines, and answer each one out loud before you read ours.`;
}
