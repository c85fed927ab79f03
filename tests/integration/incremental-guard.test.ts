/**
 * The guard around Astro's incremental build (src/integrations/incremental-guard.ts), on a cache folder of its
 * own: a marker of a build that died, or of one still running, means the manifest is deleted, so no page is copied
 * from a half-written cache. (stale-cache.test.ts shows the whole case: a build that fails midway, then the
 * content put back.)
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { INCREMENTAL_MANIFEST, afterRender, beforeRender } from "../../src/integrations/incremental-guard";

let dir: string;
const manifest = () => join(dir, INCREMENTAL_MANIFEST);
const markers = () => readdirSync(dir).filter((name) => name.endsWith(".rendering"));
const writeManifest = () => writeFileSync(manifest(), "{}");
/** The id of a process that has ended. */
const deadPid = () => spawnSync(process.execPath, ["-e", ""]).pid as number;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "incremental-guard-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("incremental build guard", () => {
  it("keeps the manifest of a build that finished, and leaves no marker", () => {
    writeManifest();
    expect(beforeRender(dir, 101)).toEqual({});
    expect(markers()).toEqual(["incremental-101.rendering"]);
    expect(afterRender(dir, 101)).toEqual({});
    expect(existsSync(manifest())).toBe(true);
    expect(markers()).toEqual([]);
  });

  it("deletes the manifest when a build died while rendering, and that build's marker", () => {
    const dead = deadPid();
    writeFileSync(join(dir, `incremental-${dead}.rendering`), "");
    writeManifest();
    expect(beforeRender(dir, 102)).toEqual({ discarded: "unfinished" });
    expect(existsSync(manifest())).toBe(false);
    expect(markers()).toEqual(["incremental-102.rendering"]);
  });

  it("deletes the manifest when another build is rendering, before and after this one renders", () => {
    // This test's own process stands for the other build: it is running.
    writeFileSync(join(dir, `incremental-${process.pid}.rendering`), "");
    writeManifest();
    expect(beforeRender(dir, 103)).toEqual({ discarded: "concurrent" });
    expect(existsSync(manifest())).toBe(false);
    writeManifest(); // what Astro writes when this build has rendered
    expect(afterRender(dir, 103, true)).toEqual({ discarded: "concurrent" });
    expect(existsSync(manifest())).toBe(false);
    expect(markers()).toEqual([`incremental-${process.pid}.rendering`]);
  });

  it("deletes the manifest it wrote when another build started while it rendered", () => {
    expect(beforeRender(dir, 104)).toEqual({});
    writeFileSync(join(dir, `incremental-${process.pid}.rendering`), "");
    writeManifest();
    expect(afterRender(dir, 104)).toEqual({ discarded: "concurrent" });
    expect(existsSync(manifest())).toBe(false);
  });

  it("starts in a cache folder that does not exist yet", () => {
    rmSync(dir, { recursive: true, force: true });
    expect(beforeRender(dir, 105)).toEqual({});
    expect(markers()).toEqual(["incremental-105.rendering"]);
  });
});
