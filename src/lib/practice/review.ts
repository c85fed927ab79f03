/**
 * The review schedule's scheduler: FSRS through ts-fsrs (loaded only when the reader rates). Days, not minutes:
 * short-term learning steps are off, since an interview question is reviewed at most once a day; no fuzz, so the
 * same ratings give the same dates. Time is an argument, so tests and the page's clock agree.
 */
import { fsrs, Rating } from "ts-fsrs";
import type { Card, Grade } from "ts-fsrs";
import { newCard } from "./records";
import type { ReviewCard } from "./records";
import type { PracticeState } from "./state";

const scheduler = fsrs({ enable_fuzz: false, enable_short_term: false });

/** The four answers to "how well did you recall it?", worst first, with the ts-fsrs grade of each. */
export const RATINGS = [
  { grade: Rating.Again, label: "Again", hint: "I could not recall it" },
  { grade: Rating.Hard, label: "Hard", hint: "Recalled with serious difficulty" },
  { grade: Rating.Good, label: "Good", hint: "Recalled after some thought" },
  { grade: Rating.Easy, label: "Easy", hint: "Recalled at once" },
] as const;

export type Grade1to4 = 1 | 2 | 3 | 4;

function toCard(card: ReviewCard): Card {
  const { due, last_review, rating: _rating, ...rest } = card;
  return { ...rest, due: new Date(due), ...(last_review ? { last_review: new Date(last_review) } : {}) };
}

function fromCard(card: Card, rating: Grade1to4): ReviewCard {
  return {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as ReviewCard["state"],
    ...(card.last_review ? { last_review: card.last_review.toISOString() } : {}),
    rating,
  };
}

/** The card after rating a review `now` (a question never rated starts as a new card). */
export function rate(card: ReviewCard | undefined, grade: Grade1to4, now: Date): ReviewCard {
  return fromCard(scheduler.next(toCard(card ?? newCard(now)), now, grade as Grade).card, grade);
}

/** When each rating would bring the question back, for the buttons' hints: the card each rating gives. */
export function preview(card: ReviewCard | undefined, now: Date): Record<Grade1to4, ReviewCard> {
  return { 1: rate(card, 1, now), 2: rate(card, 2, now), 3: rate(card, 3, now), 4: rate(card, 4, now) };
}

/** The state with question `id` rated `grade` at `now`. */
export function rateQuestion(state: PracticeState, id: string, grade: Grade1to4, now: Date): PracticeState {
  return { ...state, schedule: { ...state.schedule, [id]: rate(state.schedule[id], grade, now) } };
}
