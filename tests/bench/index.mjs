// `npm run bench`: the site's figures, measured, judged by nothing (budgets live in `npm run budget`).
//   1. Builds the real site (8 questions) in a temporary copy of the project and times the build.
//   2. Search: tests/bench/search.mjs on that build (download sizes, index, query latency).
//   3. Navigation: "Next question" click to load, cold and after a hover (prefetch), on a slow 4G profile.
//   4. Scale: the same copy with BENCH_QUESTIONS (default 1000) synthetic questions made from the real ones;
//      build time, pages, search index size and page weights, printed beside the 8-question figures.
//   5. A large answer: one question with a 150,000-character line and 20,000 more paragraphs
//      (BENCH_LONG_LINE, BENCH_LONG_FILE_LINES), build time beside the 8-question build's; work that grew
//      worse than linearly with a line's or a file's length would show here.
// `npm run bench -- --no-scale` skips step 4, `--no-large` step 5; `--only-scale` runs only steps 1 and 4,
// `--only-large` only steps 1 and 5.

import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { findOrInstallBrowser } from "../helpers/browser.mjs";
import { builtBase, builtPages, pageKind, ROOT } from "../helpers/site-pages.mjs";
import { initialDownloads, tally } from "../helpers/weight.mjs";
import { addLargeAnswer, copyProject, generateQuestions } from "./corpus.mjs";
import { measureNavigation } from "./navigation.mjs";

const args = new Set(process.argv.slice(2));
const SCALE = Number(process.env["BENCH_QUESTIONS"] ?? 1000);
const kib = (/** @type {number} */ n) => `${(n / 1024).toFixed(1)} KiB`;
const mib = (/** @type {number} */ n) => `${(n / 1024 / 1024).toFixed(2)} MiB`;

/**
 * CPU seconds (user + system) used so far by this process's finished children, from /proc (Linux); undefined
 * elsewhere. Unlike wall time it barely moves when other work shares the machine.
 */
function childCpuSeconds() {
  try {
    const fields = readFileSync("/proc/self/stat", "utf8").replace(/^.*\) /s, "").split(" ");
    return (Number(fields[13]) + Number(fields[14])) / 100; // cutime + cstime, in clock ticks of 1/100 s
  } catch {
    return undefined;
  }
}

/** CPU seconds of the last build, when known. @type {number | undefined} */
let lastBuildCpu;

/** Runs `astro build` in a project copy; returns the wall time. @param {string} dir */
function build(dir) {
  const cpuBefore = childCpuSeconds();
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [join(ROOT, "node_modules/astro/bin/astro.mjs"), "build", "--outDir", join(dir, "dist")], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const cpuAfter = childCpuSeconds();
  lastBuildCpu = cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore;
  if (result.status !== 0) {
    console.error(`${result.stdout}\n${result.stderr}`.split("\n").slice(-40).join("\n"));
    throw new Error(`astro build failed in ${dir} (exit ${result.status})`);
  }
  return seconds;
}

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

/** The figures that grow with the content, for one build. @param {string} dist @param {number} seconds */
function figures(dist, seconds) {
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
  const all = folderSize(dist);
  return {
    "build time": `${seconds.toFixed(1)} s`,
    "build CPU": lastBuildCpu === undefined ? "n/a" : `${lastBuildCpu.toFixed(1)} s`,
    pages: pages.length,
    "output size": mib(all.bytes),
    "search index": `${mib(index.bytes)} in ${index.files} files`,
    "question page, before interaction": kib(heaviest["question"] ?? 0),
    "home page, before interaction": kib(heaviest["home"] ?? 0),
    "heaviest topic page": kib(heaviest["topic"] ?? 0),
    "heaviest page of any kind": `${kib(top.total)} (/${top.path})`,
  };
}

const { path: browserPath } = await findOrInstallBrowser();

console.log("\n[bench] 1. build of the real site (8 questions) in a temporary copy");
const small = copyProject("bench-8-");
/** @type {Record<string, Record<string, string | number>>} */
const table = {};
try {
  const seconds = build(small.dir);
  const dist = join(small.dir, "dist");
  table["8 questions"] = figures(dist, seconds);
  console.log(`[bench] built in ${seconds.toFixed(1)} s`);

  if (!args.has("--only-scale") && !args.has("--only-large")) {
    console.log("\n[bench] 2. search (tests/bench/search.mjs)");
    const search = spawnSync(process.execPath, [join(ROOT, "tests/bench/search.mjs"), dist], { cwd: ROOT, stdio: "inherit" });
    if (search.status !== 0) throw new Error(`tests/bench/search.mjs failed (exit ${search.status})`);

    console.log("\n[bench] 3. navigation: Next question, click to load event");
    const nav = await measureNavigation({ dir: dist, base: builtBase(dist), browserPath });
    const row = (/** @type {typeof nav.cold} */ r) => ({ "median ms": r.median, runs: r.runs, "page not downloaded again": r.fromCache, prerendered: r.prerendered, "each run, ms": r.all.join(" ") });
    console.table({ "click at once (cold)": row(nav.cold), [`hover ${nav.dwellMs} ms, then click`]: row(nav.hover) });
    console.log(`[bench] network: ${nav.network}; times from the browser's navigation timing (navigation start, or prerender activation, to load event)`);
  }
} finally {
  small.remove();
}

if (!args.has("--no-scale") && !args.has("--only-large")) {
  console.log(`\n[bench] 4. scale: ${SCALE} questions generated from the real ones, built in a temporary copy`);
  const large = copyProject(`bench-${SCALE}-`);
  try {
    const written = generateQuestions(large.dir, SCALE);
    console.log(`[bench] wrote ${written} synthetic questions; building…`);
    const seconds = build(large.dir);
    table[`${SCALE} questions`] = figures(join(large.dir, "dist"), seconds);
  } finally {
    large.remove();
  }
}

if (!args.has("--no-large") && !args.has("--only-scale")) {
  const lineLength = Number(process.env["BENCH_LONG_LINE"] ?? 150_000);
  const lines = Number(process.env["BENCH_LONG_FILE_LINES"] ?? 20_000);
  console.log(`\n[bench] 5. a large answer: one line of ${lineLength} characters and ${lines} more paragraphs in one question`);
  const big = copyProject("bench-large-");
  try {
    const answer = addLargeAnswer(big.dir, { lineLength, lines });
    const seconds = build(big.dir);
    const copy = statSync(join(big.dir, "dist", "questions", "staying-current.md")).size;
    table["8 questions, one large answer"] = { ...figures(join(big.dir, "dist"), seconds), "large answer": `${(answer.chars / 1e6).toFixed(2)} M characters, longest line ${answer.longestLine}`, "its Markdown copy": mib(copy) };
    console.log(`[bench] built in ${seconds.toFixed(1)} s (8 questions as they are: ${table["8 questions"]?.["build time"] ?? "not measured"})`);
  } finally {
    big.remove();
  }
}

console.log("\n[bench] growth (bytes before interaction are gzip, for the heaviest page of each kind)");
console.table(table);
