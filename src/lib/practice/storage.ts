/**
 * How practice state is stored: one JSON object under STORAGE_KEY with its format version in `v`. Data of an older
 * version is brought up to date by MIGRATIONS, one version at a time; data this site cannot read (a newer version,
 * a broken JSON text, wrong-typed fields) is never silently replaced: `decodePractice` says so, and the caller keeps
 * the original under `keptKey(raw)` (src/lib/practice/kept-copy.ts) before anything is written over it
 * (src/components/practice/store.ts).
 *
 * To change the format: bump CURRENT_VERSION, add `MIGRATIONS[old]` turning old data into the new shape, and teach
 * `readFields` below the new fields. The key's ":v1" is historical and stays.
 */
import { placeholderKey } from "../placeholders";
import { newCard } from "./records";
import type { Answers, MockRound, Schedule } from "./records";
import {
  DEFAULT_TIMER_MINUTES,
  MAX_FILLS,
  MAX_IDS,
  emptyState,
  isRecord,
  isTimerMinutes,
  isValidId,
  sanitiseFill,
  uniqueIds,
} from "./state";
import type { PracticeState } from "./state";

export const STORAGE_KEY = "site-practice:v1";

/**
 * The mark the pre-paint script (src/lib/inline-scripts.ts) puts on <html> when practice mode is on: practice.css
 * hides the answer under it until the practice bar takes over and removes it. One name for the script, the CSS
 * (tests/unit/practice/storage.test.ts checks the stylesheets use it) and the bar.
 */
export const PREFLIGHT = { attribute: "data-practice-preflight", dataset: "practicePreflight" } as const;

/** The format version this code writes. */
export const CURRENT_VERSION = 2;

/** Turns the data of one version into the data of the next (the version field is set by the caller); `now` dates what it adds. */
type Migration = (data: Readonly<Record<string, unknown>>, now: Date) => Record<string, unknown>;

/** Migrations by the version they read: `MIGRATIONS[1]` turns version 1 data into version 2. */
const MIGRATIONS: Readonly<Record<number, Migration>> = {
  /**
   * Version 2 adds the reader's records (answers, review schedule, mock rounds). A question practised before there
   * was a schedule gets a new card, due at once, so the reader's first review starts it.
   */
  1: (data, now) => {
    const practised = Array.isArray(data["practised"]) ? uniqueIds(data["practised"]) : [];
    return {
      ...data,
      answers: {},
      rounds: [],
      schedule: Object.fromEntries(practised.map((id) => [id, newCard(now)])),
    };
  },
};

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
  | {
      readonly status: "unreadable";
      readonly state: PracticeState;
      readonly reason: UnreadableReason;
      readonly from?: number;
    };

/**
 * Why stored data could not be read: not JSON, not an object, no format version, a newer format, an older one
 * without a migration, or a migration that failed. Codes rather than sentences keep this module small in the page;
 * the sentences are in src/components/practice/recovery.ts.
 */
export type UnreadableReason = "json" | "shape" | "version" | "newer" | "retired" | "migration";

export interface DecodeOptions {
  readonly version?: number;
  readonly migrations?: Readonly<Record<number, Migration>>;
  /** The time a migration dates what it adds with (the page's clock by default). */
  readonly now?: Date;
}

/** Reads what is stored under STORAGE_KEY. */
export function decodePractice(
  raw: string | null,
  { version = CURRENT_VERSION, migrations = MIGRATIONS, now = new Date() }: DecodeOptions = {},
): Decoded {
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
      current = { ...migrate(current, now), v: v + 1 };
    } catch {
      return { status: "unreadable", state: emptyState(), reason: "migration", from };
    }
  }
  const { state, problems } = readFields(current);
  if (problems.length > 0) return { status: "partial", state, problems };
  return from < version ? { status: "migrated", state, from } : { status: "read", state };
}

/** A state read from stored fields, with the fields that could not be used as they were. */
export interface FieldsRead {
  readonly state: PracticeState;
  /** Stored fields the state does not hold as they were (wrong type, bad entries, unknown); empty when all were used. */
  readonly problems: readonly string[];
}

/**
 * Reads the fields of a stored state (version already checked). Whatever is missing takes its default; whatever is
 * malformed is left out. A field is named in `problems` when the state does not hold it exactly as stored, so the
 * caller can keep the original before anything overwrites it.
 */
export function readFields(data: Readonly<Record<string, unknown>>): FieldsRead {
  const revealed: Record<string, string[]> = {};
  if (isRecord(data["revealed"])) {
    for (const [question, ids] of Object.entries(data["revealed"]).slice(0, MAX_IDS)) {
      if (!isValidId(question) || !Array.isArray(ids)) continue;
      const clean = uniqueIds(ids);
      if (clean.length > 0) revealed[question] = clean;
    }
  }

  const fills: Record<string, string> = {};
  if (isRecord(data["fills"])) {
    for (const [key, value] of Object.entries(data["fills"])) {
      if (Object.keys(fills).length >= MAX_FILLS) break;
      if (typeof value !== "string") continue;
      const cleanKey = placeholderKey(key);
      const cleanValue = sanitiseFill(value);
      if (cleanKey && cleanKey === key && cleanValue) fills[cleanKey] = cleanValue;
    }
  }

  const minutes = data["timerMinutes"];
  const state: PracticeState = {
    on: data["on"] === true,
    revealed,
    fills,
    practised: Array.isArray(data["practised"]) ? uniqueIds(data["practised"]) : [],
    timerMinutes: isTimerMinutes(minutes) ? minutes : DEFAULT_TIMER_MINUTES,
    answers: (isRecord(data["answers"]) ? data["answers"] : {}) as Answers,
    schedule: (isRecord(data["schedule"]) ? data["schedule"] : {}) as Schedule,
    rounds: (Array.isArray(data["rounds"]) ? data["rounds"] : []) as MockRound[],
  };
  // What was stored and is not in the state as it was: every such field is named.
  const kept: Readonly<Record<string, unknown>> = { ...state };
  const problems = Object.keys(data).filter(
    (key) => key !== "v" && JSON.stringify(data[key]) !== JSON.stringify(kept[key]),
  );
  return { state, problems };
}

/** The string stored under STORAGE_KEY for a state. */
export function encodePractice(state: PracticeState, version = CURRENT_VERSION): string {
  // The state's fields are the stored fields; the version goes first.
  return JSON.stringify({ v: version, ...state });
}
