/**
 * How practice state is stored: one JSON object under STORAGE_KEY with its format version in `v`. Data of an older
 * version is brought up to date by MIGRATIONS, one version at a time; data this site cannot read (a newer version,
 * a broken JSON text, wrong-typed fields) is never silently replaced: `decodePractice` says so, and the caller keeps
 * the original under `keptKey(raw)` (src/lib/practice/kept-copy.ts) before anything is written over it
 * (src/components/practice/store.ts).
 *
 * To change the format: bump CURRENT_VERSION, add `MIGRATIONS[old]` turning old data into the new shape, and teach
 * `readFields` (src/lib/practice/state.ts) the new fields. The key's ":v1" is historical and stays.
 */
import { emptyState, isRecord, readFields, stateFields } from "./state";
import type { PracticeState } from "./state";

export const STORAGE_KEY = "site-practice:v1";

/**
 * The mark the pre-paint script (src/lib/inline-scripts.ts) puts on <html> when practice mode is on: practice.css
 * hides the answer under it until the practice bar takes over and removes it. One name for the script, the CSS
 * (tests/unit/practice/storage.test.ts checks the stylesheets use it) and the bar.
 */
export const PREFLIGHT = { attribute: "data-practice-preflight", dataset: "practicePreflight" } as const;

/** The format version this code writes. */
export const CURRENT_VERSION = 1;

/** Turns the data of one version into the data of the next (the version field is set by the caller). */
export type Migration = (data: Readonly<Record<string, unknown>>) => Record<string, unknown>;

/** Migrations by the version they read: `MIGRATIONS[1]` turns version 1 data into version 2. None yet. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

export type Decoded =
  /** Nothing stored: the defaults. */
  | { readonly status: "empty"; readonly state: PracticeState }
  /** Read in full. */
  | { readonly status: "read"; readonly state: PracticeState }
  /** Read in full after migrating from an older version; the next write stores the current version. */
  | { readonly status: "migrated"; readonly state: PracticeState; readonly from: number }
  /** Read in part: `problems` names the fields left out. Keep the original before writing. */
  | { readonly status: "partial"; readonly state: PracticeState; readonly problems: readonly string[] }
  /** Not read at all (the defaults are used): `reason` says why, `from` is the format it was in. Keep the original before writing. */
  | { readonly status: "unreadable"; readonly state: PracticeState; readonly reason: UnreadableReason; readonly from?: number };

/**
 * Why stored data could not be read: not JSON, not an object, no format version, a newer format, an older one
 * without a migration, or a migration that failed. Codes rather than sentences keep this module small in the page;
 * the sentences are in src/components/practice/recovery.ts.
 */
export type UnreadableReason = "json" | "shape" | "version" | "newer" | "retired" | "migration";

export interface DecodeOptions {
  readonly version?: number;
  readonly migrations?: Readonly<Record<number, Migration>>;
}

/** Reads what is stored under STORAGE_KEY. */
export function decodePractice(raw: string | null, { version = CURRENT_VERSION, migrations = MIGRATIONS }: DecodeOptions = {}): Decoded {
  if (raw === null || raw === "") return { status: "empty", state: emptyState() };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { status: "unreadable", state: emptyState(), reason: "json" };
  }
  if (!isRecord(data)) return { status: "unreadable", state: emptyState(), reason: "shape" };
  const from = data["v"];
  if (typeof from !== "number" || !Number.isInteger(from) || from < 1) {
    return { status: "unreadable", state: emptyState(), reason: "version" };
  }
  if (from > version) {
    return { status: "unreadable", state: emptyState(), reason: "newer", from };
  }
  let current: Record<string, unknown> = data;
  for (let v = from; v < version; v++) {
    const migrate = migrations[v];
    if (!migrate) return { status: "unreadable", state: emptyState(), reason: "retired", from };
    try {
      current = { ...migrate(current), v: v + 1 };
    } catch {
      return { status: "unreadable", state: emptyState(), reason: "migration", from };
    }
  }
  const { state, problems } = readFields(current);
  if (problems.length > 0) return { status: "partial", state, problems };
  return from < version ? { status: "migrated", state, from } : { status: "read", state };
}

/** The string stored under STORAGE_KEY for a state. */
export function encodePractice(state: PracticeState, version = CURRENT_VERSION): string {
  return JSON.stringify({ v: version, ...stateFields(state) });
}
