import { describe, expect, it } from "vitest";
import { isoDate, longDate } from "../../src/lib/dates";

describe("dates as the site writes them", () => {
  it("writes a long date in British order, in UTC whatever the machine's time zone", () => {
    expect(longDate(new Date("2026-11-01T00:00:00Z"))).toBe("1 November 2026");
    expect(longDate(new Date("2026-12-31T23:30:00Z"))).toBe("31 December 2026");
  });

  it("writes the ISO day for datetime attributes", () => {
    expect(isoDate(new Date("2026-03-09T00:00:00Z"))).toBe("2026-03-09");
  });
});
