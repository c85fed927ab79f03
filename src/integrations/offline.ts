/**
 * Offline reading, inside `astro build`: once every other integration has finished the pages (the policy,
 * the search index), this sorts the built files into the app shell and what "Save for offline" fetches
 * (src/lib/offline/plan.ts), writes that list to `offline/files.json`, and has Workbox (`workbox-build`'s
 * generateSW) write the service worker `sw.js`: the shell precached, everything else cached when a reader
 * opens or saves it, in caches named after this build, so a new build never serves pages of the old one.
 *
 * Workbox bundles the worker with Rollup and Babel, about a second even for a small site. What it writes depends
 * only on its options, the app shell's paths and contents (which give the precache revisions), its version and this
 * file's code, so when all of those are as they were at the last build, its files and figures are restored from
 * Astro's cache folder (src/integrations/build-cache.ts) instead; the log line says "from cache".
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import type { AstroIntegration } from "astro";
import { createRequire, findPackageJSON } from "node:module";
import type { GenerateSWOptions, RuntimeCaching } from "workbox-build";
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
import { normaliseBase, pages } from "../lib/routes";
import {
  buildCache,
  keyBuilder,
  packageVersions,
  readOutputFiles,
  sourceText,
  stableText,
  writeOutputFiles,
} from "./build-cache";

/** What the build wrote, for the log line and the tests. */
export interface ServiceWorkerBuild {
  readonly version: string;
  readonly plan: OfflinePlan;
  readonly precache: PrecacheFigures;
  /** Whether Workbox's files came from the cache (no Workbox run). */
  readonly fromCache: boolean;
  readonly ms: number;
}

/** Precached files and their bytes on disk and gzipped (as a host serving compressed text sends them). */
interface PrecacheFigures {
  readonly count: number;
  readonly bytes: number;
  readonly gzipBytes: number;
}

/** The service worker's global object, as far as the route matchers use it (they run in the worker). */
type WorkerSelf = { registration: { scope: string } };

/** Files this step writes, left out of the version so that running it again gives the same one. */
const GENERATED = new Set([SERVICE_WORKER, OFFLINE_LIST]);
const isGenerated = (path: string) =>
  GENERATED.has(path) || SERVICE_WORKER_CLEANUP_FILE.test(path) || /^workbox-[0-9a-f]+\.js$/.test(path);

async function builtFiles(outDir: string): Promise<string[]> {
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(outDir, join(entry.parentPath, entry.name)).split(sep).join("/"))
    .filter((path) => !isGenerated(path));
}

/**
 * The runtime routes, after Workbox's precache route. Workbox writes each `urlPattern` function into the
 * worker as source, so they use nothing from here: the worker's own scope is the base path. Every route is
 * GET only (Workbox's default), same-origin, inside the scope, and keeps only responses with status 200.
 * Cache-first is right for every one of them: a cache holds one build, and a new build comes with a new
 * worker and new caches.
 */
function runtimeCaching(base: string, version: string): RuntimeCaching[] {
  const names = cacheNames(base, version);
  const ok = { statuses: [200] };
  return [
    {
      // A page opened in the browser: from the cache, else the network, else (offline) the offline page.
      urlPattern: ({ request, sameOrigin, url }) =>
        sameOrigin &&
        request.mode === "navigate" &&
        url.href.startsWith((self as unknown as WorkerSelf).registration.scope),
      handler: "CacheFirst",
      options: {
        cacheName: names.pages,
        // A search result lands on `?highlight=…`: the same page.
        matchOptions: { ignoreSearch: true },
        cacheableResponse: ok,
        precacheFallback: { fallbackURL: `${base}${pages.offline()}index.html` },
      },
    },
    {
      // A page fetched by a script (saving, prefetch): same cache, and no offline page in its place.
      urlPattern: ({ sameOrigin, url }) =>
        sameOrigin &&
        url.href.startsWith((self as unknown as WorkerSelf).registration.scope) &&
        /(\/|\.html)$/.test(url.pathname),
      handler: "CacheFirst",
      options: { cacheName: names.pages, matchOptions: { ignoreSearch: true }, cacheableResponse: ok },
    },
    {
      // Search index files (Pagefind adds `?ts=` to its entry file), Markdown copies, preview images.
      urlPattern: ({ sameOrigin, url }) =>
        sameOrigin && url.href.startsWith((self as unknown as WorkerSelf).registration.scope),
      handler: "CacheFirst",
      options: { cacheName: names.files, matchOptions: { ignoreSearch: true }, cacheableResponse: ok },
    },
  ];
}

/** The packages whose versions shape Workbox's output: Workbox itself and what it bundles the worker with. */
function workboxVersions(): string[] {
  const workbox = findPackageJSON("workbox-build", import.meta.url);
  if (!workbox) throw new Error("offline: workbox-build is not installed");
  return [
    ...packageVersions(["workbox-build"], import.meta.url),
    ...packageVersions(["rollup", "@babel/core", "@babel/preset-env", "@rollup/plugin-terser"], workbox),
  ];
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
  /** Astro's cache folder: Workbox's output is kept there for the next build; without it Workbox always runs. */
  cacheDir?: string;
}): Promise<ServiceWorkerBuild> {
  const started = performance.now();
  const base = normaliseBase(rawBase);
  const paths = await builtFiles(outDir);
  // Read one by one, synchronously: for thousands of files, two to three times faster than as many promises.
  const hashes = paths.map(
    (path) =>
      [
        path,
        createHash("sha256")
          .update(readFileSync(join(outDir, path)))
          .digest("hex"),
      ] as const,
  );
  const version = buildVersion(hashes);
  const entryFile = "pagefind/pagefind-entry.json";
  if (!paths.includes(entryFile))
    throw new Error(`offline: ${join(outDir, entryFile)} is missing; the search index must be built first`);
  const wasm = pagefindWasmFiles(JSON.parse(await readFile(join(outDir, entryFile), "utf8")), join(outDir, entryFile));
  const plan = offlinePlan([...paths, OFFLINE_LIST], wasm);
  const names = cacheNames(base, version);

  await writeFile(join(outDir, OFFLINE_LIST), `${JSON.stringify(offlineList(plan, version, names))}\n`);
  await writeFile(join(outDir, serviceWorkerCleanup(version)), cleanupScript(base, names));
  await rm(join(outDir, SERVICE_WORKER), { force: true });

  // Everything Workbox reads but the folders (which differ from build to build: the output is built in a
  // temporary folder): these options, and the shell files they glob.
  const options = {
    globPatterns: plan.shell,
    modifyURLPrefix: { "": base },
    // Astro's assets carry their content hash in the name: no revision needed.
    dontCacheBustURLsMatching: /\/_astro\//,
    // Every page is static: `/search/?q=…` is `/search/`.
    ignoreURLParametersMatching: [/./],
    directoryIndex: "index.html",
    cacheId: CACHE_ID,
    cleanupOutdatedCaches: true,
    // A new worker waits until the reader chooses to reload ("A new version is available"), so an open
    // page never gets files of another build; the first worker takes the open page at once.
    skipWaiting: false,
    clientsClaim: true,
    importScripts: [serviceWorkerCleanup(version)],
    runtimeCaching: runtimeCaching(base, version),
    inlineWorkboxRuntime: true,
    mode: "production",
    sourcemap: false,
    babelPresetEnvTargets: ["chrome >= 109", "firefox >= 115", "safari >= 16.4"],
  } satisfies Omit<GenerateSWOptions, "globDirectory" | "swDest">;

  const contentHash = new Map(hashes);
  // offline/files.json, a shell file, is written by this step, so `hashes` (of the built files) lacks it.
  contentHash.set(
    OFFLINE_LIST,
    createHash("sha256")
      .update(await readFile(join(outDir, OFFLINE_LIST)))
      .digest("hex"),
  );
  const key = keyBuilder().add(
    "options",
    stableText(options),
    "sw",
    SERVICE_WORKER,
    "tools",
    ...workboxVersions(),
    "code",
    sourceText(import.meta.url),
  );
  for (const path of plan.shell) key.add("file", path, contentHash.get(path) ?? "");
  const cacheKey = key.digest();
  const cache = cacheDir
    ? buildCache<PrecacheFigures & { files: string[] }>({
        cacheDir,
        name: "service-worker",
        onDiscard: (entry, reason) => warn(`cache entry ${entry} was damaged (${reason}): running Workbox again`),
      })
    : undefined;

  const cached = await cache?.lookup(cacheKey);
  if (cached) {
    const { count, bytes, gzipBytes, files } = cached.meta;
    const restored = cached.files.map((file) => file.path);
    if (
      [count, bytes, gzipBytes].every((n) => Number.isSafeInteger(n) && n >= 0) &&
      restored.includes(SERVICE_WORKER) &&
      stableText(restored) === stableText(files)
    ) {
      if (count !== plan.shell.length)
        throw new Error(
          `offline: the cached service worker precaches ${count} files, the app shell has ${plan.shell.length}`,
        );
      writeOutputFiles(outDir, cached.files);
      return { version, plan, precache: { count, bytes, gzipBytes }, fromCache: true, ms: performance.now() - started };
    }
  }

  // Loaded only when Workbox runs: loading it takes most of a second, which a build restoring its output skips.
  // `require`, not `import()`: this module runs inside Vite's module runner, which is closed by the time the build
  // is done (workbox-build is a CommonJS package).
  const { generateSW } = createRequire(import.meta.url)("workbox-build") as typeof import("workbox-build");
  const { count, size, warnings, filePaths } = await generateSW({
    ...options,
    globDirectory: outDir,
    swDest: join(outDir, SERVICE_WORKER),
  });
  if (warnings.length > 0)
    throw new Error(`offline: Workbox warned while writing ${SERVICE_WORKER}:\n  ${warnings.join("\n  ")}`);
  if (count !== plan.shell.length)
    throw new Error(`offline: Workbox precached ${count} files, the app shell has ${plan.shell.length}`);

  // On the wire: text gzipped, as hosts send it; images and Pagefind's files (compressed already) as they are.
  let gzipBytes = 0;
  for (const path of plan.shell) {
    const bytes = await readFile(join(outDir, path));
    gzipBytes += /\.(html|css|js|json|svg|webmanifest)$/.test(path)
      ? gzipSync(bytes, { level: 9 }).length
      : bytes.length;
  }
  const precache = { count, bytes: size, gzipBytes };
  if (cache) {
    const written = filePaths.map((file) => relative(outDir, file).split(sep).join("/")).sort();
    try {
      await cache.store(cacheKey, readOutputFiles(outDir, written), { ...precache, files: written });
    } catch (error) {
      warn(`could not keep Workbox's output in ${cache.folder} for the next build: ${String(error)}`);
    }
  }
  return { version, plan, precache, fromCache: false, ms: performance.now() - started };
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
          `${SERVICE_WORKER} (build ${version}${fromCache ? ", Workbox's output from cache" : ""}): precaches ${precache.count} files (${(precache.gzipBytes / 1024).toFixed(1)} KiB gzip); ` +
            `"Save for offline" adds ${plan.pages.length} pages and ${plan.files.length} files; ${Math.round(ms)} ms`,
        );
      },
    },
  };
}
