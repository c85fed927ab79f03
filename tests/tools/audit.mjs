// `npm run audit [build folder]`: Lighthouse (the npm package, driving the same Chromium as the end-to-end
// tests) on the home page, a question page, a topic page, the topic index and the search page, each as a phone
// and as a desktop, served compressed like a production host would (tests/helpers/static-server.mjs). Prints a
// table of the four category scores and exits 1 when any is below the threshold (0.95, or AUDIT_MIN_SCORE;
// AUDIT_MIN_SCORE=1.01 shows that it can fail). JSON reports of the judged runs go to .tmp/lighthouse/.
// AUDIT_ONLY=question,search limits the run to those kinds of page; a page below the threshold is run again,
// up to AUDIT_RUNS (3) times, and judged by its median run. Judging and the table: ./audit-report.mjs.
//
// Lighthouse simulates a phone's CPU by multiplying the tasks it observes on this machine, so any other work
// running at the same time inflates Total Blocking Time: run it alone (`npm test` runs it on its own, after the
// budget and before the end-to-end tests).
// The load average is printed before and after so a reader can tell.

import { mkdirSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { join } from "node:path";
import { launch } from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { CATEGORIES, formatTable, isBelow, judge, medianRun, parseMinScore } from "../helpers/audit-report.mjs";
import { findOrInstallBrowser } from "../helpers/browser.mjs";
import { builtBase, builtPages, builtSiteDir, pageKind, ROOT } from "../helpers/site-pages.mjs";
import { serveStatic } from "../helpers/static-server.mjs";
import { writeSummary } from "../helpers/summary.mjs";

const started = Date.now();
const KINDS = ["home", "question", "topic", "topics", "search"];

/** Stops with a message and exit code 2 (a usage or set-up problem, not a low score). @param {string} message */
function usage(message) {
  console.error(`[audit] ${message}`);
  process.exit(2);
}

/** @type {number} */
let MIN = 0.95;
try {
  MIN = parseMinScore(process.env["AUDIT_MIN_SCORE"]);
} catch (error) {
  usage(error instanceof Error ? error.message : String(error));
}
const RUNS = Number(process.env["AUDIT_RUNS"] ?? 3);
if (!Number.isInteger(RUNS) || RUNS < 1)
  usage(`AUDIT_RUNS=${process.env["AUDIT_RUNS"]}: expected a whole number of runs, 1 or more`);

const dir = builtSiteDir(process.argv[2]);
const base = builtBase(dir);
const pages = builtPages(dir);

// One page of each kind, the first of its kind in URL order. A kind asked for by name must exist; of the
// default kinds, those the build lacks are skipped with a note.
const only = process.env["AUDIT_ONLY"]
  ?.split(",")
  .map((k) => k.trim())
  .filter(Boolean);
const kinds = only ?? KINDS;
const targets = [];
for (const kind of kinds) {
  const page = pages.find((p) => pageKind(p.path) === kind);
  if (page) targets.push(page);
  else if (only) usage(`AUDIT_ONLY: no page of kind "${kind}" in ${dir} (kinds: ${KINDS.join(", ")})`);
  else console.log(`[audit] note: the build has no ${kind} page; skipped`);
}
if (targets.length === 0) usage(`no pages to audit in ${dir}`);

// Not under test-results/: Playwright empties that folder on every run.
const outDir = join(ROOT, ".tmp", "lighthouse");
mkdirSync(outDir, { recursive: true });

const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(" ");
console.log(
  `[audit] ${targets.length} pages x 2 devices, threshold ${MIN}, up to ${RUNS} runs per page; load average ${load()} on ${availableParallelism()} cores`,
);
if ((loadavg()[0] ?? 0) > availableParallelism()) {
  console.warn(
    "[audit] warning: the machine is busy (load average above the core count): performance scores will be lower and noisier than on a quiet machine",
  );
}

const { path: chromePath } = await findOrInstallBrowser();
const server = await serveStatic({ dir, base });
const chrome = await launch({
  chromePath,
  chromeFlags: [
    "--headless=new",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    // CI containers often give /dev/shm 64 MB, too little for Chromium's renderers.
    "--disable-dev-shm-usage",
    ...(process.getuid?.() === 0 ? ["--no-sandbox"] : []),
  ],
});

/** One Lighthouse run. @param {string} url @param {"mobile" | "desktop"} formFactor */
async function audit(url, formFactor) {
  const result = await lighthouse(
    url,
    { port: chrome.port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] },
    formFactor === "desktop" ? desktopConfig : undefined,
  );
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  return result;
}

/** @type {import("../helpers/audit-report.mjs").Verdict[]} */
const verdicts = [];
/** Audits Lighthouse could not run (name -> message), said once at the end. @type {Map<string, string>} */
const broken = new Map();
let environment = "";

try {
  for (const target of targets) {
    for (const device of /** @type {const} */ (["mobile", "desktop"])) {
      const url = new URL(target.path, server.url).href;
      // Scores vary from run to run (most of all Total Blocking Time on a busy machine): a page below the
      // threshold is run again, up to RUNS times in all, and judged by its median run, as Lighthouse CI does.
      const runs = [await audit(url, device)];
      while (runs.length < RUNS && isBelow(/** @type {(typeof runs)[number]} */ (runs[0]).lhr, MIN))
        runs.push(await audit(url, device));
      const { lhr, report } = medianRun(runs);
      const name = `${(target.path || "home").replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "")}-${device}`;
      writeFileSync(join(outDir, `${name}.json`), Array.isArray(report) ? (report[0] ?? "") : report);

      const verdict = judge({ page: `/${target.path}`, device, runs: runs.length, lhr, min: MIN });
      verdicts.push(verdict);
      for (const [id, a] of Object.entries(lhr.audits)) {
        if (a.scoreDisplayMode === "error") broken.set(id, (a.errorMessage ?? "").split("\n")[0] ?? "");
      }
      environment ||= `Lighthouse ${lhr.lighthouseVersion}, ${lhr.environment.hostUserAgent.match(/(?:Headless)?Chrome\/[\d.]+/)?.[0] ?? "Chrome"}, CPU benchmark index ${lhr.environment.benchmarkIndex}`;
      const scores = CATEGORIES.map((id) => `${id} ${verdict.scores[id] ?? "n/a"}`).join(", ");
      console.log(
        `[audit] ${verdict.page} ${device}: ${scores}${runs.length > 1 ? ` (median of ${runs.length} runs: performance ${runs.map((r) => r.lhr.categories["performance"]?.score).join(", ")})` : ""}`,
      );
    }
  }
} finally {
  chrome.kill();
  await server.close();
}

const failures = verdicts.flatMap((v) => v.failures);
// One test per page and device.
const failedPages = verdicts.filter((v) => v.failures.length > 0).length;
writeSummary({ passed: verdicts.length - failedPages, failed: failedPages });
console.log(`\n${formatTable(verdicts, MIN)}\n`);
console.log(
  `[audit] ${environment}; load average ${load()}; ${Math.round((Date.now() - started) / 1000)} s; reports in .tmp/lighthouse/`,
);
if (broken.size > 0) {
  // Diagnostics such as layout-shifts, whose trace parser in Lighthouse 12.2 fails on newer Chromium traces. A
  // weighted audit that errs fails its page above; these cost no points, but a reader of a report should know.
  const reasons = new Set([...broken.values()].map((why) => why.split(/(?:exception|error): /).at(-1)));
  console.log(`[audit] note: Lighthouse could not run ${[...broken.keys()].join(", ")}: ${[...reasons].join("; ")}`);
}
if (failures.length > 0) {
  console.error(`[audit] FAILED: below ${MIN}:\n  ${failures.join("\n  ")}`);
  process.exit(1);
}
console.log(`[audit] passed: every category of every page at or above ${MIN}`);
