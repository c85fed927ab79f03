/**
 * Where a copy of stored practice data that could not be read is kept, as it was: under a key named by the text's
 * own hash, so keeping the same data twice keeps one copy. Apart from practice-storage.ts so the browser loads it
 * only when a copy is needed.
 */

/** Keys of copies of stored data that could not be read. */
export const KEPT_KEY_PREFIX = "site-practice:kept:";

/** FNV-1a over UTF-16 code units, as 8 hex digits: a short, stable name for a text. */
export function textHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

/** The key a copy of `raw` is kept under. */
export function keptKey(raw: string): string {
  return `${KEPT_KEY_PREFIX}${textHash(raw)}`;
}
