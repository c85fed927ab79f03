/**
 * Practice mode's state, kept in the reader's browser only: whether practice mode is on,
 * which answer sections are revealed, the reader's words for placeholders, which questions
 * are practised, the chosen timer length, and the reader's records (answers, review schedule,
 * mock rounds: src/lib/practice/records.ts). Pure functions: every change returns a new
 * state. How it is stored (format version, migrations, data it cannot read) is
 * src/lib/practice/storage.ts.
 */
import { placeholderKey } from "../placeholders";
import type { Answers, MockRound, Schedule } from "./records";

/** Timer lengths offered, in minutes. */
export const TIMER_CHOICES = [1, 2, 3, 5] as const;
export type TimerMinutes = (typeof TIMER_CHOICES)[number];
export const DEFAULT_TIMER_MINUTES: TimerMinutes = 2;

/** Longest fill-in kept, in characters; the input's maxlength says the same. */
export const MAX_FILL_LENGTH = 60;
export const MAX_FILLS = 50;
export const MAX_IDS = 100;
const ID = /^[a-z0-9][a-z0-9-]{0,99}$/;

export interface PracticeState {
  /** Practice mode on: answers collapse to their outline on every question page. */
  readonly on: boolean;
  /** Revealed section ids (heading ids, or "intro"), by question id. */
  readonly revealed: Readonly<Record<string, readonly string[]>>;
  /** The reader's words, by placeholder key ("company-domain"). */
  readonly fills: Readonly<Record<string, string>>;
  /** Ids of questions the reader marked as practised, in the order they were marked. */
  readonly practised: readonly string[];
  readonly timerMinutes: TimerMinutes;
  /**
   * The reader's records. Read here by their outer shape only and kept as stored, so a page that only folds an
   * answer need not load their checks; `checkRecords` (records.ts) checks them in depth before they are used.
   */
  readonly answers: Answers;
  readonly schedule: Schedule;
  readonly rounds: readonly MockRound[];
}

export function emptyState(): PracticeState {
  return {
    on: false,
    revealed: {},
    fills: {},
    practised: [],
    timerMinutes: DEFAULT_TIMER_MINUTES,
    answers: {},
    schedule: {},
    rounds: [],
  };
}

/** A question or section id as the site makes them: lower-case letters, digits, hyphens. */
export function isValidId(value: unknown): value is string {
  return typeof value === "string" && ID.test(value);
}

/** A fill-in as it will be shown: one line, no control characters, trimmed, at most MAX_FILL_LENGTH. */
export function sanitiseFill(value: string): string {
  return (
    value
      // Control characters (line breaks included) would break the line the placeholder sits in.
      .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " ")
      .replace(/\s+/g, " ")
      .trim()
      .slice(0, MAX_FILL_LENGTH)
      .trim()
  );
}

/** Valid ids of `values`, each once, at most MAX_IDS. */
export function uniqueIds(values: readonly unknown[]): string[] {
  return [...new Set(values.filter(isValidId))].slice(0, MAX_IDS);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function isTimerMinutes(value: unknown): value is TimerMinutes {
  return TIMER_CHOICES.includes(value as TimerMinutes);
}

/* ---- practice mode and revealed sections ---- */

/** Switches practice mode; switching it on starts the question afresh with every section hidden. */
export function setPracticeOn(state: PracticeState, on: boolean, questionId?: string): PracticeState {
  const next = { ...state, on };
  return on && questionId ? setRevealed(next, questionId, []) : next;
}

export function revealedSections(state: PracticeState, questionId: string): readonly string[] {
  return state.revealed[questionId] ?? [];
}

export function isRevealed(state: PracticeState, questionId: string, sectionId: string): boolean {
  return revealedSections(state, questionId).includes(sectionId);
}

/** Replaces the revealed sections of one question (an empty list forgets the question). */
export function setRevealed(state: PracticeState, questionId: string, sectionIds: readonly string[]): PracticeState {
  if (!isValidId(questionId)) return state;
  const { [questionId]: _old, ...rest } = state.revealed;
  const clean = uniqueIds(sectionIds);
  return { ...state, revealed: clean.length > 0 ? { ...rest, [questionId]: clean } : rest };
}

export function setSectionRevealed(
  state: PracticeState,
  questionId: string,
  sectionId: string,
  revealed: boolean,
): PracticeState {
  const current = revealedSections(state, questionId);
  const next = revealed ? [...current, sectionId] : current.filter((id) => id !== sectionId);
  return setRevealed(state, questionId, next);
}

/* ---- fill-ins ---- */

/** Stores the reader's words for a placeholder; empty words remove it. Invalid keys change nothing. */
export function setFill(state: PracticeState, key: string, value: string): PracticeState {
  const cleanKey = placeholderKey(key);
  if (!cleanKey) return state;
  const { [cleanKey]: _old, ...rest } = state.fills;
  const cleanValue = sanitiseFill(value);
  if (!cleanValue) return { ...state, fills: rest };
  if (Object.keys(rest).length >= MAX_FILLS) return state;
  return { ...state, fills: { ...rest, [cleanKey]: cleanValue } };
}

/** Clears the given placeholders' words, or all of them when no keys are given. */
export function clearFills(state: PracticeState, keys?: readonly string[]): PracticeState {
  if (!keys) return { ...state, fills: {} };
  const drop = new Set(keys);
  return { ...state, fills: Object.fromEntries(Object.entries(state.fills).filter(([key]) => !drop.has(key))) };
}

/* ---- progress ---- */

export function isPractised(state: PracticeState, questionId: string): boolean {
  return state.practised.includes(questionId);
}

export function setPractised(state: PracticeState, questionId: string, practised: boolean): PracticeState {
  if (!isValidId(questionId)) return state;
  const rest = state.practised.filter((id) => id !== questionId);
  return { ...state, practised: practised ? uniqueIds([...rest, questionId]) : rest };
}

/** Whether the question page needs its practice session (answers, review): practice mode, or records of the question. */
export function hasSession(state: PracticeState, questionId: string): boolean {
  return state.on || isPractised(state, questionId) || questionId in state.schedule || questionId in state.answers;
}

/**
 * Whether a question other than `current` (the one being read, if any) is practised. Until one is, the
 * next unpractised question is simply the next in reading order, which a page knows from its build;
 * after that the widgets need the site's question list.
 */
export function practisedOtherThan(state: PracticeState, current?: string): boolean {
  return state.practised.some((id) => id !== current);
}

/** How many of the site's questions are practised (ids no longer on the site do not count). */
export function practisedCount(state: PracticeState, questionIds: readonly string[]): number {
  return questionIds.filter((id) => state.practised.includes(id)).length;
}

/**
 * The first unpractised question in reading order, starting after `after` and wrapping
 * around; undefined when every question is practised.
 */
export function nextUnpractised(
  state: PracticeState,
  questionIds: readonly string[],
  after?: string,
): string | undefined {
  const start = after ? questionIds.indexOf(after) + 1 : 0;
  const ordered = [...questionIds.slice(start), ...questionIds.slice(0, start)];
  return ordered.find((id) => id !== after && !isPractised(state, id));
}

/**
 * A random question, preferring unpractised ones and never `exclude` when there is another.
 * `random` returns a number in [0, 1), like Math.random, so tests can fix it.
 */
export function randomQuestion(
  state: PracticeState,
  questionIds: readonly string[],
  random: () => number,
  exclude?: string,
): string | undefined {
  const others = questionIds.filter((id) => id !== exclude);
  const unpractised = others.filter((id) => !isPractised(state, id));
  const pool = unpractised.length > 0 ? unpractised : others.length > 0 ? others : [...questionIds];
  if (pool.length === 0) return undefined;
  const index = Math.min(pool.length - 1, Math.max(0, Math.floor(random() * pool.length)));
  return pool[index];
}

/** Forgets progress (practised questions and revealed sections); keeps the mode, the words and the timer length. */
export function resetProgress(state: PracticeState): PracticeState {
  return { ...state, practised: [], revealed: {} };
}

export function setTimerMinutes(state: PracticeState, minutes: number): PracticeState {
  return isTimerMinutes(minutes) ? { ...state, timerMinutes: minutes } : state;
}
