/**
 * The answer timer as plain data: a countdown that can run, pause, resume and reset. Time
 * comes in as an argument (`now`, in milliseconds), so the model is exact under a throttled
 * background tab and testable without a clock. `announcement` decides the rare moments a
 * screen reader is told anything, so the visible clock never needs a live region.
 */

export interface TimerState {
  /** Full length, in milliseconds. */
  readonly duration: number;
  /** Time left when last paused or ticked, in milliseconds. */
  readonly remaining: number;
  /** When it will reach zero (epoch ms) while running; null while paused, reset or done. */
  readonly endsAt: number | null;
}

export type TimerPhase = "ready" | "running" | "paused" | "done";

export function createTimer(minutes: number): TimerState {
  const duration = Math.max(0, Math.round(minutes * 60_000));
  return { duration, remaining: duration, endsAt: null };
}

export function phase(timer: TimerState): TimerPhase {
  if (timer.endsAt !== null) return "running";
  if (timer.remaining <= 0) return "done";
  return timer.remaining === timer.duration ? "ready" : "paused";
}

/** Starts or resumes; a finished timer starts again from its full length. */
export function start(timer: TimerState, now: number): TimerState {
  if (timer.endsAt !== null) return timer;
  const remaining = timer.remaining > 0 ? timer.remaining : timer.duration;
  return { ...timer, remaining, endsAt: now + remaining };
}

export function pause(timer: TimerState, now: number): TimerState {
  if (timer.endsAt === null) return timer;
  return { ...timer, remaining: Math.max(0, timer.endsAt - now), endsAt: null };
}

/** Brings `remaining` up to `now`; reaching zero stops the timer. */
export function tick(timer: TimerState, now: number): TimerState {
  if (timer.endsAt === null) return timer;
  const remaining = Math.max(0, timer.endsAt - now);
  return remaining === 0 ? { ...timer, remaining: 0, endsAt: null } : { ...timer, remaining };
}

/** Back to the full length, stopped. */
export function reset(timer: TimerState): TimerState {
  return { ...timer, remaining: timer.duration, endsAt: null };
}

/** Whole seconds left, rounded up: the clock shows 0:01 until the very end. */
export function secondsLeft(remaining: number): number {
  return Math.max(0, Math.ceil(remaining / 1000));
}

/** The clock face: "02:00", "00:09"; hours never occur (the longest choice is minutes). */
export function formatClock(remaining: number): string {
  const total = secondsLeft(remaining);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${String(minutes).padStart(2, "0")}:${String(seconds).padStart(2, "0")}`;
}

/** Time in words for screen readers: "1 minute 30 seconds", "2 minutes", "45 seconds". */
export function formatSpoken(remaining: number): string {
  const total = secondsLeft(remaining);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  const parts: string[] = [];
  if (minutes > 0) parts.push(`${minutes} ${minutes === 1 ? "minute" : "minutes"}`);
  if (seconds > 0 || minutes === 0) parts.push(`${seconds} ${seconds === 1 ? "second" : "seconds"}`);
  return parts.join(" ");
}

/**
 * What to announce when the clock moves from `before` to `after` ms left, or null for
 * silence. Spoken: each full minute left below the start, 30 seconds left, and zero. One
 * tick that crosses several marks announces only the latest.
 */
export function announcement(before: number, after: number, duration: number): string | null {
  const from = secondsLeft(before);
  const to = secondsLeft(after);
  if (to >= from) return null;
  if (to === 0) return "Time is up";
  const start = secondsLeft(duration);
  const marks = [30];
  for (let s = 60; s < start; s += 60) marks.push(s);
  const crossed = marks.filter((mark) => mark < start && to <= mark && mark < from).sort((a, b) => a - b)[0];
  return crossed === undefined ? null : `${formatSpoken(crossed * 1000)} left`;
}
