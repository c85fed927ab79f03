/**
 * Reading the review schedule: which questions are due today, which later this week, and how to say when. No
 * scheduling here (that is FSRS, src/lib/practice/review.ts, loaded only to rate), so pages that only list what is
 * due stay light. Days are the reader's calendar days: `now` and the time zone come from the caller.
 */
import type { ReviewCard, Schedule } from "./records";

const DAY = 86_400_000;

/** Midnight at the start of `date`'s day, local time. */
function dayStart(date: Date): number {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
}

/** Whole calendar days from `now`'s day to `due`'s day: 0 today, 1 tomorrow, negative when overdue. */
export function daysUntil(due: string, now: Date): number {
  return Math.round((dayStart(new Date(due)) - dayStart(now)) / DAY);
}

export interface DueItem {
  readonly id: string;
  readonly due: string;
  /** Calendar days until due: 0 or less is due today. */
  readonly days: number;
}

/** Scheduled questions among `ids` (the site's, in reading order), soonest first; `ids` order breaks ties. */
export function dueItems(schedule: Schedule, ids: readonly string[], now: Date): DueItem[] {
  return ids
    .flatMap((id) => {
      const card: ReviewCard | undefined = schedule[id];
      return card ? [{ id, due: card.due, days: daysUntil(card.due, now) }] : [];
    })
    .sort((a, b) => Math.max(a.days, 0) - Math.max(b.days, 0) || ids.indexOf(a.id) - ids.indexOf(b.id));
}

/** Due today (or overdue), and due in the six days after today. */
export function dueSummary(
  schedule: Schedule,
  ids: readonly string[],
  now: Date,
): { today: DueItem[]; week: DueItem[] } {
  const items = dueItems(schedule, ids, now);
  return { today: items.filter((i) => i.days <= 0), week: items.filter((i) => i.days > 0 && i.days <= 6) };
}

/** "today", "tomorrow", "in 3 days", "on 14 March" (a week or more away), for a due date. */
export function whenDue(due: string, now: Date, locale = "en-GB"): string {
  const days = daysUntil(due, now);
  if (days <= 0) return "today";
  if (days === 1) return "tomorrow";
  if (days < 7) return `in ${days} days`;
  return `on ${new Date(due).toLocaleDateString(locale, { day: "numeric", month: "long", ...(new Date(due).getFullYear() !== now.getFullYear() ? { year: "numeric" } : {}) })}`;
}

/** The schedule without one question (reset it), or empty (reset all). */
export function resetSchedule(schedule: Schedule, questionId?: string): Schedule {
  if (questionId === undefined) return {};
  const { [questionId]: _dropped, ...rest } = schedule;
  return rest;
}
