// The pure half of `npm test` (tests/tools/test-all.mjs): which steps run in which stage, how each runner's
// report becomes a count of tests, and the closing table and line. Unit-tested in tests/unit/helpers/test-plan.test.ts.

/**
 * @typedef {object} Step
 * @property {string} name
 * @property {number} stage steps of one stage run side by side; stages run in ascending order
 * @property {string} what one line on what the step checks
 * @property {string[]} command
 * @property {"vitest" | "playwright" | "summary"} [report] where its test count comes from
 *
 * @typedef {{ passed: number, failed: number, skipped?: number }} Counts
 * @typedef {{ step: Step, code: number, seconds: number, counts?: Counts | undefined, output: string }} StepResult
 */

/**
 * Groups steps by stage, in stage order, keeping only the named ones when `only` is given.
 * @param {readonly Step[]} steps
 * @param {readonly string[]} [only]
 * @returns {Step[][]}
 */
export function planStages(steps, only) {
  if (only) {
    const unknown = only.filter((name) => !steps.some((s) => s.name === name));
    if (unknown.length > 0)
      throw new Error(
        `unknown step ${unknown.map((n) => `"${n}"`).join(", ")}; the steps are ${steps.map((s) => s.name).join(", ")}`,
      );
  }
  const chosen = only ? steps.filter((s) => only.includes(s.name)) : [...steps];
  const numbers = [...new Set(chosen.map((s) => s.stage))].sort((a, b) => a - b);
  return numbers.map((n) => chosen.filter((s) => s.stage === n));
}

/**
 * Counts from Vitest's JSON reporter.
 * @param {{ numPassedTests?: number, numFailedTests?: number, numPendingTests?: number, numTodoTests?: number }} report
 * @returns {Counts}
 */
export function tallyVitest(report) {
  return {
    passed: report.numPassedTests ?? 0,
    failed: report.numFailedTests ?? 0,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  };
}

/**
 * Counts from Playwright's JSON reporter. A flaky test (passed only on a retry) counts as failed.
 * @param {{ stats?: { expected?: number, unexpected?: number, flaky?: number, skipped?: number } }} report
 * @returns {Counts}
 */
export function tallyPlaywright(report) {
  const stats = report.stats ?? {};
  return {
    passed: stats.expected ?? 0,
    failed: (stats.unexpected ?? 0) + (stats.flaky ?? 0),
    skipped: stats.skipped ?? 0,
  };
}

/**
 * The counts a step contributes: its report's, or one test for a step with none. A step that exits non-zero
 * with no failed test in its report (it crashed, or failed outside its tests) adds one failure.
 * @param {StepResult} result
 * @returns {Counts}
 */
export function stepCounts(result) {
  const counts = result.counts ?? (result.code === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 });
  if (result.code !== 0 && counts.failed === 0) return { ...counts, failed: 1 };
  return counts;
}

/** `75` -> `1m 15s`, `9.42` -> `9.4s`. @param {number} seconds */
export function formatDuration(seconds) {
  if (seconds < 60) return `${seconds.toFixed(1)}s`;
  const m = Math.floor(seconds / 60);
  return `${m}m ${String(Math.round(seconds - m * 60)).padStart(2, "0")}s`;
}

/**
 * The closing table (one row per step: verdict, time, counts) and the one line that says the whole outcome.
 * @param {readonly StepResult[]} results
 * @param {readonly string[]} notRun names of steps that did not run because an earlier stage failed
 * @param {number} seconds the whole run
 * @returns {{ table: string, line: string, ok: boolean }}
 */
export function summarise(results, notRun, seconds) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const rows = results.map((r) => {
    const c = stepCounts(r);
    passed += c.passed;
    failed += c.failed;
    skipped += c.skipped ?? 0;
    const verdict = r.code === 0 ? "ok" : "FAILED";
    return `  ${r.step.name.padEnd(12)} ${verdict.padEnd(7)} ${formatDuration(r.seconds).padStart(8)}   ${c.passed} passed, ${c.failed} failed${c.skipped ? `, ${c.skipped} skipped` : ""}`;
  });
  for (const name of notRun) rows.push(`  ${name.padEnd(12)} not run (an earlier stage failed)`);
  const ok = failed === 0 && notRun.length === 0 && results.every((r) => r.code === 0);
  const extras = [
    skipped > 0 ? `${skipped} skipped` : "",
    notRun.length > 0 ? `${notRun.length} steps not run` : "",
  ].filter(Boolean);
  const table = [`[test] ${results.length} steps in ${formatDuration(seconds)}:`, ...rows].join("\n");
  const line = `${passed} passed, ${failed} failed${extras.length > 0 ? ` (${extras.join(", ")})` : ""}`;
  return { table, line, ok };
}
