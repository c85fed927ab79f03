import { describe, expect, it } from "vitest";
import { daysUntil, dueItems, dueSummary, resetSchedule, whenDue } from "../../../src/lib/practice/schedule";
import { newCard } from "../../../src/lib/practice/records";

// Local times, so the calendar-day arithmetic is the reader's whatever zone the tests run in.
const now = new Date(2026, 2, 2, 9, 0);
const at = (days: number, hour = 8) => new Date(2026, 2, 2 + days, hour).toISOString();
const card = (days: number) => ({ ...newCard(now), due: at(days) });

describe("daysUntil and whenDue", () => {
  it("count calendar days, not 24-hour spans", () => {
    expect(daysUntil(new Date(2026, 2, 2, 23, 59).toISOString(), now)).toBe(0);
    expect(daysUntil(new Date(2026, 2, 3, 0, 1).toISOString(), now)).toBe(1);
    expect(daysUntil(at(-3), now)).toBe(-3);
  });

  it("say when in words", () => {
    expect(whenDue(at(-2), now)).toBe("today");
    expect(whenDue(at(0), now)).toBe("today");
    expect(whenDue(at(1), now)).toBe("tomorrow");
    expect(whenDue(at(4), now)).toBe("in 4 days");
    expect(whenDue(at(12), now)).toBe("on 14 March");
    expect(whenDue(new Date(2027, 0, 5).toISOString(), now)).toBe("on 5 January 2027");
  });
});

describe("dueItems and dueSummary", () => {
  const ids = ["first", "second", "third", "fourth", "fifth"];
  const schedule = { fifth: card(-1), second: card(3), third: card(0), fourth: card(10), gone: card(0) };

  it("list the site's scheduled questions soonest first, overdue counting as today, reading order breaking ties", () => {
    expect(dueItems(schedule, ids, now).map((i) => [i.id, i.days])).toEqual([
      ["third", 0],
      ["fifth", -1],
      ["second", 3],
      ["fourth", 10],
    ]);
  });

  it("split them into today and the six days after", () => {
    const { today, week } = dueSummary(schedule, ids, now);
    expect(today.map((i) => i.id)).toEqual(["third", "fifth"]);
    expect(week.map((i) => i.id)).toEqual(["second"]);
  });
});

describe("resetSchedule", () => {
  it("forgets one question or all", () => {
    const schedule = { first: card(1), second: card(2) };
    expect(Object.keys(resetSchedule(schedule, "first"))).toEqual(["second"]);
    expect(resetSchedule(schedule)).toEqual({});
  });
});
