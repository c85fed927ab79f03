import { describe, expect, it } from "vitest";
import {
  abandonRound,
  currentRound,
  gradeForShare,
  newRound,
  nextQuestion,
  percent,
  putRound,
  questionsFor,
  share,
  shuffle,
  summarise,
} from "../../../src/lib/practice/mock";
import { outlineIndex } from "../../../src/lib/practice/outline";
import type { Outline } from "../../../src/lib/practice/outline";
import { emptyState } from "../../../src/lib/practice/state";

const now = new Date("2026-03-02T09:00:00Z");
const s = (id: string, depth: number, topics: string[] = []) => ({ id, title: id, depth, topics, points: [] });
const outline: Outline = {
  v: 1,
  topics: { rag: "RAG", cost: "Cost", eval: "Evaluation" },
  questions: [
    { id: "q-one", order: 1, title: "One?", summary: "", topics: ["rag"], sections: [s("a", 2), s("b", 2, ["eval"])] },
    { id: "q-two", order: 2, title: "Two?", summary: "", topics: ["cost"], sections: [s("c", 2), s("d", 2)] },
    { id: "q-three", order: 3, title: "Three?", summary: "", topics: ["cost"], sections: [s("e", 2, ["eval"])] },
  ],
};
const index = outlineIndex(outline);
/** A fixed sequence standing in for Math.random. */
const sequence =
  (...values: number[]) =>
  () =>
    values.shift() ?? 0;

describe("choosing the questions", () => {
  it("keeps the questions that treat a chosen topic in their topics or a section's", () => {
    expect(questionsFor(index, []).map((q) => q.id)).toEqual(["q-one", "q-two", "q-three"]);
    expect(questionsFor(index, ["eval"]).map((q) => q.id)).toEqual(["q-one", "q-three"]);
    expect(questionsFor(index, ["nothing"])).toEqual([]);
  });

  it("shuffles with the randomness given", () => {
    expect(shuffle([1, 2, 3], sequence(0, 0))).toEqual([2, 3, 1]);
    expect(shuffle([1, 2, 3], sequence(0.99, 0.99))).toEqual([1, 2, 3]);
  });

  it("starts a round of the chosen size and time, or none when no question fits", () => {
    const round = newRound(index, { size: 3, minutes: 2, topics: ["cost"] }, sequence(0), now);
    expect(round).toMatchObject({
      started: now.toISOString(),
      minutes: 2,
      topics: ["cost"],
      index: 0,
      phase: "answer",
      timer: { duration: 120_000 },
    });
    expect(round?.questions).toHaveLength(2);
    expect(newRound(index, { size: "all", minutes: 2, topics: ["nothing"] }, Math.random, now)).toBeUndefined();
  });
});

describe("a round in the state", () => {
  const round = newRound(index, { size: "all", minutes: 3, topics: [] }, sequence(0.99, 0.99), now);
  if (!round) throw new Error("no round");

  it("is resumed from the state, one unfinished round at a time", () => {
    const state = putRound(putRound(emptyState(), round), { ...round, index: 1 });
    expect(state.rounds).toHaveLength(1);
    expect(currentRound(state)?.index).toBe(1);
    expect(currentRound(abandonRound(state))).toBeUndefined();
  });

  it("moves question by question with a fresh timer, and finishes after the last", () => {
    const second = nextQuestion({ ...round, phase: "score" }, { a: 2, b: 1 }, now);
    expect(second).toMatchObject({
      index: 1,
      phase: "answer",
      timer: { remaining: 180_000, endsAt: null },
      scores: { "q-one": { a: 2, b: 1 } },
    });
    const done = nextQuestion(nextQuestion(second, { c: 0, d: 2 }, now), { e: 1 }, now);
    expect(done).toMatchObject({ index: 3, finished: now.toISOString() });
    expect(currentRound(putRound(emptyState(), done))).toBeUndefined();
  });
});

describe("scoring", () => {
  it("counts covered 1, partly 1/2 and missed or unscored 0", () => {
    expect(share({ a: 2, b: 1 }, ["a", "b", "c"])).toBeCloseTo(0.5);
    expect(share({}, [])).toBe(0);
  });

  it("turns a share into a review rating", () => {
    expect([0, 0.29, 0.3, 0.59, 0.6, 0.84, 0.85, 1].map(gradeForShare)).toEqual([1, 1, 2, 2, 3, 3, 4, 4]);
    expect(percent(2 / 3)).toBe("67%");
  });

  it("summarises per question, and the weakest topics first", () => {
    const round = {
      ...newRound(index, { size: "all", minutes: 3, topics: [] }, sequence(0.99, 0.99), now)!,
      scores: { "q-one": { a: 2, b: 0 }, "q-two": { c: 2, d: 2 }, "q-three": { e: 1 } },
    } as const;
    const summary = summarise(round, outline);
    expect(summary.questions).toEqual([
      { id: "q-one", title: "One?", share: 0.5, grade: 2 },
      { id: "q-two", title: "Two?", share: 1, grade: 4 },
      { id: "q-three", title: "Three?", share: 0.5, grade: 2 },
    ]);
    expect(summary.topics.map((t) => [t.title, t.share])).toEqual([
      ["Evaluation", 0.25],
      // A tie goes to the topic with more headings behind it.
      ["Cost", 1],
      ["RAG", 1],
    ]);
    expect(summary.share).toBeCloseTo(0.7);
  });
});
