// Counts the suite's tests for `npm test`: prints `engines: N passed, N failed` and, when TEST_SUMMARY_FILE is set,
// writes {"passed":N,"failed":M} there (tests/helpers/summary.mjs). A test that did not run because its engine's
// session did not start counts as failed, and so does an error outside any test: nothing is lost silently.

import type { Reporter, TestModule } from "vitest/node";
import { writeSummary } from "../helpers/summary.mjs";

/**
 * Passed and failed tests of a run. The suite skips nothing on purpose: in a file that failed (its session did not
 * start), a skipped test counts as failed; elsewhere only a filter (`-t`) skips, and those are left out.
 */
export function countTests(
  modules: readonly TestModule[],
  unhandledErrors: number,
): { passed: number; failed: number } {
  let passed = 0;
  let failed = unhandledErrors;
  for (const module of modules) {
    const tests = [...module.children.allTests()];
    const broken = module.state() === "failed";
    for (const test of tests) {
      const state = test.result().state;
      if (state === "passed") passed++;
      else if (state === "failed" || broken) failed++;
    }
    if (module.state() === "failed" && tests.length === 0) failed++;
  }
  return { passed, failed };
}

export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: readonly TestModule[], unhandledErrors: readonly unknown[]): void {
    const summary = countTests(modules, unhandledErrors.length);
    console.log(`engines: ${summary.passed} passed, ${summary.failed} failed`);
    writeSummary(summary);
  }
}
