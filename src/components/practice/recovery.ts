/**
 * What store.ts does when stored practice data cannot be read, or storage refuses a write: rare, so it is loaded
 * only then. Unreadable data is copied, unchanged, under a key named by its content (src/lib/practice/kept-copy.ts)
 * before anything else is written, and the reader can download the original.
 */
import { keptKey, textHash } from "~/lib/practice/kept-copy";
import { unreadNotice } from "~/lib/practice/notices";
import type { Unread } from "~/lib/practice/notices";
import type { SafeStorage } from "~/lib/safe-storage";
import { downloadLink as fileLink } from "./download";

export { writeNotice } from "~/lib/practice/notices";

/**
 * Keeps `raw` aside and tells the reader through `announce`, with a link that downloads the original; returns
 * whether it is kept (only then may the page write).
 */
export function keepAside(
  storage: SafeStorage,
  raw: string,
  decoded: Unread,
  announce: (text: string, link?: Node) => void,
): boolean {
  const key = keptKey(raw);
  const existing = storage.read(key);
  const kept = (existing.ok && existing.value === raw ? "saved" : storage.write(key, raw)) === "saved";
  announce(
    unreadNotice(decoded, kept ? key : undefined),
    fileLink("Download the original", `practice-data-${textHash(raw)}.json`, raw, "application/json"),
  );
  return kept;
}
