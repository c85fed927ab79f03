/** Strict calendar dates, `YYYY-MM-DD`, naming a day that exists: nothing rolls over into another day. */

const SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** Days in a month (1-12) of a year of the Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Why `text` is not a calendar date written `YYYY-MM-DD`, or undefined when it is one. */
export function calendarDateProblem(text: string): string | undefined {
  const match = SHAPE.exec(text);
  if (!match) {
    return /^\d{4}-\d{1,2}-\d{1,2}$/.test(text)
      ? "month and day need two digits each"
      : "it is not written as YYYY-MM-DD (year, month, day)";
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1000) return `there is no year ${match[1]} in this calendar`;
  if (month < 1 || month > 12) return `there is no month ${match[2]}`;
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) return `${MONTHS[month - 1]} ${year} has ${days} days`;
  return undefined;
}

/** The day `YYYY-MM-DD` as a Date at midnight UTC, or undefined when it is not a calendar date. */
export function parseCalendarDate(text: string): Date | undefined {
  if (calendarDateProblem(text) !== undefined) return undefined;
  return new Date(`${text}T00:00:00.000Z`);
}

/** `YYYY-MM-DD` of a Date at midnight UTC (how YAML parsers hand over a plain date); undefined when it has a time. */
export function calendarDateOf(date: Date): string | undefined {
  if (Number.isNaN(date.getTime())) return undefined;
  const iso = date.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : undefined;
}
