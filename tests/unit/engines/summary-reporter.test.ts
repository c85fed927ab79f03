import { describe, expect, it } from "vitest";
import type { TestModule } from "vitest/node";
import { countTests } from "../../engines/summary-reporter.ts";

/** A stand-in for Vitest's TestModule: its state and its tests' states. */
const module = (state: string, tests: string[]) =>
  ({
    state: () => state,
    children: { allTests: () => tests.map((s) => ({ result: () => ({ state: s }) }))[Symbol.iterator]() },
  }) as unknown as TestModule;

describe("countTests", () => {
  it("counts passed and failed tests across files", () => {
    expect(countTests([module("passed", ["passed", "passed"]), module("failed", ["passed", "failed"])], 0)).toEqual({
      passed: 3,
      failed: 1,
    });
  });

  it("counts the tests of a file whose session did not start (all skipped) as failed", () => {
    expect(countTests([module("failed", ["skipped", "skipped", "skipped"])], 0)).toEqual({ passed: 0, failed: 3 });
  });

  it("leaves out tests a filter skipped in a file that passed", () => {
    expect(countTests([module("passed", ["passed", "skipped"])], 0)).toEqual({ passed: 1, failed: 0 });
  });

  it("counts a file that failed before it had tests, and errors outside any test", () => {
    expect(countTests([module("failed", [])], 2)).toEqual({ passed: 0, failed: 3 });
  });
});
