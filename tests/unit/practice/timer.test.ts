import { describe, expect, it } from "vitest";
import {
  announcement,
  createTimer,
  formatClock,
  formatSpoken,
  pause,
  phase,
  reset,
  secondsLeft,
  start,
  tick,
} from "../../../src/lib/practice/timer";

describe("timer model", () => {
  it("starts ready at its full length", () => {
    const timer = createTimer(2);
    expect(timer).toEqual({ duration: 120_000, remaining: 120_000, endsAt: null });
    expect(phase(timer)).toBe("ready");
  });

  it("counts down from the moment it starts", () => {
    const running = start(createTimer(2), 1_000);
    expect(phase(running)).toBe("running");
    expect(tick(running, 31_000).remaining).toBe(90_000);
  });

  it("keeps the time left while paused and resumes from it", () => {
    const paused = pause(start(createTimer(1), 0), 20_000);
    expect(phase(paused)).toBe("paused");
    expect(paused.remaining).toBe(40_000);
    // Time passing while paused changes nothing.
    expect(tick(paused, 500_000)).toBe(paused);
    const resumed = start(paused, 100_000);
    expect(tick(resumed, 110_000).remaining).toBe(30_000);
  });

  it("stops at zero and never goes negative", () => {
    const done = tick(start(createTimer(1), 0), 75_000);
    expect(done.remaining).toBe(0);
    expect(phase(done)).toBe("done");
  });

  it("starts again from the full length after finishing", () => {
    const done = tick(start(createTimer(1), 0), 60_000);
    const again = start(done, 70_000);
    expect(again.endsAt).toBe(130_000);
  });

  it("resets to the full length, stopped", () => {
    const timer = reset(tick(start(createTimer(3), 0), 50_000));
    expect(timer).toEqual({ duration: 180_000, remaining: 180_000, endsAt: null });
  });

  it("ignores start while running and pause while stopped", () => {
    const running = start(createTimer(2), 0);
    expect(start(running, 5_000)).toBe(running);
    const ready = createTimer(2);
    expect(pause(ready, 5_000)).toBe(ready);
  });
});

describe("clock formatting", () => {
  it("shows minutes and seconds as mm:ss", () => {
    expect(formatClock(120_000)).toBe("02:00");
    expect(formatClock(65_000)).toBe("01:05");
    expect(formatClock(0)).toBe("00:00");
  });

  it("rounds partial seconds up so zero shows only at the end", () => {
    expect(secondsLeft(400)).toBe(1);
    expect(formatClock(59_001)).toBe("01:00");
    expect(formatClock(-5)).toBe("00:00");
  });

  it("says the time in words", () => {
    expect(formatSpoken(120_000)).toBe("2 minutes");
    expect(formatSpoken(60_000)).toBe("1 minute");
    expect(formatSpoken(90_000)).toBe("1 minute 30 seconds");
    expect(formatSpoken(1_000)).toBe("1 second");
    expect(formatSpoken(0)).toBe("0 seconds");
  });
});

describe("announcements", () => {
  it("stays silent on ordinary seconds", () => {
    expect(announcement(100_000, 99_000, 120_000)).toBeNull();
    expect(announcement(45_000, 44_000, 120_000)).toBeNull();
  });

  it("announces each full minute left below the start", () => {
    expect(announcement(61_000, 60_000, 120_000)).toBe("1 minute left");
    expect(announcement(241_000, 240_000, 300_000)).toBe("4 minutes left");
  });

  it("does not announce the starting minute itself", () => {
    expect(announcement(120_500, 120_000, 120_000)).toBeNull();
  });

  it("announces 30 seconds left and time up", () => {
    expect(announcement(31_000, 30_000, 120_000)).toBe("30 seconds left");
    expect(announcement(1_000, 0, 120_000)).toBe("Time is up");
  });

  it("announces 30 seconds left on a one-minute timer but no minute mark", () => {
    const marks: string[] = [];
    for (let ms = 60_000; ms > 0; ms -= 1_000) {
      const said = announcement(ms, ms - 1_000, 60_000);
      if (said) marks.push(said);
    }
    expect(marks).toEqual(["30 seconds left", "Time is up"]);
  });

  it("speaks three times in a two-minute countdown ticking four times a second", () => {
    const said: string[] = [];
    for (let ms = 120_000; ms > 0; ms -= 250) {
      const message = announcement(ms, ms - 250, 120_000);
      if (message) said.push(message);
    }
    expect(said).toEqual(["1 minute left", "30 seconds left", "Time is up"]);
  });

  it("announces only the latest mark when one tick crosses several", () => {
    expect(announcement(65_000, 25_000, 120_000)).toBe("30 seconds left");
  });

  it("says nothing when time did not move down", () => {
    expect(announcement(30_000, 30_000, 120_000)).toBeNull();
    expect(announcement(30_000, 120_000, 120_000)).toBeNull();
  });
});
