// The bench's tables: the phase breakdown each of our builds recorded (src/lib/build-timings.ts), the builds side by
// side with the reference site's and their ratios, and the cost of each extra question.

import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { phaseRows } from "../../src/lib/build-timings.ts";
import { median } from "./measure.mjs";

const s = (/** @type {number | undefined} */ n) => (n === undefined ? "n/a" : `${n.toFixed(1)} s`);
const mib = (/** @type {number | undefined} */ n) => (n === undefined ? "n/a" : `${Math.round(n / 2 ** 20)} MiB`);
const ratio = (/** @type {number | undefined} */ a, /** @type {number | undefined} */ b) =>
  a === undefined || b === undefined || b === 0 ? "n/a" : `${(a / b).toFixed(2)}×`;

/**
 * What one of our builds recorded about itself (`<cacheDir>/build-timings.json`), or undefined.
 * @param {string} cacheDir
 * @returns {import("../../src/lib/build-timings.ts").BuildTimings | undefined}
 */
export function recordedTimings(cacheDir) {
  const file = join(cacheDir, "build-timings.json");
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : undefined;
}

/**
 * One table of the phases of several builds: a row per phase, a column per build, seconds and share.
 * @param {{ label: string, timings: import("../../src/lib/build-timings.ts").BuildTimings }[]} builds
 */
export function phaseTable(builds) {
  /** @type {Map<string, Record<string, string>>} */
  const table = new Map();
  for (const { label, timings } of builds) {
    const { rows, total } = phaseRows(timings);
    for (const row of [...rows, { phase: "total", ms: total, share: 1, within: false }]) {
      const name = row.within ? `  ${row.phase}` : row.phase;
      const line = table.get(name) ?? {};
      line[label] =
        `${(row.ms / 1000).toFixed(1)} s (${Math.round(row.share * 100)}%)${"note" in row && row.note ? `, ${row.note}` : ""}`;
      table.set(name, line);
    }
    const peak = table.get("peak memory (recorded)") ?? {};
    peak[label] = `${mib(timings.peakRssBytes)}, CPU ${(timings.cpuMs / 1000).toFixed(1)} s`;
    table.set("peak memory (recorded)", peak);
  }
  return Object.fromEntries(table);
}

/**
 * @typedef {import("./measure.mjs").BuildRun} BuildRun
 * @typedef {{ size: string, kind: "cold" | "warm", ours: BuildRun[], reference: BuildRun[] }} Pair
 */

/** Medians of several runs of one build. @param {BuildRun[]} runs */
export function summarise(runs) {
  const defined = (/** @type {(number | undefined)[]} */ xs) =>
    /** @type {number[]} */ (xs.filter((x) => x !== undefined));
  const cpu = defined(runs.map((r) => r.cpu));
  const peak = defined(runs.map((r) => r.peakBytes));
  return {
    seconds: runs.length > 0 ? median(runs.map((r) => r.seconds)) : undefined,
    cpu: cpu.length > 0 ? median(cpu) : undefined,
    peak: peak.length > 0 ? Math.max(...peak) : undefined,
    each: runs.map((r) => r.seconds.toFixed(1)).join(" "),
  };
}

/**
 * Our builds beside the reference site's, measured one after the other in the same run: medians, and ours as a
 * multiple of the reference (lower is better).
 * @param {Pair[]} pairs
 */
export function comparisonTable(pairs) {
  /** @type {Record<string, Record<string, string>>} */
  const table = {};
  for (const { size, kind, ours, reference } of pairs) {
    const a = summarise(ours);
    const b = summarise(reference);
    table[`${size}, ${kind}`] = {
      "ours (wall)": s(a.seconds),
      "reference (wall)": reference.length > 0 ? s(b.seconds) : "not run",
      "wall ratio": ratio(a.seconds, b.seconds),
      "ours (CPU)": s(a.cpu),
      "reference (CPU)": reference.length > 0 ? s(b.cpu) : "not run",
      "CPU ratio": ratio(a.cpu, b.cpu),
      "ours (peak memory)": mib(a.peak),
      "reference (peak memory)": reference.length > 0 ? mib(b.peak) : "not run",
      "memory ratio": ratio(a.peak, b.peak),
      "runs (ours | reference), s": `${a.each} | ${b.each || "-"}`,
    };
  }
  return table;
}

/**
 * The cost of each extra question between sizes, from the cold builds: (time at the larger size − time at the
 * smaller) ÷ (questions added), for wall and CPU time, and the last step's cost as a multiple of the first's.
 * @param {{ questions: number, runs: BuildRun[] }[]} sizes ascending
 */
export function perQuestionCost(sizes) {
  /** @type {Record<string, Record<string, string>>} */
  const table = {};
  /** @type {{ wall: number, cpu: number | undefined } | undefined} */
  let first;
  for (let i = 1; i < sizes.length; i++) {
    const lo = /** @type {(typeof sizes)[number]} */ (sizes[i - 1]);
    const hi = /** @type {(typeof sizes)[number]} */ (sizes[i]);
    const a = summarise(lo.runs);
    const b = summarise(hi.runs);
    const added = hi.questions - lo.questions;
    const wall = ((b.seconds ?? 0) - (a.seconds ?? 0)) / added;
    const cpu = a.cpu === undefined || b.cpu === undefined ? undefined : (b.cpu - a.cpu) / added;
    first ??= { wall, cpu };
    table[`${lo.questions} → ${hi.questions}`] = {
      "wall per question": `${(wall * 1000).toFixed(0)} ms`,
      "CPU per question": cpu === undefined ? "n/a" : `${(cpu * 1000).toFixed(0)} ms`,
      "vs the first step (wall, CPU)": `${(wall / first.wall).toFixed(2)}×, ${cpu === undefined || first.cpu === undefined ? "n/a" : `${(cpu / first.cpu).toFixed(2)}×`}`,
    };
  }
  return table;
}
