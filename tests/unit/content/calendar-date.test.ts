import { describe, expect, it } from "vitest";
import { calendarDateOf, calendarDateProblem, daysInMonth, parseCalendarDate } from "../../../src/lib/content/calendar-date";

describe("calendarDateProblem", () => {
  it("accepts real days, leap days included", () => {
    for (const day of ["2026-11-29", "2024-02-29", "2000-02-29", "2026-12-31", "2026-01-01"]) expect(calendarDateProblem(day)).toBeUndefined();
  });

  it("says which part of an impossible day is wrong", () => {
    expect(calendarDateProblem("2026-13-45")).toBe("there is no month 13");
    expect(calendarDateProblem("2026-00-10")).toBe("there is no month 00");
    expect(calendarDateProblem("2026-02-30")).toBe("February 2026 has 28 days");
    expect(calendarDateProblem("2025-02-29")).toBe("February 2025 has 28 days");
    expect(calendarDateProblem("1900-02-29")).toBe("February 1900 has 28 days");
    expect(calendarDateProblem("2026-04-31")).toBe("April 2026 has 30 days");
    expect(calendarDateProblem("2026-11-00")).toBe("November 2026 has 30 days");
  });

  it("refuses other ways of writing a date", () => {
    for (const text of ["20261129", "11/29/2026", "29.11.2026", "2026-11-29T10:00:00-05:00", "2026-11-29 ", " 2026-11-29", "", "Nov 29 2026", "+02026-11-29"]) {
      expect(calendarDateProblem(text)).toBe("it is not written as YYYY-MM-DD (year, month, day)");
    }
    expect(calendarDateProblem("2026-1-9")).toBe("month and day need two digits each");
    expect(calendarDateProblem("0026-11-29")).toMatch(/no year 0026/);
  });
});

describe("parseCalendarDate and calendarDateOf", () => {
  it("reads a day as midnight UTC and writes it back", () => {
    const date = parseCalendarDate("2026-11-29");
    expect(date?.toISOString()).toBe("2026-11-29T00:00:00.000Z");
    expect(calendarDateOf(date as Date)).toBe("2026-11-29");
  });

  it("gives nothing for an impossible day or a date with a time", () => {
    expect(parseCalendarDate("2026-02-30")).toBeUndefined();
    expect(calendarDateOf(new Date("2026-11-29T05:00:00Z"))).toBeUndefined();
    expect(calendarDateOf(new Date("nonsense"))).toBeUndefined();
  });

  it("knows the length of every month", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2024, m))).toEqual([31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
  });
});
