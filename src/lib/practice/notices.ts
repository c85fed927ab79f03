/**
 * What the reader is told when stored practice data could not be read or saved (shown by src/components/practice/store.ts
 * in the practice notice). Apart from practice-storage.ts so pages load these words only when they are needed.
 */
import type { Decoded, UnreadableReason } from "./storage";
import type { WriteResult } from "../safe-storage";

export type Unread = Extract<Decoded, { status: "partial" | "unreadable" }>;

/** Why stored data could not be read, in words, by the code decodePractice gives. */
const REASONS: Readonly<Record<UnreadableReason, (from: number | undefined) => string>> = {
  json: () => "it is not valid JSON",
  shape: () => "it is not practice data",
  version: () => "it has no format version",
  newer: (from) => `it was saved by a newer version of this site (format ${from})`,
  retired: (from) => `it is in format ${from}, which this site no longer reads`,
  migration: (from) => `it is in format ${from} and could not be brought up to date`,
};

/** "the field practised", "the fields on and fills.role", "the fields a, b, c and 2 more". */
export function fieldList(fields: readonly string[]): string {
  const noun = fields.length === 1 ? "field" : "fields";
  if (fields.length > 3) return `the ${noun} ${fields.slice(0, 3).join(", ")} and ${fields.length - 3} more`;
  const list = fields.length > 1 ? `${fields.slice(0, -1).join(", ")} and ${fields.at(-1)}` : (fields[0] ?? "");
  return `the ${noun} ${list}`;
}

/** The notice for data that could not be read: what happened, and where the original is kept (or that nothing is saved). */
export function unreadNotice(decoded: Unread, keptUnder: string | undefined): string {
  const what =
    decoded.status === "partial"
      ? `Part of your saved practice progress could not be read (${fieldList(decoded.problems)}); the rest is used.`
      : `Your saved practice progress could not be read: ${REASONS[decoded.reason](decoded.from)}. Practice starts afresh here.`;
  return keptUnder
    ? `${what} The original is kept unchanged in this browser's storage for the site, under “${keptUnder}”.`
    : `${what} This browser has no room to keep a copy, so nothing you do here is saved and the original stays as it is.`;
}

/** The notice for a write storage refused. */
export function writeNotice(result: Exclude<WriteResult, "saved">): string {
  return result === "blocked"
    ? "This browser does not let the site store anything, so your practice progress lasts only while this page is open."
    : "This browser's storage for the site is full, so your latest practice progress was not saved.";
}
