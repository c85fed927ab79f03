/** Small text helpers shared by build code and browser code. */

/** `text` with every RegExp metacharacter escaped, for building a pattern from words. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** `text` safe inside HTML text and double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

const COUNT = new Intl.NumberFormat("en");

/** A count in digits grouped by thousands: "8", "1,000". */
export function digits(count: number): string {
  return COUNT.format(count);
}

/**
 * A count with its noun: `plural(1, "section")` is "1 section", `plural(3, "match", "matches")` "3 matches",
 * `plural(1000, "section")` "1,000 sections".
 */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${digits(count)} ${count === 1 ? one : many}`;
}

/** `text` on one line: every run of whitespace (newlines too) one space, none at either end. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
