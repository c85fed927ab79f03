/** Dates as the site writes them. Formatters are made once: making one costs far more than formatting with it. */

const LONG_DATE = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** "1 November 2026", in UTC (a frontmatter date has no time of day). */
export function longDate(date: Date): string {
  return LONG_DATE.format(date);
}

/** "2026-11-01", in UTC, for `<time datetime>` and structured data. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
