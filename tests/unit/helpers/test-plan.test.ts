import { describe, expect, it } from "vitest";
import {
  formatDuration,
  planStages,
  stepCounts,
  summarise,
  tallyPlaywright,
  tallyVitest,
} from "../../helpers/test-plan.mjs";

const step = (name: string, stage: number) => ({ name, stage, what: name, command: ["true"] });
const steps = [step("types", 1), step("unit", 1), step("build", 2), step("e2e", 3)];

describe("planStages", () => {
  it("groups steps by stage in ascending order, keeping their order inside a stage", () => {
    expect(planStages([step("e2e", 3), ...steps.slice(0, 3)]).map((s) => s.map((x) => x.name))).toEqual([
      ["types", "unit"],
      ["build"],
      ["e2e"],
    ]);
  });

  it("keeps only the named steps", () => {
    expect(planStages(steps, ["e2e", "unit"]).map((s) => s.map((x) => x.name))).toEqual([["unit"], ["e2e"]]);
  });

  it("refuses an unknown step and lists the known ones", () => {
    expect(() => planStages(steps, ["lint"])).toThrow('unknown step "lint"; the steps are types, unit, build, e2e');
  });
});

describe("counting a step's tests", () => {
  it("reads Vitest's report, pending and todo as skipped", () => {
    expect(tallyVitest({ numPassedTests: 5, numFailedTests: 1, numPendingTests: 2, numTodoTests: 1 })).toEqual({
      passed: 5,
      failed: 1,
      skipped: 3,
    });
  });

  it("reads Playwright's report and counts a flaky test as failed", () => {
    expect(tallyPlaywright({ stats: { expected: 10, unexpected: 1, flaky: 2, skipped: 0 } })).toEqual({
      passed: 10,
      failed: 3,
      skipped: 0,
    });
  });

  it("counts a step without a report as one test, passed or failed by its exit code", () => {
    expect(stepCounts({ step: step("build", 2), code: 0, seconds: 1, output: "" })).toEqual({ passed: 1, failed: 0 });
    expect(stepCounts({ step: step("build", 2), code: 1, seconds: 1, output: "" })).toEqual({ passed: 0, failed: 1 });
  });

  it("adds a failure when a step exits non-zero though its report has none", () => {
    expect(
      stepCounts({ step: step("e2e", 3), code: 1, seconds: 1, counts: { passed: 4, failed: 0 }, output: "" }),
    ).toEqual({ passed: 4, failed: 1 });
  });
});

describe("summarise", () => {
  it("ends with one line counting every step's tests", () => {
    const { line, ok, table } = summarise(
      [
        { step: step("types", 1), code: 0, seconds: 27.2, output: "" },
        { step: step("unit", 1), code: 0, seconds: 3.1, counts: { passed: 400, failed: 0 }, output: "" },
        { step: step("e2e", 3), code: 0, seconds: 190, counts: { passed: 250, failed: 0, skipped: 0 }, output: "" },
      ],
      [],
      230,
    );
    expect(line).toBe("651 passed, 0 failed");
    expect(ok).toBe(true);
    expect(table).toContain("[test] 3 steps in 3m 50s:");
    expect(table).toMatch(/e2e +ok +3m 10s +250 passed, 0 failed/);
  });

  it("fails the run and names the steps that did not run", () => {
    const { line, ok, table } = summarise([{ step: step("build", 2), code: 1, seconds: 5, output: "" }], ["e2e"], 5);
    expect(line).toBe("0 passed, 1 failed (1 steps not run)");
    expect(ok).toBe(false);
    expect(table).toContain("e2e          not run (an earlier stage failed)");
  });
});

describe("formatDuration", () => {
  it("writes seconds under a minute with one decimal, else minutes and seconds", () => {
    expect(formatDuration(9.42)).toBe("9.4s");
    expect(formatDuration(75)).toBe("1m 15s");
    expect(formatDuration(600)).toBe("10m 00s");
  });
});
