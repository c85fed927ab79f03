// The tally a check script hands to `npm test` (tests/tools/test-all.mjs): when TEST_SUMMARY_FILE is set,
// `{ "passed": N, "failed": M }` is written there, so the whole run can end with one line counting every
// step's tests. Without the variable nothing is written.

import { writeFileSync } from "node:fs";

/**
 * @param {{ passed: number, failed: number }} tally
 * @param {NodeJS.ProcessEnv} [env]
 */
export function writeSummary({ passed, failed }, env = process.env) {
  const file = env["TEST_SUMMARY_FILE"];
  if (file) writeFileSync(file, `${JSON.stringify({ passed, failed })}\n`);
}
