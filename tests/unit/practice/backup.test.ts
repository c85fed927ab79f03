import { describe, expect, it } from "vitest";
import {
  BACKUP_FORMAT,
  describeRestore,
  encodeBackup,
  mergeStates,
  parseBackup,
} from "../../../src/lib/practice/backup";
import { newCard } from "../../../src/lib/practice/records";
import { rate } from "../../../src/lib/practice/review";
import { emptyState, setFill, setPractised } from "../../../src/lib/practice/state";
import type { PracticeState } from "../../../src/lib/practice/state";

const now = new Date("2026-03-02T09:00:00Z");
const tomorrow = new Date("2026-03-03T09:00:00Z");
const round = (started: string) => ({
  started,
  finished: started,
  minutes: 3,
  topics: [],
  questions: ["a-question"],
  index: 1,
  phase: "score" as const,
  timer: { duration: 1, remaining: 0, endsAt: null },
  scores: { "a-question": { overview: 2 as const } },
});

const mine: PracticeState = {
  ...setFill(setPractised(emptyState(), "a-question", true), "role", "tutor"),
  answers: { "a-question": { overview: "Mine" } },
  schedule: { "a-question": rate(undefined, 3, tomorrow) },
  rounds: [round("2026-03-01T10:00:00.000Z")],
};
const theirs: PracticeState = {
  ...setFill(setPractised(emptyState(), "b-question", true), "role", "teacher"),
  answers: { "a-question": { overview: "Theirs", details: "New" } },
  schedule: { "a-question": rate(undefined, 1, now), "b-question": newCard(now) },
  rounds: [round("2026-02-20T10:00:00.000Z"), round("2026-03-01T10:00:00.000Z")],
};

describe("encodeBackup and parseBackup", () => {
  it("round-trip every kind of practice data", () => {
    const parsed = parseBackup(encodeBackup(mine, now));
    expect(parsed).toEqual({ ok: true, state: mine, saved: now.toISOString() });
  });

  it.each([
    ["not JSON", "{oops", "it is not JSON"],
    ["foreign JSON", '{"name":"package"}', "not a practice backup from this site"],
    ["a newer backup", JSON.stringify({ format: BACKUP_FORMAT, version: 9, data: {} }), "newer version of this site"],
    ["newer practice data", JSON.stringify({ format: BACKUP_FORMAT, version: 1, data: { v: 99 } }), "format 99"],
    [
      "a malformed schedule",
      JSON.stringify({ format: BACKUP_FORMAT, version: 1, data: { v: 2, schedule: { x: 1 } } }),
      "(schedule)",
    ],
  ])("refuse %s with a reason and no state", (_what, text, reason) => {
    const parsed = parseBackup(text);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? "" : parsed.reason).toContain(reason);
  });
});

describe("mergeStates", () => {
  const merged = mergeStates(mine, theirs);

  it("keeps both sides: practised questions, answers (a clash keeps both texts), rounds once each", () => {
    expect(merged.practised).toEqual(["a-question", "b-question"]);
    expect(merged.answers["a-question"]).toEqual({ overview: "Mine\n\n(From the backup:)\nTheirs", details: "New" });
    expect(merged.rounds.map((r) => r.started)).toEqual(["2026-02-20T10:00:00.000Z", "2026-03-01T10:00:00.000Z"]);
  });

  it("keeps this browser's fill-ins and settings on a clash, and the more recently reviewed card", () => {
    expect(merged.fills).toEqual({ role: "tutor" });
    expect(merged.schedule["a-question"]).toEqual(mine.schedule["a-question"]);
    expect(merged.schedule["b-question"]).toEqual(theirs.schedule["b-question"]);
  });

  it("is idempotent: merging the same backup twice changes nothing more", () => {
    expect(mergeStates(merged, theirs)).toEqual(merged);
  });
});

describe("describeRestore", () => {
  it("says what a merge adds and which answers clash", () => {
    expect(describeRestore(mine, theirs, "merge")).toEqual([
      "Practised: 1 question added (2 questions after).",
      "Your answers: 1 section added (2 sections after).",
      "Your answers: 1 section gets the backup's words after yours.",
      "Review schedule: 1 question added (2 questions after).",
      "Mock rounds: 1 round added (2 rounds after).",
    ]);
  });

  it("says what a replace removes", () => {
    const lines = describeRestore(mine, theirs, "replace");
    expect(lines).toContain("Practised: 1 question added, 1 question removed (1 question after).");
    expect(lines).toContain("Review schedule: 1 question gets the backup's next review date.");
  });

  it("says when nothing changes", () => {
    expect(describeRestore(mine, mine, "merge")).toEqual([
      "Nothing changes: this browser already holds everything in the backup.",
    ]);
  });
});
