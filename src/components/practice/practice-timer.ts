import { isTimerMinutes, setTimerMinutes } from "~/lib/practice/state";
import { announcement, createTimer, formatClock, formatSpoken, pause, phase, reset, start, tick } from "~/lib/practice/timer";
import type { TimerState } from "~/lib/practice/timer";
import { onStateChange, readState, updateState } from "./store";

const LABELS = { ready: "Start", running: "Pause", paused: "Resume", done: "Start again" } as const;

class SitePracticeTimer extends HTMLElement {
  #timer: TimerState = createTimer(2);
  #interval: number | undefined;
  #select: HTMLSelectElement | null = null;
  #clock: HTMLElement | null = null;
  #start: HTMLButtonElement | null = null;
  #status: HTMLElement | null = null;

  connectedCallback() {
    this.#select = this.querySelector("select");
    this.#clock = this.querySelector("[data-clock]");
    this.#start = this.querySelector("[data-start]");
    this.#status = this.querySelector("[data-status]");
    const resetButton = this.querySelector<HTMLButtonElement>("[data-reset]");
    if (!this.#select || !this.#clock || !this.#start || !this.#status || !resetButton) return;

    const minutes = readState().timerMinutes;
    this.#select.value = String(minutes);
    this.#timer = createTimer(minutes);

    this.#select.addEventListener("change", () => {
      const chosen = Number(this.#select?.value);
      if (!isTimerMinutes(chosen)) return;
      updateState((state) => setTimerMinutes(state, chosen));
      this.#set(createTimer(chosen));
      this.#say(`Timer set to ${formatSpoken(this.#timer.duration)}`);
    });
    this.#start.addEventListener("click", () => this.#startOrPause());
    resetButton.addEventListener("click", () => {
      this.#set(reset(this.#timer));
      this.#say(`Timer reset to ${formatSpoken(this.#timer.duration)}`);
    });
    // Leaving practice mode hides the timer; a hidden clock should not keep running.
    onStateChange((state) => {
      if (!state.on && phase(this.#timer) === "running") this.#set(pause(this.#timer, Date.now()));
    });
    this.#render();
  }

  disconnectedCallback() {
    clearInterval(this.#interval);
  }

  #startOrPause() {
    const before = phase(this.#timer);
    if (before === "running") {
      this.#set(pause(this.#timer, Date.now()));
      this.#say(`Timer paused, ${formatSpoken(this.#timer.remaining)} left`);
      return;
    }
    this.#set(start(this.#timer, Date.now()));
    this.#say(before === "paused" ? `Timer resumed, ${formatSpoken(this.#timer.remaining)} left` : `Timer started: ${formatSpoken(this.#timer.remaining)}`);
  }

  #onTick() {
    const before = this.#timer;
    this.#set(tick(before, Date.now()));
    const message = announcement(before.remaining, this.#timer.remaining, this.#timer.duration);
    if (message) this.#say(message);
  }

  #set(next: TimerState) {
    this.#timer = next;
    const running = phase(next) === "running";
    if (running && this.#interval === undefined) this.#interval = window.setInterval(() => this.#onTick(), 250);
    if (!running && this.#interval !== undefined) {
      clearInterval(this.#interval);
      this.#interval = undefined;
    }
    this.#render();
  }

  #render() {
    const current = phase(this.#timer);
    const text = formatClock(this.#timer.remaining);
    if (this.#clock && this.#clock.textContent !== text) this.#clock.textContent = text;
    if (this.#start) this.#start.textContent = LABELS[current];
    if (this.#select) this.#select.disabled = current === "running";
    this.dataset["phase"] = current;
  }

  #say(message: string) {
    if (this.#status) this.#status.textContent = message;
  }
}
customElements.define("site-practice-timer", SitePracticeTimer);
