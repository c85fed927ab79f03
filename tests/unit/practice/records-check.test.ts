import { describe, expect, it } from "vitest";
import { checkRecords } from "../../../src/lib/practice/records-check";
import { newCard } from "../../../src/lib/practice/records";

const now = new Date("2026-03-02T09:00:00Z");
const card = { ...newCard(now), reps: 1, state: 2, last_review: now.toISOString(), rating: 3 };
const round = {
  started: now.toISOString(),
  minutes: 3,
  topics: [],
  questions: ["a-question"],
  index: 0,
  phase: "answer",
  timer: { duration: 180_000, remaining: 180_000, endsAt: null },
  scores: {},
};

describe("checkRecords", () => {
  it("keeps well-formed answers, cards and rounds as they are, whatever the key order", () => {
    const stored = {
      answers: { "a-question": { intro: "Mine.\nTwo lines" } },
      schedule: { "a-question": Object.fromEntries(Object.entries(card).reverse()) },
      rounds: [round],
    };
    expect(checkRecords(stored)).toEqual({ ...stored, schedule: { "a-question": card }, problems: [] });
  });

  it("treats missing records as empty", () => {
    expect(checkRecords({ answers: undefined, schedule: undefined, rounds: undefined })).toEqual({
      answers: {},
      schedule: {},
      rounds: [],
      problems: [],
    });
  });

  it("leaves out malformed entries and names each field that lost something", () => {
    const checked = checkRecords({
      answers: { "a-question": { intro: 5, "Bad Id": "x", ok: "kept" }, "../evil": { intro: "x" } },
      schedule: {
        "a-question": { ...card, due: "not a date" },
        "b-question": card,
        "c-question": { ...card, state: 7 },
      },
      rounds: [round, { ...round, phase: "dancing" }, { ...round, scores: { "a-question": { intro: 3 } } }],
    });
    expect(checked.answers).toEqual({ "a-question": { ok: "kept" } });
    expect(Object.keys(checked.schedule)).toEqual(["b-question"]);
    expect(checked.rounds).toEqual([round]);
    expect(checked.problems).toEqual(["answers", "schedule", "rounds"]);
  });

  it("names a record of the wrong type", () => {
    expect(checkRecords({ answers: "all", schedule: {}, rounds: {} }).problems).toEqual(["answers", "rounds"]);
  });
});
