/**
 * The build-output cache on disk (src/integrations/build-cache.ts), in a temporary folder, without a build: what
 * is stored comes back byte for byte, a damaged or cut-off entry is a miss and is deleted, only the newest
 * entries are kept, and a stopped build's temporary file is cleared.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  buildCache,
  filesUnder,
  keyBuilder,
  packageVersions,
  readOutputFiles,
  sourceText,
  writeOutputFiles,
} from "../../src/integrations/build-cache";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "build-cache-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const key = (n: number) => keyBuilder().add(`input ${n}`).digest();
const files = [
  { path: "pagefind/pagefind.js", bytes: Buffer.from("export {}") },
  { path: "pagefind/index/en_1.pf_index", bytes: Buffer.from([0, 1, 2, 255]) },
];
const entriesIn = (folder: string) => readdirSync(folder).sort();

describe("buildCache", () => {
  it("gives back what was stored under a key, bytes and record, and nothing for another key", async () => {
    const cache = buildCache<{ words: number }>({ cacheDir: dir, name: "pagefind" });
    expect(await cache.lookup(key(1))).toBeUndefined();
    await cache.store(key(1), files, { words: 12 });
    const hit = await cache.lookup(key(1));
    expect(hit?.meta).toEqual({ words: 12 });
    expect(hit?.files.map((f) => [f.path, Buffer.from(f.bytes).toString("hex")])).toEqual(
      files.map((f) => [f.path, f.bytes.toString("hex")]),
    );
    expect(await cache.lookup(key(2))).toBeUndefined();
    expect(cache.folder).toBe(join(dir, "build-output", "pagefind"));
    // Written under a temporary name, then renamed: nothing else is left in the folder.
    expect(entriesIn(cache.folder)).toEqual([`${key(1)}.entry`]);
  });

  it("treats a damaged or cut-off entry as a miss, deletes it and says why", async () => {
    const discarded: string[] = [];
    const cache = buildCache({ cacheDir: dir, name: "pagefind", onDiscard: (_file, reason) => discarded.push(reason) });
    const file = join(cache.folder, `${key(1)}.entry`);

    await cache.store(key(1), files, {});
    const bytes = readFileSync(file);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 2) ^ 0xff, bytes.length - 2);
    writeFileSync(file, bytes);
    expect(await cache.lookup(key(1))).toBeUndefined();
    expect(entriesIn(cache.folder)).toEqual([]);

    await cache.store(key(1), files, {});
    truncateSync(file, 100);
    expect(await cache.lookup(key(1))).toBeUndefined();
    expect(entriesIn(cache.folder)).toEqual([]);

    expect(discarded).toEqual(["checksum does not match its content", "checksum does not match its content"]);
    // Stored again, it is found again.
    await cache.store(key(1), files, {});
    expect(await cache.lookup(key(1))).toBeDefined();
  });

  it("keeps only the newest entry, or the `keep` most recently used", async () => {
    const one = buildCache({ cacheDir: dir, name: "one" });
    await one.store(key(1), files, {});
    await one.store(key(2), files, {});
    expect(entriesIn(one.folder)).toEqual([`${key(2)}.entry`]);

    const two = buildCache({ cacheDir: dir, name: "two", keep: 2 });
    await two.store(key(1), files, {});
    await two.store(key(2), files, {});
    // Entry 2 is older on disk than entry 1, but a lookup marks entry 1 as just used.
    const past = new Date(Date.now() - 60_000);
    utimesSync(join(two.folder, `${key(1)}.entry`), past, past);
    utimesSync(join(two.folder, `${key(2)}.entry`), past, new Date(Date.now() - 30_000));
    expect(await two.lookup(key(1))).toBeDefined();
    await two.store(key(3), files, {});
    expect(entriesIn(two.folder)).toEqual([`${key(1)}.entry`, `${key(3)}.entry`].sort());
  });

  it("clears the temporary file a stopped build left, but not one of a build still running", async () => {
    const cache = buildCache({ cacheDir: dir, name: "pagefind" });
    await cache.store(key(1), files, {});
    // Pid 2^22 + 1 is above Linux's largest pid; the parent process (the test runner) is running.
    const stale = `${key(2)}.entry.tmp-4194305-00000000`;
    const running = `${key(3)}.entry.tmp-${process.ppid}-00000000`;
    writeFileSync(join(cache.folder, stale), "half");
    writeFileSync(join(cache.folder, running), "half");
    await cache.store(key(4), files, {});
    expect(entriesIn(cache.folder)).toEqual([`${key(4)}.entry`, running].sort());
  });

  it("refuses a name or key that could leave its folder", () => {
    expect(() => buildCache({ cacheDir: dir, name: "../x" })).toThrow('"../x" is not a cache name');
    const cache = buildCache({ cacheDir: dir, name: "x" });
    return expect(cache.lookup("../../etc")).rejects.toThrow('"../../etc" is not a cache key');
  });
});

describe("output files", () => {
  it("are read from a folder of the output and written back as they were", () => {
    const out = join(dir, "out");
    writeOutputFiles(out, files);
    const paths = filesUnder(out, "pagefind");
    expect(paths).toEqual(["pagefind/index/en_1.pf_index", "pagefind/pagefind.js"]);
    const read = readOutputFiles(out, paths);
    expect(read.map((f) => Buffer.from(f.bytes).toString("hex"))).toEqual(
      [files[1]!, files[0]!].map((f) => f.bytes.toString("hex")),
    );
    expect(() => writeOutputFiles(out, [{ path: "../outside", bytes: Buffer.from("") }])).toThrow(
      '"../outside" is not a path inside the output folder',
    );
  });
});

describe("key parts", () => {
  it("name the installed version of a package and read a module's source", () => {
    const pagefind = JSON.parse(
      readFileSync(join(import.meta.dirname, "../../node_modules/pagefind/package.json"), "utf8"),
    );
    expect(packageVersions(["pagefind"], import.meta.url)).toEqual([`pagefind@${pagefind.version}`]);
    expect(() => packageVersions(["no-such-package-here"], import.meta.url)).toThrow();
    expect(sourceText(import.meta.url)).toContain("name the installed version of a package");
  });
});
