// `npm run test:engines`: the cross-engine suite, one file per engine, run side by side (one worker each); each
// file keeps one browser session for all its tests. ENGINES=firefox (or webkit) runs one of them.
import { defineConfig } from "vitest/config";
import { parseEngineList } from "../helpers/engines.mjs";

const chosen = parseEngineList(process.env["ENGINES"]);
if ("error" in chosen) throw new Error(chosen.error);

export default defineConfig({
  test: {
    root: new URL("../..", import.meta.url).pathname,
    include: chosen.engines.map((engine) => `tests/engines/${engine}.test.ts`),
    environment: "node",
    globalSetup: ["./tests/engines/global-setup.ts"],
    reporters: ["default", "./tests/engines/summary-reporter.ts"],
    pool: "forks",
    fileParallelism: true,
    maxWorkers: 2,
    // In order within a file: one session, and the WebKit load run goes on beside the first checks.
    sequence: { concurrent: false, shuffle: false },
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // No retries: a check that passes only on a second try is broken.
    retry: 0,
  },
});
