import { describe, expect, it } from "vitest";
import { FALLBACK_QUESTION_LIMIT, fallbackNote, listsEveryQuestion } from "../../../src/lib/search/fallback";

describe("listsEveryQuestion", () => {
  it("lists every question up to the limit, and only topics beyond it", () => {
    expect(listsEveryQuestion(8)).toBe(true);
    expect(listsEveryQuestion(FALLBACK_QUESTION_LIMIT)).toBe(true);
    expect(listsEveryQuestion(FALLBACK_QUESTION_LIMIT + 1)).toBe(false);
    expect(listsEveryQuestion(1000)).toBe(false);
  });
});

describe("fallbackNote", () => {
  it("keeps today's sentence while every question is listed, and points to the full list beyond", () => {
    expect(fallbackNote(8)).toBe("Every answer is still one click away: browse by topic or pick a question below.");
    expect(fallbackNote(1000)).toBe(
      "Every answer is still a few clicks away: browse by topic below, or go through the list of all questions.",
    );
  });
});
