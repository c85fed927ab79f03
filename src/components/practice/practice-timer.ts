import { requireParts } from "~/dom";
import { isTimerMinutes, setTimerMinutes } from "~/lib/practice/state";
import {
  announcement,
  createTimer,
  formatClock,
  formatSpoken,
  pause,
  phase,
  reset,
  start,
  tick,
} from "~/lib/practice/timer";
import type { TimerState } from "~/lib/practice/timer";
import { onStateChange, readState, updateState } from "./store";

const LABELS = { ready: "Start", running: "Pause", paused: "Resume", done: "Start again" } as const;
const PARTS = {
  select: "select",
  clock: "[data-clock]",
  start: "[data-start]",
  status: "[data-status]",
  reset: "[data-reset]",
} as const;

/**
 * The answer timer (PracticeTimer.astro): a countdown whose model is src/lib/practice/timer.ts; it speaks only at the
 * marks that model names. Part of the practice panel, wired by the practice session (practice-session.ts) once
 * practice mode is used; its listeners and clock stop with the session's signal.
 */
class PracticeTimer {
  #timer: TimerState = createTimer(2);
  #interval: number | undefined;
  #parts: { [K in keyof typeof PARTS]: HTMLElement } | null = null;

  constructor(
    private readonly host: HTMLElement,
    private readonly signal: AbortSignal,
  ) {
    this.#connect();
  }

  #connect() {
    const parts = requireParts(this.host, PARTS);
    if (!parts) return;
    this.#parts = parts;
    const select = parts.select as HTMLSelectElement;
    const { signal } = this;

    const minutes = readState().timerMinutes;
    select.value = String(minutes);
    this.#timer = createTimer(minutes);

    select.addEventListener(
      "change",
      () => {
        const chosen = Number(select.value);
        if (!isTimerMinutes(chosen)) return;
        updateState((state) => setTimerMinutes(state, chosen));
        this.#set(createTimer(chosen));
        this.#say(`Timer set to ${formatSpoken(this.#timer.duration)}`);
      },
      { signal },
    );
    parts.start.addEventListener("click", () => this.#startOrPause(), { signal });
    parts.reset.addEventListener(
      "click",
      () => {
        this.#set(reset(this.#timer));
        this.#say(`Timer reset to ${formatSpoken(this.#timer.duration)}`);
      },
      { signal },
    );
    // Leaving practice mode hides the timer; a hidden clock should not keep running.
    onStateChange((state) => {
      if (!state.on && phase(this.#timer) === "running") this.#set(pause(this.#timer, Date.now()));
    }, signal);
    signal.addEventListener("abort", () => this.#stopTicking());
    // Disabled in the markup until now: a length chosen before these listeners existed would be lost.
    (parts.start as HTMLButtonElement).disabled = false;
    (parts.reset as HTMLButtonElement).disabled = false;
    this.#render();
  }

  #startOrPause() {
    const before = phase(this.#timer);
    if (before === "running") {
      this.#set(pause(this.#timer, Date.now()));
      this.#say(`Timer paused, ${formatSpoken(this.#timer.remaining)} left`);
      return;
    }
    this.#set(start(this.#timer, Date.now()));
    this.#say(
      before === "paused"
        ? `Timer resumed, ${formatSpoken(this.#timer.remaining)} left`
        : `Timer started: ${formatSpoken(this.#timer.remaining)}`,
    );
  }

  #onTick() {
    const before = this.#timer;
    this.#set(tick(before, Date.now()));
    const message = announcement(before.remaining, this.#timer.remaining, this.#timer.duration);
    if (message) this.#say(message);
  }

  #stopTicking() {
    clearInterval(this.#interval);
    this.#interval = undefined;
  }

  #set(next: TimerState) {
    this.#timer = next;
    const running = phase(next) === "running";
    if (running && this.#interval === undefined) this.#interval = window.setInterval(() => this.#onTick(), 250);
    if (!running) this.#stopTicking();
    this.#render();
  }

  #render() {
    if (!this.#parts) return;
    const current = phase(this.#timer);
    const text = formatClock(this.#timer.remaining);
    if (this.#parts.clock.textContent !== text) this.#parts.clock.textContent = text;
    this.#parts.start.textContent = LABELS[current];
    (this.#parts.select as HTMLSelectElement).disabled = current === "running";
    this.host.dataset["phase"] = current;
  }

  #say(message: string) {
    if (this.#parts) this.#parts.status.textContent = message;
  }
}
/** Wires the timer in `host` until `signal` aborts. */
export function practiceTimer(host: HTMLElement, signal: AbortSignal): void {
  new PracticeTimer(host, signal);
}
