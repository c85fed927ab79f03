/**
 * Keeps Astro's incremental build (`experimental.incrementalBuild`) from copying a page that does not match its
 * manifest. Astro writes each rendered page into `<cacheDir>/dist/` as it goes and the manifest
 * (`incremental-build.json`) only once every page is rendered. A build that stops midway (a page that throws, a
 * killed process) leaves the last manifest beside pages it has already replaced; if the content is then put back
 * as it was, the old manifest's keys match again and those pages would be copied with the abandoned build's text.
 * Two builds of the same project at once mix their pages the same way.
 *
 * So each build leaves a marker (`incremental-<pid>.rendering`) from its start until it has rendered every page. A
 * build that starts and finds the marker of one still running, or of one that died after writing page copies (a copy
 * in `<cacheDir>/dist/` newer than its marker), deletes the manifest: every page is rendered again. A build that died
 * before rendering anything (content or bundling that failed) leaves nothing to distrust: its marker is just removed.
 * A build that finishes rendering while another build's marker is there deletes the manifest it just wrote.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { isRunning } from "./processes";

/** Astro's manifest of the pages it may copy, and the folder of the copies, in its cache folder (astro/dist/core/build/incremental.js). */
export const INCREMENTAL_MANIFEST = "incremental-build.json";
export const INCREMENTAL_COPIES = "dist";

/** Whether any page copy was written at or after `since` (ms). */
function copiesWrittenSince(cacheDir: string, since: number): boolean {
  const folder = join(cacheDir, INCREMENTAL_COPIES);
  if (!existsSync(folder)) return false;
  return readdirSync(folder, { recursive: true, withFileTypes: true }).some(
    (entry) => entry.isFile() && statSync(join(entry.parentPath, entry.name)).mtimeMs >= since,
  );
}
const MARKER = /^incremental-(\d+)\.rendering$/;
const markerName = (pid: number) => `incremental-${pid}.rendering`;

function otherMarkers(cacheDir: string, pid: number): { pid: number; name: string }[] {
  if (!existsSync(cacheDir)) return [];
  return readdirSync(cacheDir).flatMap((name) => {
    const match = MARKER.exec(name);
    return match && Number(match[1]) !== pid ? [{ pid: Number(match[1]), name }] : [];
  });
}

/** What a step did, for the log and the tests: why the manifest was deleted, if it was. */
export interface GuardResult {
  readonly discarded?: "unfinished" | "concurrent";
}

/** Before Astro reads the manifest: deletes it when another build's marker is there, then leaves this build's. */
export function beforeRender(cacheDir: string, pid = process.pid): GuardResult {
  const others = otherMarkers(cacheDir, pid);
  let discarded: GuardResult["discarded"];
  for (const other of others) {
    const marker = join(cacheDir, other.name);
    if (isRunning(other.pid)) discarded = "concurrent";
    else {
      // When that build started (undefined if another build starting now has just removed the marker).
      const startedAt = statSync(marker, { throwIfNoEntry: false })?.mtimeMs;
      if (startedAt !== undefined && copiesWrittenSince(cacheDir, startedAt)) discarded ??= "unfinished";
      rmSync(marker, { force: true });
    }
  }
  if (discarded) rmSync(join(cacheDir, INCREMENTAL_MANIFEST), { force: true });
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(join(cacheDir, markerName(pid)), `${pid}\n`);
  return discarded ? { discarded } : {};
}

/** Once Astro has rendered every page and written the manifest: keeps it only when no other build rendered meanwhile. */
export function afterRender(cacheDir: string, pid = process.pid, startedBeside = false): GuardResult {
  const concurrent = startedBeside || otherMarkers(cacheDir, pid).length > 0;
  if (concurrent) rmSync(join(cacheDir, INCREMENTAL_MANIFEST), { force: true });
  rmSync(join(cacheDir, markerName(pid)), { force: true });
  return concurrent ? { discarded: "concurrent" } : {};
}

export function incrementalGuard(): AstroIntegration {
  let cacheDir = "";
  let beside = false;
  return {
    name: "site:incremental-guard",
    hooks: {
      "astro:config:done": ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      "astro:build:start": ({ logger }) => {
        const { discarded } = beforeRender(cacheDir);
        beside = discarded === "concurrent";
        if (discarded === "unfinished")
          logger.info("a build stopped while rendering: every page is rendered again, none copied from the cache");
        if (discarded === "concurrent")
          logger.warn("another build of this project is running: every page is rendered again, none copied");
      },
      "astro:build:generated": () => {
        afterRender(cacheDir, process.pid, beside);
      },
    },
  };
}
