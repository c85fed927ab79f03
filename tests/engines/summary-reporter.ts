// Counts the suite's tests for `npm test`'s summary: prints `engines: N passed, N failed` and, when TEST_SUMMARY_FILE
// is set, writes {"passed":N,"failed":M} there. A file that could not run (a browser that did not start) counts
// each of its tests as failed, and an error outside any test as one failure more, so nothing is silently lost.

import { writeFileSync } from "node:fs";
import type { Reporter, TestModule } from "vitest/node";

export function countTests(modules: readonly TestModule[], unhandledErrors: number): { passed: number; failed: number } {
  let passed = 0;
  let failed = unhandledErrors;
  for (const module of modules) {
    for (const test of module.children.allTests()) {
      const state = test.result().state;
      if (state === "passed") passed++;
      else if (state === "failed") failed++;
    }
    if (module.state() === "failed" && [...module.children.allTests()].length === 0) failed++;
  }
  return { passed, failed };
}

export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: readonly TestModule[], unhandledErrors: readonly unknown[]): void {
    const summary = countTests(modules, unhandledErrors.length);
    console.log(`engines: ${summary.passed} passed, ${summary.failed} failed`);
    const file = process.env["TEST_SUMMARY_FILE"];
    if (file) writeFileSync(file, `${JSON.stringify(summary)}\n`);
  }
}
