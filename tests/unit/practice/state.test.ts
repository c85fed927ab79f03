import { describe, expect, it } from "vitest";
import {
  clearFills,
  emptyState,
  isPractised,
  isRevealed,
  nextUnpractised,
  practisedCount,
  practisedOtherThan,
  randomQuestion,
  resetProgress,
  sanitiseFill,
  setFill,
  setPractised,
  setPracticeOn,
  setRevealed,
  setSectionRevealed,
  setTimerMinutes,
  hasSession,
} from "../../../src/lib/practice/state";
import { readFields } from "../../../src/lib/practice/storage";

const ids = ["first-question", "second-question", "third-question", "fourth-question"];

describe("readFields", () => {
  it("keeps the reader's records as stored, checking only their outer shape", () => {
    const records = {
      answers: { "a-question": { intro: "mine" } },
      schedule: { "a-question": { due: "x" } },
      rounds: [{ any: 1 }],
    };
    expect(readFields({ v: 2, ...records })).toEqual({ state: { ...emptyState(), ...records }, problems: [] });
    expect(readFields({ v: 2, answers: [], schedule: "soon", rounds: {} }).problems).toEqual([
      "answers",
      "schedule",
      "rounds",
    ]);
  });

  it("reads back the fields it stores", () => {
    let state = setPracticeOn(emptyState(), true);
    state = setSectionRevealed(state, "first-question", "project-overview", true);
    state = setFill(state, "company-domain", "Acme Bank");
    state = setPractised(state, "second-question", true);
    state = setTimerMinutes(state, 5);
    expect(readFields(JSON.parse(JSON.stringify(state)))).toEqual({ state, problems: [] });
  });

  it("gives the defaults for missing fields without calling them problems", () => {
    expect(readFields({ v: 1 })).toEqual({ state: emptyState(), problems: [] });
  });

  it("keeps the valid parts of partly corrupt data and names every part it left out", () => {
    const { state, problems } = readFields({
      v: 1,
      on: "yes",
      revealed: { "first-question": ["intro", 7, "<script>", "intro"], "Bad Id": ["x"], "second-question": "x" },
      fills: { "company-domain": "  Acme\nBank  ", role: 42, "Not A Key": "x", empty: "   " },
      practised: ["third-question", "../evil", null, "third-question"],
      timerMinutes: 4,
      streak: {},
    });
    expect(state).toEqual({
      ...emptyState(),
      on: false,
      revealed: { "first-question": ["intro"] },
      fills: { "company-domain": "Acme Bank" },
      practised: ["third-question"],
      timerMinutes: 2,
    });
    expect(problems).toEqual(["on", "revealed", "fills", "practised", "timerMinutes", "streak"]);
  });

  it("names a field of the wrong type", () => {
    expect(readFields({ v: 1, practised: "all", fills: [1], revealed: 3 }).problems).toEqual([
      "practised",
      "fills",
      "revealed",
    ]);
  });

  it("does not count a field stored in another key order as a problem, only one with other content", () => {
    expect(readFields({ v: 1, timerMinutes: 5, on: true, practised: ["a-question"] }).problems).toEqual([]);
    expect(readFields({ v: 1, practised: ["a-question", "a-question"] }).problems).toEqual(["practised"]);
  });

  it("caps stored fill-ins at their maximum length and says so", () => {
    const { state, problems } = readFields({ v: 1, fills: { role: "x".repeat(500) } });
    expect(state.fills["role"]).toHaveLength(60);
    expect(problems).toEqual(["fills"]);
  });
});

describe("practice mode and sections", () => {
  it("is off by default with nothing revealed", () => {
    const state = emptyState();
    expect(state.on).toBe(false);
    expect(isRevealed(state, "first-question", "intro")).toBe(false);
  });

  it("reveals and hides one section of one question", () => {
    let state = setSectionRevealed(emptyState(), "first-question", "results", true);
    expect(isRevealed(state, "first-question", "results")).toBe(true);
    expect(isRevealed(state, "second-question", "results")).toBe(false);
    state = setSectionRevealed(state, "first-question", "results", false);
    expect(state.revealed).toEqual({});
  });

  it("does not list a section twice", () => {
    let state = setSectionRevealed(emptyState(), "first-question", "results", true);
    state = setSectionRevealed(state, "first-question", "results", true);
    expect(state.revealed).toEqual({ "first-question": ["results"] });
  });

  it("reveals all sections at once and hides them all", () => {
    let state = setRevealed(emptyState(), "first-question", ["a", "b", "c"]);
    expect(state.revealed["first-question"]).toEqual(["a", "b", "c"]);
    state = setRevealed(state, "first-question", []);
    expect(state.revealed).toEqual({});
  });

  it("starts the current question afresh when practice mode is switched on", () => {
    let state = setRevealed(emptyState(), "first-question", ["a"]);
    state = setRevealed(state, "second-question", ["b"]);
    state = setPracticeOn(state, true, "first-question");
    expect(state.on).toBe(true);
    expect(state.revealed).toEqual({ "second-question": ["b"] });
  });

  it("keeps revealed sections when practice mode is switched off", () => {
    const state = setPracticeOn(
      setRevealed(setPracticeOn(emptyState(), true), "first-question", ["a"]),
      false,
      "first-question",
    );
    expect(state.on).toBe(false);
    expect(state.revealed).toEqual({ "first-question": ["a"] });
  });

  it("does not change state when changed through a copy", () => {
    const before = emptyState();
    setSectionRevealed(before, "first-question", "a", true);
    expect(before).toEqual(emptyState());
  });
});

describe("fill-ins", () => {
  it("keeps fill-ins to one trimmed line of at most 60 characters", () => {
    expect(sanitiseFill("  Acme\n\tBank  ")).toBe("Acme Bank");
    expect(sanitiseFill("a\u0000b")).toBe("a b");
    expect(sanitiseFill("y".repeat(100))).toHaveLength(60);
    expect(sanitiseFill("   ")).toBe("");
  });

  it("stores the reader's words by placeholder key", () => {
    const state = setFill(emptyState(), "company-domain", "Acme Bank");
    expect(state.fills).toEqual({ "company-domain": "Acme Bank" });
  });

  it("removes a placeholder's words when they are emptied", () => {
    const state = setFill(setFill(emptyState(), "role", "tutor"), "role", "  ");
    expect(state.fills).toEqual({});
  });

  it("ignores keys with nothing usable in them", () => {
    const state = emptyState();
    expect(setFill(state, "///", "x")).toBe(state);
  });

  it("clears the named placeholders or all of them", () => {
    const state = setFill(setFill(setFill(emptyState(), "role", "tutor"), "task", "maths"), "audience", "pupils");
    expect(clearFills(state, ["role", "task"]).fills).toEqual({ audience: "pupils" });
    expect(clearFills(state).fills).toEqual({});
  });
});

describe("progress", () => {
  it("marks and unmarks a question as practised", () => {
    let state = setPractised(emptyState(), "second-question", true);
    expect(isPractised(state, "second-question")).toBe(true);
    state = setPractised(state, "second-question", false);
    expect(isPractised(state, "second-question")).toBe(false);
  });

  it("counts only questions the site still has", () => {
    const state = setPractised(setPractised(emptyState(), "first-question", true), "gone-question", true);
    expect(practisedCount(state, ids)).toBe(1);
  });

  it("finds the first unpractised question in reading order", () => {
    const state = setPractised(emptyState(), "first-question", true);
    expect(nextUnpractised(state, ids)).toBe("second-question");
  });

  it("finds the next unpractised question after the current one, wrapping round", () => {
    let state = setPractised(emptyState(), "first-question", true);
    state = setPractised(state, "fourth-question", true);
    expect(nextUnpractised(state, ids, "second-question")).toBe("third-question");
    expect(nextUnpractised(state, ids, "third-question")).toBe("second-question");
  });

  it("has no next unpractised question when all are practised", () => {
    const state = ids.reduce((s, id) => setPractised(s, id, true), emptyState());
    expect(nextUnpractised(state, ids)).toBeUndefined();
  });

  it("with nothing else practised, the next unpractised question is the next in reading order", () => {
    const state = setPractised(emptyState(), "second-question", true);
    expect(practisedOtherThan(emptyState(), "second-question")).toBe(false);
    expect(practisedOtherThan(state, "second-question")).toBe(false);
    expect(nextUnpractised(state, ids, "second-question")).toBe(nextUnpractised(emptyState(), ids, "second-question"));
  });

  it("says when a question other than the current one is practised", () => {
    const state = setPractised(emptyState(), "second-question", true);
    expect(practisedOtherThan(state, "first-question")).toBe(true);
    expect(practisedOtherThan(state)).toBe(true);
    expect(practisedOtherThan(emptyState())).toBe(false);
  });

  it("picks a random unpractised question with the given random source", () => {
    const state = setPractised(emptyState(), "first-question", true);
    expect(randomQuestion(state, ids, () => 0)).toBe("second-question");
    expect(randomQuestion(state, ids, () => 0.99)).toBe("fourth-question");
  });

  it("never picks the current question when another exists", () => {
    expect(randomQuestion(emptyState(), ids, () => 0, "first-question")).toBe("second-question");
  });

  it("picks from every other question once all are practised", () => {
    const state = ids.reduce((s, id) => setPractised(s, id, true), emptyState());
    expect(randomQuestion(state, ids, () => 0.5, "first-question")).toBe("third-question");
  });

  it("survives a random source that returns 1 or a negative number", () => {
    expect(randomQuestion(emptyState(), ids, () => 1)).toBe("fourth-question");
    expect(randomQuestion(emptyState(), ids, () => -1)).toBe("first-question");
    expect(randomQuestion(emptyState(), [], () => 0.5)).toBeUndefined();
  });

  it("resets progress but keeps the mode, the words and the timer length", () => {
    let state = setPracticeOn(emptyState(), true);
    state = setPractised(state, "first-question", true);
    state = setRevealed(state, "first-question", ["a"]);
    state = setFill(state, "role", "tutor");
    state = setTimerMinutes(state, 3);
    expect(resetProgress(state)).toEqual({
      ...emptyState(),
      on: true,
      revealed: {},
      fills: { role: "tutor" },
      practised: [],
      timerMinutes: 3,
    });
  });

  it("accepts only the offered timer lengths", () => {
    expect(setTimerMinutes(emptyState(), 5).timerMinutes).toBe(5);
    expect(setTimerMinutes(emptyState(), 4).timerMinutes).toBe(2);
  });
});

describe("hasSession", () => {
  it("is needed in practice mode and for a question the reader practised, rated or answered", () => {
    expect(hasSession(emptyState(), "a-question")).toBe(false);
    expect(hasSession({ ...emptyState(), on: true }, "a-question")).toBe(true);
    expect(hasSession(setPractised(emptyState(), "a-question", true), "a-question")).toBe(true);
    expect(hasSession({ ...emptyState(), answers: { "a-question": { intro: "x" } } }, "a-question")).toBe(true);
    expect(hasSession({ ...emptyState(), answers: { "b-question": { intro: "x" } } }, "a-question")).toBe(false);
  });
});
