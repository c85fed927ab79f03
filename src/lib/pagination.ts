/** Splits a long list into numbered pages of at most `size` items, with the neighbours each page links to. */

/**
 * Questions on each page of a list of questions, the home page's and each topic's: a handbook of hundreds stays
 * pages a reader can scan and a phone can download.
 */
export const QUESTIONS_PER_PAGE = 24;

export interface ListPage<T> {
  /** 1-based. */
  readonly number: number;
  /** How many pages the list has (at least 1, even for an empty list). */
  readonly count: number;
  readonly items: readonly T[];
  /** Position of the first item of this page in the whole list, 1-based (0 for an empty list). */
  readonly first: number;
  readonly last: number;
  readonly total: number;
  readonly previous?: number | undefined;
  readonly next?: number | undefined;
}

/** Every page of `items`, `size` to a page; a list that fits on one page is one page without neighbours. */
export function paginate<T>(items: readonly T[], size: number): ListPage<T>[] {
  if (!Number.isInteger(size) || size < 1)
    throw new Error(`paginate: the page size must be a whole number of at least 1, not ${size}`);
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, i) => {
    const number = i + 1;
    const slice = items.slice(i * size, (i + 1) * size);
    return {
      number,
      count,
      items: slice,
      first: slice.length === 0 ? 0 : i * size + 1,
      last: i * size + slice.length,
      total: items.length,
      previous: number > 1 ? number - 1 : undefined,
      next: number < count ? number + 1 : undefined,
    };
  });
}

/** The number of the page that holds the item at `index` (0-based) of a list split `size` to a page. */
export function pageHolding(index: number, size: number): number {
  if (!Number.isInteger(size) || size < 1)
    throw new Error(`pageHolding: the page size must be a whole number of at least 1, not ${size}`);
  if (!Number.isInteger(index) || index < 0)
    throw new Error(`pageHolding: the position must be a whole number of at least 0, not ${index}`);
  return Math.floor(index / size) + 1;
}
