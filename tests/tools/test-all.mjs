// `npm test`: every check of the project, in stages; the steps of a stage run side by side (this machine has
// two cores and most steps keep one busy), the stages one after the other. Each step's output is printed in
// one piece when it ends, with its time; the run ends with a table of the steps and one line counting every
// step's tests: `N passed, N failed`. The exit code is non-zero when anything failed.
//
// A step counts its tests from its runner's report (Vitest and Playwright JSON reports, or the
// `{ passed, failed }` file our own check scripts write to TEST_SUMMARY_FILE, see ./summary.mjs); a step
// that reports nothing counts as one test. A stage runs only when every step before it passed, since later
// steps test what earlier ones built.
//
//   npm test                     everything
//   npm test -- --only e2e,html  just these steps (a build must exist for the ones that need it)
//   npm test -- --list           the steps, by stage

import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../helpers/site-pages.mjs";
import { formatDuration, planStages, summarise, tallyPlaywright, tallyVitest } from "../helpers/test-plan.mjs";

const REPORTS = join(ROOT, ".tmp", "test-reports");

/**
 * Every step: its command, and how its tests are counted ("vitest", "playwright", "summary" file, or none).
 * @type {import("../helpers/test-plan.mjs").Step[]}
 */
const STEPS = [
  {
    name: "types",
    stage: 1,
    what: "astro check, Prettier and knip (npm run check)",
    command: ["npm", "run", "--silent", "check"],
  },
  {
    name: "unit",
    stage: 1,
    what: "Vitest: pure modules, content",
    command: ["npx", "vitest", "run", "--config", "tests/vitest.config.ts", "--project", "unit"],
    report: "vitest",
  },
  {
    name: "integration",
    stage: 1,
    what: "Vitest: broken copies of the site must fail to build",
    command: ["npx", "vitest", "run", "--config", "tests/vitest.config.ts", "--project", "integration"],
    report: "vitest",
  },
  { name: "build", stage: 2, what: "astro build into dist/, with the link check", command: ["npx", "astro", "build"] },
  {
    name: "build:base",
    stage: 2,
    what: "a second build under /handbook/ (for e2e:base)",
    command: ["node", "tests/tools/run-e2e-base.mjs", "--build-only"],
  },
  {
    name: "html",
    stage: 3,
    what: "html-validate on every page",
    command: ["node", "tests/tools/validate-html.mjs"],
    report: "summary",
  },
  {
    name: "budget",
    stage: 3,
    what: "bytes before interaction and for search",
    command: ["node", "tests/tools/budget.mjs"],
    report: "summary",
  },
  // Alone: Lighthouse's simulated timings suffer from anything else running.
  {
    name: "audit",
    stage: 4,
    what: "Lighthouse, 5 pages x 2 devices",
    command: ["node", "tests/tools/audit.mjs"],
    report: "summary",
  },
  {
    name: "e2e",
    stage: 5,
    what: "Playwright in Chromium, the whole suite",
    command: ["node", "tests/tools/run-e2e.mjs", "--reporter=dot,json"],
    report: "playwright",
  },
  {
    name: "e2e:base",
    stage: 6,
    what: "Playwright, @base-path tests on the /handbook/ build",
    command: ["node", "tests/tools/run-e2e-base.mjs", "--no-build", "--reporter=dot,json"],
    report: "playwright",
  },
  // Alone: two browsers at once keep both cores busy. Needs the build of stage 2 (dist/).
  {
    name: "engines",
    stage: 7,
    what: "Firefox and WebKit: page loads, features, sideways scroll, axe, screenshots",
    command: ["npx", "vitest", "run", "--config", "tests/engines/vitest.config.ts"],
    report: "summary",
  },
];

const argv = process.argv.slice(2);
const onlyArg = argv.includes("--only") ? argv[argv.indexOf("--only") + 1] : undefined;
const only = onlyArg ? onlyArg.split(",").map((s) => s.trim()) : undefined;
const stages = planStages(STEPS, only);

if (argv.includes("--list")) {
  for (const stage of stages)
    console.log(`stage ${stage[0]?.stage}: ${stage.map((s) => `${s.name} (${s.what})`).join(", ")}`);
  process.exit(0);
}

rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });

/**
 * Runs one step with its output captured; resolves with its result.
 * @param {import("../helpers/test-plan.mjs").Step} step
 * @returns {Promise<import("../helpers/test-plan.mjs").StepResult>}
 */
function runStep(step, live = false) {
  const file = join(REPORTS, `${step.name.replace(/[^a-z0-9]+/gi, "-")}.json`);
  /** @type {Record<string, string>} */
  const extra = { FORCE_COLOR: "0" };
  const command = [...step.command];
  if (step.report === "vitest") command.push("--reporter=default", "--reporter=json", `--outputFile.json=${file}`);
  if (step.report === "playwright") extra["PLAYWRIGHT_JSON_OUTPUT_NAME"] = file;
  if (step.report === "summary") extra["TEST_SUMMARY_FILE"] = file;
  const started = Date.now();
  return new Promise((resolve) => {
    const [cmd = "", ...args] = command;
    const child = spawn(cmd, args, { cwd: ROOT, env: { ...process.env, ...extra }, stdio: ["ignore", "pipe", "pipe"] });
    /** @type {Buffer[]} */
    const output = [];
    // A step that runs alone is shown as it goes; side-by-side steps are shown whole when they end.
    const take = (/** @type {Buffer} */ chunk) => (live ? process.stdout.write(chunk) : output.push(chunk));
    child.stdout.on("data", take);
    child.stderr.on("data", take);
    const finish = (/** @type {number} */ code, /** @type {string} */ note = "") => {
      const seconds = (Date.now() - started) / 1000;
      let counts;
      try {
        if (existsSync(file)) {
          const report = JSON.parse(readFileSync(file, "utf8"));
          counts =
            step.report === "vitest"
              ? tallyVitest(report)
              : step.report === "playwright"
                ? tallyPlaywright(report)
                : report;
        }
      } catch (error) {
        note += `\n[test] could not read ${file}: ${error instanceof Error ? error.message : String(error)}`;
      }
      resolve({ step, code, seconds, counts, output: Buffer.concat(output).toString("utf8") + note });
    };
    child.on("error", (error) => finish(1, `\n[test] could not start ${cmd}: ${error.message}`));
    child.on("close", (code, signal) => finish(code ?? (signal ? 1 : 0)));
  });
}

const started = Date.now();
/** @type {import("../helpers/test-plan.mjs").StepResult[]} */
const results = [];
/** @type {string[]} */
const skipped = [];
for (const stage of stages) {
  if (results.some((r) => r.code !== 0)) {
    skipped.push(...stage.map((s) => s.name));
    continue;
  }
  const live = stage.length === 1;
  console.log(
    `\n[test] ${stage.map((s) => s.name).join(" + ")}${live ? `: ${stage[0]?.what}` : " (side by side; each shown when it ends)"}`,
  );
  const done = await Promise.all(
    stage.map(async (step) => {
      const result = await runStep(step, live);
      const verdict = result.code === 0 ? "passed" : `FAILED (exit code ${result.code})`;
      const heading = `──── ${step.name}: ${step.what} — ${verdict} in ${formatDuration(result.seconds)}`;
      console.log(live ? `${result.output.trimEnd()}\n${heading}` : `\n${heading}\n${result.output.trimEnd()}`);
      return result;
    }),
  );
  results.push(...done);
}

const { table, line, ok } = summarise(results, skipped, (Date.now() - started) / 1000);
console.log(`\n${table}\n${line}`);
process.exit(ok ? 0 : 1);
