/**
 * The files and names of offline reading that the build, the service worker and the page scripts all use,
 * relative to the base path. Kept in a module of their own, with nothing else in it, so a page script that
 * imports one ships a few bytes, not the whole route table (src/lib/routes.ts re-exports them).
 */

/** The service worker, written at build time (src/integrations/offline.ts); its scope is the base path. */
export const SERVICE_WORKER = "sw.js";

/**
 * Code the service worker imports: deletes the runtime caches of other builds (`cleanupScript()`). Named
 * after the build, so no HTTP cache can hand a new worker the old build's copy.
 */
export const serviceWorkerCleanup = (version: string) => `sw-cleanup-${version}.js`;

/** Any build's `serviceWorkerCleanup()` file. */
export const SERVICE_WORKER_CLEANUP_FILE = /^sw-cleanup-[0-9a-f]+\.js$/;

/**
 * What "Save for offline" fetches (`OFFLINE_LIST`) and what it remembers (`SAVED_KEY`) are in ./list.ts, with
 * the code that reads them: the page's registration script imports this module, and that one loads on demand.
 */

/** The web app manifest. */
export const MANIFEST = "manifest.webmanifest";
