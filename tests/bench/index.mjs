// `npm run bench`: the site's figures, measured, judged by nothing (budgets live in `npm run budget`).
//   1. Builds: the real site (8 questions), 100 and BENCH_QUESTIONS (default 1000) questions generated from the
//      real ones (tests/bench/corpus.mjs), each cold (a fresh copy, empty cache) and warm (again, nothing changed),
//      in temporary copies with their own cache folders. With STARLIGHT_DIR (a copy of the reference site that the
//      reader made and installed, see its README) the reference is built at 8 and BENCH_QUESTIONS pages right after
//      ours, cold and warm, so both are measured in the same minutes of a shared machine. BENCH_RUNS repeats each.
//      Prints the phase breakdown our builds recorded (src/integrations/build-timings.ts), wall time, CPU time and
//      peak memory beside the reference's with the ratios, and the cost of each extra question.
//   2. Search (tests/bench/search.mjs) and navigation ("Next question", cold and after a hover) on the 8-question build.
//   3. Page weights at 8 and BENCH_QUESTIONS questions, the budget script (tests/tools/budget.mjs) on the larger, and
//      what the mock round page fetches at load and for a round at each size (tests/bench/mock-round.mjs).
//   4. A large answer: one question with a 150,000-character line and 20,000 more paragraphs (BENCH_LONG_LINE,
//      BENCH_LONG_FILE_LINES); work that grew worse than linearly with a line's or a file's length would show.
// Options (after `--`): --no-scale (8 questions only), --builds-only (step 1), --no-large, --only-large (8 and step 4),
// --no-reference (ignore STARLIGHT_DIR).

import { spawnSync } from "node:child_process";
import { readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { findOrInstallBrowser } from "../helpers/browser.mjs";
import { builtBase, builtPages, pageKind, ROOT } from "../helpers/site-pages.mjs";
import { initialDownloads, tally } from "../helpers/weight.mjs";
import { addLargeAnswer, copyProject, generateQuestions } from "./corpus.mjs";
import { timeBuild } from "./measure.mjs";
import { measureNavigation } from "./navigation.mjs";
import { comparisonTable, perQuestionCost, phaseTable, recordedTimings } from "./report.mjs";
import { starlightCopy } from "./starlight.mjs";

const args = new Set(process.argv.slice(2));
const SCALE = Number(process.env["BENCH_QUESTIONS"] ?? 1000);
const RUNS = Math.max(1, Number(process.env["BENCH_RUNS"] ?? 1));
const onlyLarge = args.has("--only-large");
const sizes =
  args.has("--no-scale") || onlyLarge ? [8] : [...new Set([8, 100, SCALE])].filter((n) => n >= 8).sort((a, b) => a - b);
const reference = args.has("--no-reference") || onlyLarge ? undefined : starlightCopy();
const ASTRO = join(ROOT, "node_modules/astro/bin/astro.mjs");
const kib = (/** @type {number} */ n) => `${(n / 1024).toFixed(1)} KiB`;
const mib = (/** @type {number} */ n) => `${(n / 1024 / 1024).toFixed(2)} MiB`;

/** Builds a copy of ours. @param {{ dir: string }} copy @param {string} label */
const buildOurs = (copy, label) =>
  timeBuild({ label, cwd: copy.dir, node: process.execPath, astro: ASTRO, args: ["--outDir", join(copy.dir, "dist")] });

/** Bytes and file count of a folder, recursively. @param {string} dir */
function folderSize(dir) {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { recursive: true })) {
    const stat = statSync(join(dir, String(entry)));
    if (stat.isFile()) {
      bytes += stat.size;
      files += 1;
    }
  }
  return { bytes, files };
}

/** The figures that grow with the content, for one build. @param {string} dist */
function figures(dist) {
  const base = builtBase(dist);
  const pages = builtPages(dist);
  /** @type {Record<string, number>} */
  const heaviest = {};
  let top = { path: "", total: 0 };
  for (const page of pages) {
    const kind = pageKind(page.path);
    const total = tally(initialDownloads(page.file, `${base}${page.path}`, { dir: dist, base }).keys()).total;
    heaviest[kind] = Math.max(heaviest[kind] ?? 0, total);
    if (total > top.total) top = { path: page.path, total };
  }
  const index = folderSize(join(dist, "pagefind"));
  return {
    pages: pages.length,
    "output size": mib(folderSize(dist).bytes),
    "search index": `${mib(index.bytes)} in ${index.files} files`,
    "question page, before interaction": kib(heaviest["question"] ?? 0),
    "home page, before interaction": kib(heaviest["home"] ?? 0),
    "topic list, before interaction": kib(heaviest["topics"] ?? 0),
    "heaviest topic page": kib(heaviest["topic"] ?? 0),
    "heaviest page of any kind": `${kib(top.total)} (/${top.path})`,
  };
}

// 1. Builds, ours and the reference's, one after the other.
console.log(
  `\n[bench] 1. builds at ${sizes.join(", ")} questions, cold and warm, ${RUNS} run${RUNS === 1 ? "" : "s"} each${reference ? `, beside the reference site in ${reference.dir}` : " (set STARLIGHT_DIR to build the reference site beside them)"}`,
);
/** @type {import("./report.mjs").Pair[]} */
const pairs = [];
/** @type {{ questions: number, runs: import("./measure.mjs").BuildRun[] }[]} */
const coldBySize = [];
/** @type {{ label: string, timings: NonNullable<ReturnType<typeof recordedTimings>> }[]} */
const recorded = [];
/** @type {Map<number, ReturnType<typeof copyProject>>} copies kept for the later steps */
const kept = new Map();
try {
  for (const questions of sizes) {
    const copy = copyProject(`bench-${questions}-`);
    if (questions > 8) generateQuestions(copy.dir, questions);
    const withReference = reference !== undefined && (questions === 8 || questions === SCALE);
    const cold = {
      size: `${questions} questions`,
      kind: /** @type {const} */ ("cold"),
      ours: /** @type {import("./measure.mjs").BuildRun[]} */ ([]),
      reference: /** @type {import("./measure.mjs").BuildRun[]} */ ([]),
    };
    const warm = {
      ...cold,
      kind: /** @type {const} */ ("warm"),
      ours: /** @type {typeof cold.ours} */ ([]),
      reference: /** @type {typeof cold.ours} */ ([]),
    };
    for (let run = 1; run <= RUNS; run++) {
      rmSync(copy.cacheDir, { recursive: true, force: true });
      rmSync(join(copy.dir, "dist"), { recursive: true, force: true });
      const label = `${questions}${RUNS > 1 ? ` #${run}` : ""}`;
      cold.ours.push(await buildOurs(copy, `ours ${label} cold`));
      const coldTimings = recordedTimings(copy.cacheDir);
      if (withReference) {
        reference.synth(questions === 8 ? 0 : questions);
        reference.clean();
        cold.reference.push(await reference.build(`reference ${label} cold`));
      }
      warm.ours.push(await buildOurs(copy, `ours ${label} warm`));
      const warmTimings = recordedTimings(copy.cacheDir);
      if (withReference) warm.reference.push(await reference.build(`reference ${label} warm`));
      const last = (/** @type {import("./measure.mjs").BuildRun[]} */ r) => `${r.at(-1)?.seconds.toFixed(1)} s`;
      console.log(
        `[bench] ${label} questions: ours cold ${last(cold.ours)}, warm ${last(warm.ours)}${withReference ? `; reference cold ${last(cold.reference)}, warm ${last(warm.reference)}` : ""}`,
      );
      if (run === RUNS && coldTimings) recorded.push({ label: `${questions} cold`, timings: coldTimings });
      if (run === RUNS && warmTimings) recorded.push({ label: `${questions} warm`, timings: warmTimings });
    }
    pairs.push(cold, warm);
    coldBySize.push({ questions, runs: cold.ours });
    if (questions === 8 || questions === SCALE) kept.set(questions, copy);
    else copy.remove();
  }
  if (reference) reference.synth(0);

  console.log("\n[bench] where our build's time goes (phases as each build recorded them, last run of each)");
  console.table(phaseTable(recorded));
  console.log(
    "[bench] ours beside the reference site (medians; ratio = ours ÷ reference, lower is better; peak memory of the largest Node process)",
  );
  console.table(comparisonTable(pairs));
  if (coldBySize.length > 1) {
    console.log("[bench] cost of each extra question (cold builds)");
    console.table(perQuestionCost(coldBySize));
  }
  if (!args.has("--builds-only")) await laterSteps();
} finally {
  for (const copy of kept.values()) copy.remove();
  if (reference) reference.synth(0);
}

/** Steps 2 to 4, on the builds kept from step 1. */
async function laterSteps() {
  const small = kept.get(8);
  const smallDist = join(small?.dir ?? "", "dist");
  if (!onlyLarge && small) {
    const { path: browserPath } = await findOrInstallBrowser();
    console.log("\n[bench] 2. search (tests/bench/search.mjs) on the 8-question build");
    const search = spawnSync(process.execPath, [join(ROOT, "tests/bench/search.mjs"), smallDist], {
      cwd: ROOT,
      stdio: "inherit",
    });
    if (search.status !== 0) throw new Error(`tests/bench/search.mjs failed (exit ${search.status})`);
    console.log("\n[bench] navigation: Next question, click to load event");
    const nav = await measureNavigation({ dir: smallDist, base: builtBase(smallDist), browserPath });
    const row = (/** @type {typeof nav.cold} */ r) => ({
      "median ms": r.median,
      runs: r.runs,
      "page not downloaded again": r.fromCache,
      prerendered: r.prerendered,
      "each run, ms": r.all.join(" "),
    });
    console.table({ "click at once (cold)": row(nav.cold), [`hover ${nav.dwellMs} ms, then click`]: row(nav.hover) });
    console.log(
      `[bench] network: ${nav.network}; times from the browser's navigation timing (navigation start, or prerender activation, to load event)`,
    );
  }

  /** @type {Record<string, Record<string, string | number>>} */
  const weights = {};
  for (const [questions, copy] of kept) weights[`${questions} questions`] = figures(join(copy.dir, "dist"));
  const large = kept.get(SCALE);
  if (large && SCALE !== 8) {
    console.log(`\n[bench] 3. the budget script on the ${SCALE}-question build (tests/tools/budget.mjs)`);
    const budget = spawnSync(process.execPath, [join(ROOT, "tests/tools/budget.mjs"), join(large.dir, "dist")], {
      cwd: ROOT,
      encoding: "utf8",
    });
    // The search files it lists one per line are many at this size: the tables and the verdict are what matter.
    console.log(
      budget.stdout
        .split("\n")
        .filter((line) => !/^\s+[\d.]+ KiB\s+\//.test(line))
        .join("\n"),
    );
    console.log(
      budget.status === 0
        ? `[bench] every page of the ${SCALE}-question build is within budget`
        : `[bench] the ${SCALE}-question build is over budget (exit ${budget.status}):\n${budget.stderr}`,
    );
  }
  for (const [questions, copy] of kept) {
    console.log(`\n[bench] 3. what the mock round page fetches at ${questions} questions (tests/bench/mock-round.mjs)`);
    const mock = spawnSync(process.execPath, [join(ROOT, "tests/bench/mock-round.mjs"), join(copy.dir, "dist")], {
      cwd: ROOT,
      stdio: "inherit",
    });
    if (mock.status !== 0) console.log(`[bench] tests/bench/mock-round.mjs failed (exit ${mock.status})`);
  }

  if (!args.has("--no-large") && small) {
    const lineLength = Number(process.env["BENCH_LONG_LINE"] ?? 150_000);
    const lines = Number(process.env["BENCH_LONG_FILE_LINES"] ?? 20_000);
    console.log(
      `\n[bench] 4. a large answer: one line of ${lineLength} characters and ${lines} more paragraphs in one question`,
    );
    const big = copyProject("bench-large-");
    try {
      const answer = addLargeAnswer(big.dir, { lineLength, lines });
      const run = await buildOurs(big, "large answer");
      const copy = statSync(join(big.dir, "dist", "questions", "staying-current.md")).size;
      weights["8 questions, one large answer"] = {
        "build time": `${run.seconds.toFixed(1)} s`,
        "build CPU": `${run.cpu?.toFixed(1) ?? "n/a"} s`,
        ...figures(join(big.dir, "dist")),
        "large answer": `${(answer.chars / 1e6).toFixed(2)} M characters, longest line ${answer.longestLine}`,
        "its Markdown copy": mib(copy),
      };
      console.log(
        `[bench] built in ${run.seconds.toFixed(1)} s, ${run.cpu?.toFixed(1) ?? "n/a"} s CPU (8 questions as they are: ${coldBySize[0]?.runs[0]?.cpu?.toFixed(1) ?? "n/a"} s CPU cold)`,
      );
    } finally {
      big.remove();
    }
  }

  console.log("\n[bench] page weights (gzip bytes before interaction, for the heaviest page of each kind)");
  console.table(weights);
}
