/**
 * What one build tells its service worker. The worker's code (src/components/offline/service-worker.ts, bundled
 * with Workbox's runtime modules) is the same for every build of the same source; what differs from build to build
 * (the precache list, the cache names, the cleanup script, URLs under the base path) is this object, written into
 * the bundled code in place of `WORKER_CONFIG`, as Workbox's `injectManifest` writes its `self.__WB_MANIFEST`.
 */
import type { CacheNames } from "./list";

/** A file the worker precaches: its URL and a revision, or `null` when the URL itself changes with the content. */
export interface PrecacheEntry {
  readonly url: string;
  readonly revision: string | null;
}

export interface WorkerConfig {
  /** The precache's prefix (`<cacheId>-precache-v2-<scope>`). */
  readonly cacheId: string;
  /** Scripts the worker imports before anything else (the build's cleanup script), relative to the worker. */
  readonly importScripts: readonly string[];
  /** The app shell. */
  readonly precache: readonly PrecacheEntry[];
  /** The runtime caches of this build. */
  readonly caches: CacheNames;
  /** The precached page given for a navigation that neither the caches nor the network can answer. */
  readonly offlinePage: string;
}

/** The identifier in the worker's source that stands for its `WorkerConfig` until a build writes it in. */
export const WORKER_CONFIG = "__SITE_WORKER_CONFIG__";

/** A built file: the hash of its content (hex) and its size in bytes. */
export interface BuiltFile {
  readonly hash: string;
  readonly bytes: number;
}

/** Workbox's limit for one precached file (`maximumFileSizeToCacheInBytes`, 2 MiB by default). */
export const PRECACHE_FILE_LIMIT = 2 * 1024 * 1024;

/**
 * The precache list: every shell path under the base path (`index.html` for `/`, which the worker's
 * `directoryIndex` maps), in the order given. A revision is the file's content hash, so an entry changes exactly
 * when its file does; Astro's `_astro/` files carry their hash in their name and get none. Throws, naming the
 * file, for a shell path the build has no file for and for a file over `PRECACHE_FILE_LIMIT`.
 */
export function precacheManifest(
  shell: readonly string[],
  files: ReadonlyMap<string, BuiltFile>,
  base: string,
): PrecacheEntry[] {
  return shell.map((path) => {
    const file = files.get(path);
    if (!file) throw new Error(`offline: the app shell lists ${path}, which the build did not write`);
    if (file.bytes > PRECACHE_FILE_LIMIT)
      throw new Error(
        `offline: ${path} is ${file.bytes} bytes, over the ${PRECACHE_FILE_LIMIT} bytes a precached file may have`,
      );
    return { url: `${base}${path}`, revision: path.startsWith("_astro/") ? null : file.hash.slice(0, 32) };
  });
}

/**
 * The service worker of one build: the bundled code with `WORKER_CONFIG` replaced by the config, as a literal.
 * Throws when the code does not name the placeholder exactly once (a bundle made from other code).
 */
export function workerWithConfig(bundle: string, config: WorkerConfig, file = "the bundled service worker"): string {
  const parts = bundle.split(WORKER_CONFIG);
  if (parts.length !== 2)
    throw new Error(
      `offline: ${file} names ${WORKER_CONFIG} ${parts.length - 1} times; expected once, where the build writes its settings`,
    );
  return `${parts[0]}${literal(config)}${parts[1]}`;
}

/**
 * JSON data as a JavaScript literal, with keys that are names unquoted (`{url:"/",revision:null}`, as Workbox wrote
 * its precache list): fewer bytes, and what tests/tools/budget.mjs reads the precache list by.
 */
function literal(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(literal).join(",")}]`;
  if (typeof value === "object" && value !== null)
    return `{${Object.entries(value)
      .map(([key, v]) => `${/^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key)}:${literal(v)}`)
      .join(",")}}`;
  return JSON.stringify(value);
}
