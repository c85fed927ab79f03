// The reference site for build times: a copy of Astro Starlight with the same eight answers, made and installed by
// the reader (its README says how), given to the bench as STARLIGHT_DIR. The bench only runs that copy's own
// scripts in it: `node scripts/synth.mjs N` for N synthetic pages, and `astro build` with its own Node.

import { spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { timeBuild } from "./measure.mjs";

/**
 * The reference copy named by STARLIGHT_DIR, checked; undefined when none is given.
 * @param {string | undefined} given
 */
export function starlightCopy(given = process.env["STARLIGHT_DIR"]) {
  if (!given) return undefined;
  const dir = resolve(given);
  const node = join(dir, "node_modules", ".bin", "node");
  const astro = join(dir, "node_modules", "astro", "bin", "astro.mjs");
  const synth = join(dir, "scripts", "synth.mjs");
  for (const [what, path] of [
    ["its synthetic-page script", synth],
    ["its installed Astro (run npm ci there)", astro],
  ]) {
    if (!existsSync(path))
      throw new Error(
        `STARLIGHT_DIR=${given}: ${what} is missing (${path}); copy and install the reference site as its README says`,
      );
  }
  return {
    dir,
    /** Writes `pages` synthetic pages (0 removes them), as the reference README does. @param {number} pages */
    synth(pages) {
      const result = spawnSync(existsSync(node) ? node : process.execPath, [synth, String(pages)], {
        cwd: dir,
        encoding: "utf8",
      });
      if (result.status !== 0) throw new Error(`${synth} ${pages} failed: ${result.stderr}`);
    },
    /** Removes the output and every cache, for a cold build. */
    clean() {
      for (const path of ["dist", ".astro", "node_modules/.astro", "node_modules/.vite"])
        rmSync(join(dir, path), { recursive: true, force: true });
    },
    /** @param {string} label */
    build(label) {
      return timeBuild({ label, cwd: dir, node: existsSync(node) ? node : process.execPath, astro });
    },
  };
}
