/**
 * Offline reading, inside `astro build`: once every other integration has finished the pages (the policy,
 * the search index), this sorts the built files into the app shell and what "Save for offline" fetches
 * (src/lib/offline/plan.ts), writes that list to `offline/files.json`, and writes the service worker `sw.js`: the
 * shell precached, everything else cached when a reader opens or saves it, in caches named after this build, so a
 * new build never serves pages of the old one.
 *
 * The worker's code (src/components/offline/service-worker.ts, Workbox's runtime modules) is bundled with Vite into
 * one minified classic script (about a tenth of a second). The bundle depends only on that source, the options below and the
 * versions of Vite and Workbox, not on the build: each build writes its own settings into it (the precache list with
 * a revision per file, the cache names, src/lib/offline/worker.ts). So the bundle is kept in Astro's cache folder
 * (src/integrations/build-cache.ts) and reused by every build until one of those changes, a content change
 * included; the log line says "worker bundle from cache".
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import type { AstroIntegration } from "astro";
import { build, rolldownVersion, type InlineConfig } from "vite";
import {
  CACHE_ID,
  buildVersion,
  cacheNames,
  cleanupScript,
  offlineList,
  offlinePlan,
  pagefindWasmFiles,
  type OfflinePlan,
} from "../lib/offline/plan";
import { OFFLINE_LIST } from "../lib/offline/list";
import { SERVICE_WORKER, SERVICE_WORKER_CLEANUP_FILE, serviceWorkerCleanup } from "../lib/offline/paths";
import { precacheManifest, workerWithConfig, type BuiltFile, type WorkerConfig } from "../lib/offline/worker";
import { normaliseBase, pages } from "../lib/routes";
import { buildCache, keyBuilder, packageVersions, sourceText, stableText } from "./build-cache";

/** What the build wrote, for the log line and the tests. */
export interface ServiceWorkerBuild {
  readonly version: string;
  readonly plan: OfflinePlan;
  readonly precache: PrecacheFigures;
  /** Whether the worker's bundled code came from the cache (no bundling). */
  readonly fromCache: boolean;
  readonly ms: number;
}

/** Precached files and their bytes on disk and gzipped (as a host serving compressed text sends them). */
interface PrecacheFigures {
  readonly count: number;
  readonly bytes: number;
  readonly gzipBytes: number;
}

/** Files this step writes, left out of the version so that running it again gives the same one. */
const GENERATED = new Set([SERVICE_WORKER, OFFLINE_LIST]);
const isGenerated = (path: string) => GENERATED.has(path) || SERVICE_WORKER_CLEANUP_FILE.test(path);

async function builtFiles(outDir: string): Promise<string[]> {
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(outDir, join(entry.parentPath, entry.name)).split(sep).join("/"))
    .filter((path) => !isGenerated(path));
}

/** The project folder, and the worker's source in it. */
const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const WORKER_ENTRY = "src/components/offline/service-worker.ts";
/** The packages the bundle is made of besides the worker's own code: Workbox's runtime modules. */
const WORKBOX_MODULES = [
  "workbox-core",
  "workbox-cacheable-response",
  "workbox-precaching",
  "workbox-routing",
  "workbox-strategies",
];

/**
 * Vite's options for the bundle: one classic script (a worker registered without `type: "module"` can
 * `importScripts`), Workbox's development checks and logs left out (`process.env.NODE_ENV`), syntax for the
 * browsers the site supports (as Workbox was told before), nothing written to disk, any warning an error. All but `root` go into the cache key.
 */
function bundleOptions(root: string): InlineConfig {
  return {
    configFile: false,
    envFile: false,
    publicDir: false,
    root,
    mode: "production",
    logLevel: "silent",
    define: { "process.env.NODE_ENV": JSON.stringify("production") },
    build: {
      write: false,
      minify: true,
      sourcemap: false,
      target: ["chrome109", "firefox115", "safari16.4"],
      lib: { entry: WORKER_ENTRY, formats: ["iife"], name: "serviceWorker" },
      rolldownOptions: {
        // As Workbox's own build minifies it: its private properties (`_name`, `name_`) get short names too.
        output: { minify: { compress: true, mangle: { toplevel: true }, mangleProps: { include: /(^_|_$)/ } } },
        onwarn(warning) {
          throw new Error(`offline: bundling ${WORKER_ENTRY} warned: ${warning.message}`);
        },
      },
    },
  };
}

/** The worker's code, bundled and minified, with `WORKER_CONFIG` still in it. */
async function bundleWorker(): Promise<string> {
  const result = await build(bundleOptions(ROOT));
  const chunks = (Array.isArray(result) ? result : [result]).flatMap((output) =>
    "output" in output ? output.output : [],
  );
  const [chunk, ...rest] = chunks;
  if (chunk?.type !== "chunk" || rest.length > 0)
    throw new Error(
      `offline: bundling ${WORKER_ENTRY} gave ${chunks.map((c) => c.fileName).join(", ") || "nothing"}; expected one script`,
    );
  return chunk.code;
}

/** Writes `offline/files.json`, `sw-cleanup-<version>.js` and the service worker into a finished build. */
export async function writeServiceWorker({
  outDir,
  base: rawBase,
  cacheDir,
  warn = () => {},
}: {
  outDir: string;
  base: string;
  /** Told when the cache could not be read or written (the step then does or did the work itself). */
  warn?: (message: string) => void;
  /** Astro's cache folder: the worker's bundle is kept there for the next build; without it, it is always made. */
  cacheDir?: string;
}): Promise<ServiceWorkerBuild> {
  const started = performance.now();
  const base = normaliseBase(rawBase);
  const paths = await builtFiles(outDir);
  const hashOf = (bytes: Buffer): BuiltFile => ({
    hash: createHash("sha256").update(bytes).digest("hex"),
    bytes: bytes.length,
  });
  // Read one by one, synchronously: for thousands of files, two to three times faster than as many promises.
  const files = new Map(paths.map((path) => [path, hashOf(readFileSync(join(outDir, path)))] as const));
  const version = buildVersion([...files].map(([path, file]) => [path, file.hash] as const));
  const entryFile = "pagefind/pagefind-entry.json";
  if (!files.has(entryFile))
    throw new Error(`offline: ${join(outDir, entryFile)} is missing; the search index must be built first`);
  const wasm = pagefindWasmFiles(JSON.parse(await readFile(join(outDir, entryFile), "utf8")), join(outDir, entryFile));
  const plan = offlinePlan([...paths, OFFLINE_LIST], wasm);
  const names = cacheNames(base, version);

  const list = Buffer.from(`${JSON.stringify(offlineList(plan, version, names))}\n`);
  await writeFile(join(outDir, OFFLINE_LIST), list);
  // offline/files.json, a shell file, is written by this step, so it was not among the built files.
  files.set(OFFLINE_LIST, hashOf(list));
  await writeFile(join(outDir, serviceWorkerCleanup(version)), cleanupScript(base, names));
  await rm(join(outDir, SERVICE_WORKER), { force: true });

  // One entry per shell file; throws for a shell file the build lacks or one too big to precache.
  const precache = precacheManifest(plan.shell, files, base);
  const config: WorkerConfig = {
    cacheId: CACHE_ID,
    importScripts: [serviceWorkerCleanup(version)],
    precache,
    caches: names,
    offlinePage: `${base}${pages.offline()}index.html`,
  };

  const { worker, fromCache } = await workerCode(config, cacheDir, warn);
  await writeFile(join(outDir, SERVICE_WORKER), worker);

  // On the wire: text gzipped, as hosts send it; images and Pagefind's files (compressed already) as they are.
  let bytes = 0;
  let gzipBytes = 0;
  for (const path of plan.shell) {
    const size = files.get(path)!.bytes;
    bytes += size;
    gzipBytes += /\.(html|css|js|json|svg|webmanifest)$/.test(path)
      ? gzipSync(await readFile(join(outDir, path)), { level: 9 }).length
      : size;
  }
  return {
    version,
    plan,
    precache: { count: precache.length, bytes, gzipBytes },
    fromCache,
    ms: performance.now() - started,
  };
}

/**
 * The service worker with this build's settings, written into the bundled code: the bundle from the cache when its
 * source, the options and the tools are as at the build that kept it, else made now (and kept, when there is a
 * cache folder, once it has taken the settings).
 */
async function workerCode(
  config: WorkerConfig,
  cacheDir: string | undefined,
  warn: (message: string) => void,
): Promise<{ worker: string; fromCache: boolean }> {
  const cache = cacheDir
    ? buildCache<Record<string, never>>({
        cacheDir,
        name: "service-worker",
        onDiscard: (entry, reason) => warn(`cache entry ${entry} was damaged (${reason}): bundling the worker again`),
      })
    : undefined;
  const source = join(ROOT, WORKER_ENTRY);
  const withConfig = (bundle: string) => workerWithConfig(bundle, config, `the bundle of ${WORKER_ENTRY}`);
  // The worker imports only types from src/lib/offline/worker.ts, but that module's WORKER_CONFIG must be in the code.
  const key = keyBuilder()
    .add("options", stableText(bundleOptions("")), "sw", SERVICE_WORKER)
    .add("tools", ...packageVersions(["vite"], import.meta.url), `rolldown@${rolldownVersion}`)
    .add("tools", ...packageVersions(WORKBOX_MODULES, source))
    .add("code", sourceText(source), sourceText(import.meta.url))
    .add("code", sourceText(new URL("../lib/offline/worker.ts", import.meta.url).href))
    .digest();
  const cached = await cache?.lookup(key);
  const [file, ...others] = cached?.files ?? [];
  if (file?.path === SERVICE_WORKER && others.length === 0)
    return { worker: withConfig(Buffer.from(file.bytes).toString("utf8")), fromCache: true };

  const bundle = await bundleWorker();
  const worker = withConfig(bundle);
  if (cache) {
    try {
      await cache.store(key, [{ path: SERVICE_WORKER, bytes: Buffer.from(bundle) }], {});
    } catch (error) {
      warn(`could not keep the worker's bundle in ${cache.folder} for the next build: ${String(error)}`);
    }
  }
  return { worker, fromCache: false };
}

export function offline(): AstroIntegration {
  let base = "/";
  let cacheDir = "";
  return {
    name: "site:offline",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = config.base;
        cacheDir = fileURLToPath(config.cacheDir);
      },
      "astro:build:done": async ({ dir, logger }) => {
        const { version, plan, precache, fromCache, ms } = await writeServiceWorker({
          outDir: fileURLToPath(dir),
          base,
          cacheDir,
          warn: (message) => logger.warn(message),
        });
        logger.info(
          `${SERVICE_WORKER} (build ${version}${fromCache ? ", worker bundle from cache" : ""}): precaches ${precache.count} files (${(precache.gzipBytes / 1024).toFixed(1)} KiB gzip); ` +
            `"Save for offline" adds ${plan.pages.length} pages and ${plan.files.length} files; ${Math.round(ms)} ms`,
        );
      },
    },
  };
}
