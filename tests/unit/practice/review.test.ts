import { describe, expect, it } from "vitest";
import { preview, rate, rateQuestion, RATINGS } from "../../../src/lib/practice/review";
import { checkRecords } from "../../../src/lib/practice/records-check";
import { daysUntil } from "../../../src/lib/practice/schedule";
import { emptyState } from "../../../src/lib/practice/state";

const now = new Date("2026-03-02T09:00:00Z");
const later = (card: { due: string }) => new Date(card.due);

describe("rate (FSRS through ts-fsrs)", () => {
  it("schedules a first review in days, longer for an easier recall", () => {
    const days = RATINGS.map(({ grade }) => daysUntil(rate(undefined, grade, now).due, now));
    expect(days[0]).toBe(1);
    for (let i = 1; i < days.length; i++) expect(days[i]).toBeGreaterThan(days[i - 1] ?? 0);
  });

  it("grows the interval with each good review and shrinks it after a lapse", () => {
    const first = rate(undefined, 3, now);
    const second = rate(first, 3, later(first));
    const third = rate(second, 3, later(second));
    expect(second.scheduled_days).toBeGreaterThan(first.scheduled_days);
    expect(third.scheduled_days).toBeGreaterThan(second.scheduled_days);
    const lapse = rate(third, 1, later(third));
    expect(lapse.scheduled_days).toBeLessThan(third.scheduled_days);
    expect(lapse.lapses).toBe(1);
    expect(lapse).toMatchObject({ rating: 1, reps: 4, last_review: later(third).toISOString() });
  });

  it("is the same for the same ratings at the same times (no fuzz), and stores what the records check keeps", () => {
    expect(rate(undefined, 3, now)).toEqual(rate(undefined, 3, now));
    const state = rateQuestion(emptyState(), "a-question", 4, now);
    expect(checkRecords(state).problems).toEqual([]);
    expect(preview(state.schedule["a-question"], later(state.schedule["a-question"] ?? { due: "" }))[3].reps).toBe(2);
  });
});
