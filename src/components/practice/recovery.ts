/**
 * What practice-store.ts does when stored practice data cannot be read, or storage refuses a write: rare, so it is
 * loaded only then. Unreadable data is copied, unchanged, under a key named by its content (src/lib/practice/kept-copy.ts)
 * before anything else is written.
 */
import { keptKey } from "~/lib/practice/kept-copy";
import { unreadNotice } from "~/lib/practice/notices";
import type { Unread } from "~/lib/practice/notices";
import type { SafeStorage } from "~/lib/safe-storage";

export { writeNotice } from "~/lib/practice/notices";

/** Keeps `raw` aside; returns whether it is kept (only then may the page write) and what to tell the reader. */
export function keepAside(storage: SafeStorage, raw: string, decoded: Unread): { kept: boolean; notice: string } {
  const key = keptKey(raw);
  const existing = storage.read(key);
  const kept = (existing.ok && existing.value === raw ? "saved" : storage.write(key, raw)) === "saved";
  return { kept, notice: unreadNotice(decoded, kept ? key : undefined) };
}
