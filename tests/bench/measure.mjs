// How the bench times one `astro build`, ours or the reference site's, the same way for both: wall time, CPU
// time of the build and everything it waited for (from /proc, Linux), and the peak memory of its largest Node
// process (each Node process of the build writes its own peak on exit, through a preload given in NODE_OPTIONS).

import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * CPU seconds (user + system) used so far by this process's finished children, from /proc (Linux); undefined
 * elsewhere. Unlike wall time it barely moves when other work shares the machine.
 */
export function childCpuSeconds() {
  try {
    const fields = readFileSync("/proc/self/stat", "utf8")
      .replace(/^.*\) /s, "")
      .split(" ");
    return (Number(fields[13]) + Number(fields[14])) / 100; // cutime + cstime, in clock ticks of 1/100 s
  } catch {
    return undefined;
  }
}

const work = mkdtempSync(join(tmpdir(), "bench-peak-"));
process.on("exit", () => rmSync(work, { recursive: true, force: true }));
const PRELOAD = join(work, "peak.cjs");
writeFileSync(
  PRELOAD,
  `// Written by tests/bench/measure.mjs: notes this process's peak resident memory (worker threads included) on exit.
const { appendFileSync } = require("node:fs");
process.on("exit", () => {
  try { appendFileSync(process.env.BENCH_PEAK_FILE, process.pid + " " + process.resourceUsage().maxRSS * 1024 + "\\n"); } catch {}
});
`,
);

/**
 * @typedef {{ label: string, seconds: number, cpu: number | undefined, peakBytes: number | undefined, output: string }} BuildRun
 */

/**
 * Runs `<node> <astro> build` in `cwd` and measures it. Throws with the end of the log when the build fails.
 * @param {{ label: string, cwd: string, node: string, astro: string, args?: string[], env?: Record<string, string> }} options
 * @returns {Promise<BuildRun>}
 */
export async function timeBuild({ label, cwd, node, astro, args = [], env = {} }) {
  const peakFile = join(work, `${label.replace(/[^\w-]+/g, "_")}-${Date.now()}.txt`);
  writeFileSync(peakFile, "");
  const cpuBefore = childCpuSeconds();
  const start = process.hrtime.bigint();
  const child = spawn(node, [astro, "build", ...args], {
    cwd,
    env: {
      ...process.env,
      NO_COLOR: "1",
      FORCE_COLOR: "0",
      ASTRO_TELEMETRY_DISABLED: "1",
      ...env,
      NODE_OPTIONS: `${process.env["NODE_OPTIONS"] ?? ""} --require ${PRELOAD}`.trim(),
      BENCH_PEAK_FILE: peakFile,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const code = await new Promise((resolve) => child.on("close", resolve));
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const cpuAfter = childCpuSeconds();
  if (code !== 0) {
    console.error(output.split("\n").slice(-40).join("\n"));
    throw new Error(`${label}: astro build failed in ${cwd} (exit ${code})`);
  }
  const peaks = readFileSync(peakFile, "utf8")
    .split("\n")
    .map((line) => Number(line.split(" ")[1]))
    .filter((n) => Number.isFinite(n) && n > 0);
  return {
    label,
    seconds,
    cpu: cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore,
    peakBytes: peaks.length > 0 ? Math.max(...peaks) : undefined,
    output,
  };
}

/** @param {number[]} values */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
