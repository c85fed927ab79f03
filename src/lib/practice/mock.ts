/**
 * A mock round as plain data: questions drawn in random order (optionally from some topics), one at a time with a
 * timer, each scored heading by heading against its rubric (src/lib/practice/outline.ts), and a summary with the
 * score per question, the weakest topics, and the review rating each score gives. Randomness and time come in as
 * arguments; the round in progress lives in the practice state, so a reload resumes it.
 */
import { rubric } from "./outline";
import type { Outline, OutlineIndex, OutlineIndexQuestion } from "./outline";
import { MAX_ROUNDS } from "./records";
import type { MockRound, Score } from "./records";
import type { PracticeState } from "./state";
import { createTimer } from "./timer";

/** How many questions a round may have: a number, or every question that fits the topics. */
export const ROUND_SIZES = [3, 5, "all"] as const;
export type RoundSize = (typeof ROUND_SIZES)[number];
/** Minutes per question offered. */
export const ROUND_MINUTES = [2, 3, 5, 8] as const;

/** The questions that treat any of `topics` (in the question's own topics or a section's), or all when none is given. */
export function questionsFor(index: OutlineIndex, topics: readonly string[]): OutlineIndexQuestion[] {
  if (topics.length === 0) return [...index.questions];
  return index.questions.filter(
    (q) => q.topics.some((t) => topics.includes(t)) || q.sectionTopics.some((t) => topics.includes(t)),
  );
}

/** Fisher–Yates with the given source of randomness (`random()` in [0, 1)). */
export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const list = [...items];
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.min(i, Math.floor(random() * (i + 1)));
    [list[i], list[j]] = [list[j] as T, list[i] as T];
  }
  return list;
}

/** The unfinished round of a state, if any (the last round, when it has no `finished`). */
export function currentRound(state: PracticeState): MockRound | undefined {
  const last = state.rounds.at(-1);
  return last && !last.finished ? last : undefined;
}

/** A new round: `size` questions of `topics` in random order, `minutes` each; undefined when no question fits. */
export function newRound(
  index: OutlineIndex,
  options: { size: RoundSize; minutes: number; topics: readonly string[] },
  random: () => number,
  now: Date,
): MockRound | undefined {
  const pool = shuffle(questionsFor(index, options.topics), random);
  const questions = (options.size === "all" ? pool : pool.slice(0, options.size)).map((q) => q.id);
  if (questions.length === 0) return undefined;
  return {
    started: now.toISOString(),
    minutes: options.minutes,
    topics: [...options.topics],
    questions,
    index: 0,
    phase: "answer",
    timer: createTimer(options.minutes),
    scores: {},
  };
}

/** The state with `round` as its current round (replacing an unfinished one), keeping at most MAX_ROUNDS. */
export function putRound(state: PracticeState, round: MockRound): PracticeState {
  const rest = state.rounds.filter((r) => r.started !== round.started && r.finished);
  return { ...state, rounds: [...rest, round].slice(-MAX_ROUNDS) };
}

/** The state without its unfinished round. */
export function abandonRound(state: PracticeState): PracticeState {
  return { ...state, rounds: state.rounds.filter((r) => r.finished) };
}

/** Moves the round on after the current question is scored: the next question with a fresh timer, or finished at `now`. */
export function nextQuestion(round: MockRound, scores: Readonly<Record<string, Score>>, now: Date): MockRound {
  const id = round.questions[round.index] ?? "";
  const done = { ...round, scores: { ...round.scores, [id]: scores } };
  if (round.index + 1 >= round.questions.length)
    return { ...done, index: round.questions.length, phase: "score", finished: now.toISOString() };
  return { ...done, index: round.index + 1, phase: "answer", timer: createTimer(round.minutes) };
}

/** The share of a rubric covered: covered counts 1, partly 1/2, missed 0; an unscored heading counts as missed. */
export function share(scores: Readonly<Record<string, Score>>, itemIds: readonly string[]): number {
  if (itemIds.length === 0) return 0;
  return itemIds.reduce((sum, id) => sum + (scores[id] ?? 0) / 2, 0) / itemIds.length;
}

/** The review rating a score gives: Again below 30 %, Hard below 60 %, Good below 85 %, else Easy. */
export function gradeForShare(value: number): 1 | 2 | 3 | 4 {
  if (value < 0.3) return 1;
  if (value < 0.6) return 2;
  if (value < 0.85) return 3;
  return 4;
}

export interface RoundSummary {
  /** Per question asked, in the order asked: its share of the rubric covered and the rating that gives. */
  readonly questions: readonly {
    readonly id: string;
    readonly title: string;
    readonly share: number;
    readonly grade: 1 | 2 | 3 | 4;
  }[];
  /** Topics by the share of their headings covered, weakest first (only topics the round's rubrics touched). */
  readonly topics: readonly {
    readonly id: string;
    readonly title: string;
    readonly share: number;
    readonly items: number;
  }[];
  /** The whole round's share. */
  readonly share: number;
}

/** The summary of a round's scores against the outline's rubrics (`outline` needs the round's questions only). */
export function summarise(round: MockRound, outline: Outline): RoundSummary {
  const byTopic = new Map<string, { sum: number; items: number }>();
  let sum = 0;
  let items = 0;
  const questions = round.questions.flatMap((id) => {
    const question = outline.questions.find((q) => q.id === id);
    const scores = round.scores[id];
    if (!question || !scores) return [];
    const rubricItems = rubric(question);
    for (const item of rubricItems) {
      const value = (scores[item.id] ?? 0) / 2;
      sum += value;
      items += 1;
      for (const topic of new Set(item.topics)) {
        const t = byTopic.get(topic) ?? { sum: 0, items: 0 };
        byTopic.set(topic, { sum: t.sum + value, items: t.items + 1 });
      }
    }
    const value = share(
      scores,
      rubricItems.map((i) => i.id),
    );
    return [{ id, title: question.title, share: value, grade: gradeForShare(value) }];
  });
  const topics = [...byTopic]
    .map(([id, t]) => ({ id, title: outline.topics[id] ?? id, share: t.sum / t.items, items: t.items }))
    .sort((a, b) => a.share - b.share || b.items - a.items || a.title.localeCompare(b.title));
  return { questions, topics, share: items > 0 ? sum / items : 0 };
}

/** A share as a whole percentage: "67%". */
export function percent(value: number): string {
  return `${Math.round(value * 100)}%`;
}
