/**
 * The service worker (`sw.js`), made of Workbox's runtime modules. Bundled by src/integrations/offline.ts into one
 * classic script, the same for every build of this source; each build then writes its own settings (precache
 * list, cache names, cleanup script, offline page: src/lib/offline/worker.ts) in place of `__SITE_WORKER_CONFIG__`.
 *
 * Install: the app shell is precached. Activate: the first worker takes the open pages at once (clientsClaim); the
 * precaches of other `cacheId`s and versions are deleted (cleanupOutdatedCaches), and the imported cleanup script
 * deletes other builds' runtime caches. A new build's worker waits until the page asks it to take over (the
 * update prompt's `SKIP_WAITING` message, ./update-prompt.ts), so an open page never gets files of another build.
 *
 * Requests, GET only, first match wins: the precache (a page by its folder URL, any query ignored); then pages
 * opened in the browser, pages fetched by a script, and every other file under the scope, each cache-first in
 * this build's runtime caches, keeping only responses with status 200. A navigation that fails offline gets the
 * precached offline page.
 */
import { clientsClaim, setCacheNameDetails } from "workbox-core";
import { CacheableResponsePlugin } from "workbox-cacheable-response";
import { PrecacheFallbackPlugin, cleanupOutdatedCaches, precacheAndRoute } from "workbox-precaching";
import { registerRoute } from "workbox-routing";
import { CacheFirst } from "workbox-strategies";
import type { WorkboxPlugin } from "workbox-core/types";
import type { WorkerConfig } from "~/lib/offline/worker";

/** Written by the build (`workerWithConfig`); the name is `WORKER_CONFIG`. */
declare const __SITE_WORKER_CONFIG__: WorkerConfig;

/** The parts of the service worker's global scope used here (the project's types are the page's: DOM, not WebWorker). */
declare const self: {
  readonly registration: { readonly scope: string };
  skipWaiting(): Promise<void>;
  addEventListener(type: "message", listener: (event: { data?: { type?: unknown } | null }) => void): void;
};
declare function importScripts(...urls: string[]): void;

const config = __SITE_WORKER_CONFIG__;

importScripts(...config.importScripts);
setCacheNameDetails({ prefix: config.cacheId });

self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "SKIP_WAITING") void self.skipWaiting();
});
clientsClaim();

// Every page is static: `/search/?q=…` is `/search/`.
precacheAndRoute([...config.precache], { directoryIndex: "index.html", ignoreURLParametersMatching: [/./] });
cleanupOutdatedCaches();

const underScope = (url: URL) => url.href.startsWith(self.registration.scope);
// Workbox's plugin classes type their hooks as possibly undefined, which `exactOptionalPropertyTypes` does not take
// for WorkboxPlugin's optional ones: the same objects, typed as Workbox's strategies expect them.
const plugins = (...list: object[]) => list as WorkboxPlugin[];
const ok = () => new CacheableResponsePlugin({ statuses: [200] });
// A search result lands on `?highlight=…`: the same page.
const matchOptions = { ignoreSearch: true };

// A page opened in the browser: from the cache, else the network, else (offline) the offline page.
registerRoute(
  ({ request, sameOrigin, url }) => sameOrigin && request.mode === "navigate" && underScope(url),
  new CacheFirst({
    cacheName: config.caches.pages,
    matchOptions,
    plugins: plugins(ok(), new PrecacheFallbackPlugin({ fallbackURL: config.offlinePage })),
  }),
  "GET",
);
// A page fetched by a script (saving, prefetch): same cache, and no offline page in its place.
registerRoute(
  ({ sameOrigin, url }) => sameOrigin && underScope(url) && /(\/|\.html)$/.test(url.pathname),
  new CacheFirst({ cacheName: config.caches.pages, matchOptions, plugins: plugins(ok()) }),
  "GET",
);
// Search index files (Pagefind adds `?ts=` to its entry file), Markdown copies, preview images.
registerRoute(
  ({ sameOrigin, url }) => sameOrigin && underScope(url),
  new CacheFirst({ cacheName: config.caches.files, matchOptions, plugins: plugins(ok()) }),
  "GET",
);
