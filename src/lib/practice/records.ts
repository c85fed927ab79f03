/**
 * What the reader writes and earns in practice, beside practice mode's settings: their answers per question and
 * section, the review schedule (one FSRS card per question, src/lib/practice/review.ts) and mock rounds. The page
 * that only folds an answer keeps these as stored (src/lib/practice/state.ts checks their outer shape only, so the
 * question page stays light); `checkRecords` (records-check.ts) checks them in depth where they are used. This
 * module holds only their types and constants, so importing it costs a page nothing.
 */
import type { TimerState } from "./timer";

/** Longest answer kept for one section, in characters (about four pages of text). */
export const MAX_ANSWER_LENGTH = 10_000;
/** Most mock rounds kept; the oldest finished round goes first. */
export const MAX_ROUNDS = 50;

/** The reader's answers: question id -> section id -> text. */
export type Answers = Readonly<Record<string, Readonly<Record<string, string>>>>;

/** FSRS's card for one question, as stored: ts-fsrs's Card with its dates as ISO strings, and the last rating. */
export interface ReviewCard {
  readonly due: string;
  readonly stability: number;
  readonly difficulty: number;
  readonly elapsed_days: number;
  readonly scheduled_days: number;
  readonly learning_steps: number;
  readonly reps: number;
  readonly lapses: number;
  /** ts-fsrs State: 0 new, 1 learning, 2 review, 3 relearning. */
  readonly state: 0 | 1 | 2 | 3;
  readonly last_review?: string;
  /** The last rating given: 1 Again, 2 Hard, 3 Good, 4 Easy. */
  readonly rating?: 1 | 2 | 3 | 4;
}

/** Question id -> its review card. */
export type Schedule = Readonly<Record<string, ReviewCard>>;

/** How well the reader covered one heading of the rubric: 2 covered, 1 partly, 0 missed. */
export type Score = 0 | 1 | 2;

/** One mock round, in progress (no `finished`) or done. */
export interface MockRound {
  /** When it started (ISO): also its name. */
  readonly started: string;
  readonly finished?: string;
  /** Minutes per question. */
  readonly minutes: number;
  /** Topics chosen, or none for every topic. */
  readonly topics: readonly string[];
  /** Question ids in the order asked. */
  readonly questions: readonly string[];
  /** The question being asked (an index into `questions`). */
  readonly index: number;
  /** Answering (timer running or paused) or scoring the current question. */
  readonly phase: "answer" | "score";
  readonly timer: TimerState;
  /** Question id -> rubric heading id -> score, for the questions scored so far. */
  readonly scores: Readonly<Record<string, Readonly<Record<string, Score>>>>;
}

/** A new card: due at once (the question has not been reviewed yet). */
export function newCard(now: Date): ReviewCard {
  return {
    due: now.toISOString(),
    stability: 0,
    difficulty: 0,
    elapsed_days: 0,
    scheduled_days: 0,
    learning_steps: 0,
    reps: 0,
    lapses: 0,
    state: 0,
  };
}

/** The records of a state. */
export interface Records {
  readonly answers: Answers;
  readonly schedule: Schedule;
  readonly rounds: readonly MockRound[];
}
