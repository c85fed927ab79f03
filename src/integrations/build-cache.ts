/**
 * A cache of build outputs between builds, in Astro's cache folder (`config.cacheDir`, never the output folder):
 * a build step that finds its exact inputs unchanged restores the files it wrote last time instead of doing the
 * work again.
 *
 *   const cache = buildCache<Figures>({ cacheDir, name: "pagefind" });
 *   const key = keyBuilder().add("options", stableText(options), "tool", ...packageVersions(["pagefind"], root))…digest();
 *   const hit = await cache.lookup(key);
 *   if (hit) writeOutputFiles(outDir, hit.files);                       // and hit.meta: the figures stored with it
 *   else { …do the work…; await cache.store(key, readOutputFiles(outDir, paths), figures); }
 *
 * The key must cover everything the output depends on (input bytes, options, the tool's version, the step's own
 * code, see `sourceText`): the cache cannot tell a stale entry from a good one, only a damaged one. Each entry is one
 * file, `<cacheDir>/build-output/<name>/<key>.entry` (format in src/lib/build-cache.ts), written under a temporary
 * name and renamed, so a build stopped midway leaves no partial entry under a real name; an entry that is damaged
 * anyway (checksum, size or structure) is a miss and is deleted. Storing keeps the `keep` newest entries of the name
 * (1 by default) and deletes the rest, so the cache does not grow from build to build.
 */
import { randomBytes } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from "node:fs/promises";
import { findPackageJSON } from "node:module";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import {
  type CacheEntry,
  type CachedFile,
  decodeEntry,
  encodeEntry,
  isCacheKey,
  isSafeOutputPath,
} from "../lib/build-cache";
import { isRunning } from "./processes";

export type { CachedFile } from "../lib/build-cache";
export { keyBuilder, stableText } from "../lib/build-cache";

export interface BuildCache<Meta> {
  /** Where this cache's entries live. */
  readonly folder: string;
  /**
   * The entry stored under `key`, or `undefined` when there is none. A damaged entry is deleted, reported to
   * `onDiscard`, and is `undefined` too: the caller does the work again. Never throws for a bad entry.
   */
  lookup(key: string): Promise<CacheEntry<Meta> | undefined>;
  /** Stores `files` and `meta` (JSON) under `key`, atomically, then deletes entries beyond `keep`. Rejects on I/O errors. */
  store(key: string, files: readonly CachedFile[], meta: Meta): Promise<void>;
}

export interface BuildCacheOptions {
  /** Astro's cache folder (`fileURLToPath(config.cacheDir)`). */
  readonly cacheDir: string;
  /** The step whose outputs these are: lowercase letters, digits and hyphens (`pagefind`, `service-worker`). */
  readonly name: string;
  /** How many entries to keep (the newest by use); 1 by default. */
  readonly keep?: number;
  /** Told about an entry that was found damaged and deleted. */
  readonly onDiscard?: (file: string, reason: string) => void;
}

const ENTRY = ".entry";
const TEMPORARY = /\.tmp-(\d+)-[0-9a-f]+$/;

export function buildCache<Meta>({ cacheDir, name, keep = 1, onDiscard }: BuildCacheOptions): BuildCache<Meta> {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) throw new Error(`build cache: "${name}" is not a cache name (a-z, 0-9, -)`);
  if (!Number.isInteger(keep) || keep < 1) throw new Error(`build cache "${name}": keep must be a whole number ≥ 1`);
  const folder = join(cacheDir, "build-output", name);
  const fileOf = (key: string) => {
    if (!isCacheKey(key)) throw new Error(`build cache "${name}": "${key}" is not a cache key (64 hex digits)`);
    return join(folder, `${key}${ENTRY}`);
  };

  /** Deletes entries beyond `keep` (oldest use first) and temporary files of builds no longer running. */
  async function prune(): Promise<void> {
    const names = await readdir(folder);
    const entries: { file: string; used: number }[] = [];
    for (const entry of names) {
      const file = join(folder, entry);
      const temporary = TEMPORARY.exec(entry);
      if (temporary) {
        if (Number(temporary[1]) !== process.pid && !isRunning(Number(temporary[1]))) await rm(file, { force: true });
      } else if (entry.endsWith(ENTRY)) {
        const info = await stat(file).catch(() => undefined);
        if (info) entries.push({ file, used: info.mtimeMs });
      }
    }
    entries.sort((a, b) => b.used - a.used);
    for (const { file } of entries.slice(keep)) await rm(file, { force: true });
  }

  return {
    folder,
    async lookup(key) {
      const file = fileOf(key);
      let bytes: Buffer;
      try {
        bytes = await readFile(file);
      } catch {
        return undefined;
      }
      const decoded = decodeEntry<Meta>(bytes, key);
      if (!decoded.ok) {
        await rm(file, { force: true });
        onDiscard?.(file, decoded.reason);
        return undefined;
      }
      // Marks the entry as the newest used, for `keep`.
      const now = new Date();
      await utimes(file, now, now).catch(() => undefined);
      return decoded.entry;
    },
    async store(key, files, meta) {
      const file = fileOf(key);
      const bytes = encodeEntry({ key, files, meta });
      await mkdir(folder, { recursive: true });
      const temporary = `${file}.tmp-${process.pid}-${randomBytes(4).toString("hex")}`;
      try {
        await writeFile(temporary, bytes);
        await rename(temporary, file);
      } finally {
        await rm(temporary, { force: true });
      }
      await prune();
    },
  };
}

/** Reads files of an output folder (paths relative to it, forward slashes) for `store`. */
export function readOutputFiles(outDir: string, paths: readonly string[]): CachedFile[] {
  // Synchronous: for thousands of small files, several times faster than as many promises.
  return paths.map((path) => ({ path, bytes: readFileSync(join(outDir, ...path.split("/"))) }));
}

/** Every file under `folder` of the output (e.g. `pagefind`), as paths relative to the output folder, sorted. */
export function filesUnder(outDir: string, folder: string): string[] {
  return readdirSync(join(outDir, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(outDir, join(entry.parentPath, entry.name)).split(sep).join("/"))
    .sort();
}

/** Writes restored files into the output folder, making folders as needed. */
export function writeOutputFiles(outDir: string, files: readonly CachedFile[]): void {
  for (const { path } of files)
    if (!isSafeOutputPath(path)) throw new Error(`build cache: "${path}" is not a path inside the output folder`);
  const made = new Set<string>();
  for (const { path, bytes } of files) {
    const file = join(outDir, ...path.split("/"));
    if (!made.has(dirname(file))) mkdirSync(dirname(file), { recursive: true });
    made.add(dirname(file));
    writeFileSync(file, bytes);
  }
}

/**
 * `name@version` of each package as the module at `from` (a file URL or path) resolves it, for a key: a new
 * version of a tool is a new output. Throws when a package cannot be found.
 */
export function packageVersions(names: readonly string[], from: string | URL): string[] {
  const base = typeof from === "string" && !from.startsWith("file:") ? pathToFileURL(from) : from;
  return names.map((name) => {
    const file = findPackageJSON(name, base);
    if (!file) throw new Error(`build cache: no package.json found for ${name} from ${String(from)}`);
    const { version } = JSON.parse(readFileSync(file, "utf8")) as { version?: unknown };
    if (typeof version !== "string") throw new Error(`build cache: ${file} has no version`);
    return `${name}@${version}`;
  });
}

/** The source text of a module (pass `import.meta.url`), so a change of a step's own code is a new key. */
export function sourceText(moduleUrl: string): string {
  return readFileSync(moduleUrl.startsWith("file:") ? fileURLToPath(moduleUrl) : moduleUrl, "utf8");
}
