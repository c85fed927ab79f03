/**
 * A count as prose writes it: words for small numbers ("eight answers"), digits with thousands separators for
 * big ones ("1,000 answers"), so text that says how many questions there are stays true as the handbook grows.
 */
import { digits } from "./text";

const WORDS = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
] as const;

/**
 * `count` in words up to twelve (capitalised when it starts a sentence), else in digits grouped by thousands:
 * `countWords(8)` is "eight", `countWords(8, true)` "Eight", `countWords(1000)` "1,000". Throws on a count that
 * is not a whole number of at least zero.
 */
export function countWords(count: number, capitalised = false): string {
  if (!Number.isSafeInteger(count) || count < 0)
    throw new Error(`countWords: expected a whole number of at least 0, got ${count}`);
  const word = WORDS[count];
  if (word === undefined) return digits(count);
  return capitalised ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}
