/**
 * The guard around Astro's incremental build (src/integrations/incremental-guard.ts), on a cache folder of its
 * own: a marker of a build that died after writing page copies, or of one still running, means the manifest is
 * deleted, so no page is copied from a half-written cache; a build that died before rendering leaves it as it was. (stale-cache.test.ts shows the whole case: a build that fails midway, then the
 * content put back.)
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  INCREMENTAL_COPIES,
  INCREMENTAL_MANIFEST,
  afterRender,
  beforeRender,
} from "../../src/integrations/incremental-guard";

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

  it("deletes the manifest when a build died after writing page copies, and that build's marker", () => {
    const dead = deadPid();
    const marker = join(dir, `incremental-${dead}.rendering`);
    mkdirSync(join(dir, INCREMENTAL_COPIES, "questions", "x"), { recursive: true });
    writeFileSync(join(dir, INCREMENTAL_COPIES, "questions", "x", "index.html"), "<p>old</p>");
    writeFileSync(marker, "");
    utimesSync(marker, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
    writeManifest();
    expect(beforeRender(dir, 102)).toEqual({ discarded: "unfinished" });
    expect(existsSync(manifest())).toBe(false);
    expect(markers()).toEqual(["incremental-102.rendering"]);
  });

  it("keeps the manifest when a build died before writing any page copy (its content or bundling failed)", () => {
    const dead = deadPid();
    mkdirSync(join(dir, INCREMENTAL_COPIES), { recursive: true });
    const copy = join(dir, INCREMENTAL_COPIES, "index.html");
    writeFileSync(copy, "<p>kept</p>");
    utimesSync(copy, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
    writeFileSync(join(dir, `incremental-${dead}.rendering`), "");
    writeManifest();
    expect(beforeRender(dir, 106)).toEqual({});
    expect(existsSync(manifest())).toBe(true);
    expect(markers()).toEqual(["incremental-106.rendering"]);
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
