/**
 * `offline/files.json` as the page scripts read it, and the words "Save for offline" shows. Safe for the
 * browser: no Node modules (the build side is ./plan.ts).
 */
import { plural } from "../text";

/**
 * What "Save for offline" fetches (`OfflineList`). Defined here, beside its reader, rather than in ./paths.ts:
 * the page's registration script imports that module, and this one loads only on demand.
 */
export const OFFLINE_LIST = "offline/files.json";

/**
 * localStorage key recording that the reader saved the handbook for offline reading (which build, how many
 * pages), so the copy can be brought up to date after a new version. Not the reader's own data: that is in
 * the practice key and never leaves localStorage.
 */
export const SAVED_KEY = "site-offline";

export interface CacheNames {
  /** Pages the reader opened or saved. */
  readonly pages: string;
  /** Search index files, Markdown copies, images: everything else under the base path. */
  readonly files: string;
}

/** `offline/files.json`: what the page scripts need to save the site and to list what is saved. */
export interface OfflineList {
  readonly v: 1;
  /** The build's version (`buildVersion()`), also part of the cache names. */
  readonly version: string;
  /** The runtime caches of this build, which the service worker reads from. */
  readonly caches: CacheNames;
  /** Site paths of pages, relative to the base (`""` is the home page). */
  readonly pages: readonly string[];
  /** Site paths of the other files to save (search index, Markdown copies). */
  readonly files: readonly string[];
}

const isPaths = (value: unknown) => Array.isArray(value) && value.every((p) => typeof p === "string");

/** Reads `offline/files.json` as fetched, or throws naming the file and the field that is wrong. */
export function parseOfflineList(data: unknown, file: string = OFFLINE_LIST): OfflineList {
  const list = data as Partial<OfflineList> | null;
  let problem: string | undefined;
  if (typeof list !== "object" || list === null || Array.isArray(list))
    problem = `expected an object, got ${JSON.stringify(data)}`;
  else if (list.v !== 1) problem = `field "v": expected 1, got ${JSON.stringify(list.v)}`;
  else if (typeof list.version !== "string" || list.version === "")
    problem = 'field "version": expected the build version';
  else if (typeof list.caches?.pages !== "string" || typeof list.caches.files !== "string")
    problem = 'field "caches": expected { "pages": name, "files": name }';
  else if (!isPaths(list.pages)) problem = 'field "pages": expected a list of site paths';
  else if (!isPaths(list.files)) problem = 'field "files": expected a list of site paths';
  if (problem) throw new Error(`${file}: ${problem}`);
  return list as OfflineList;
}

/** What the reader's browser remembers about a saved copy (localStorage, `SAVED_KEY`). */
export interface SavedRecord {
  readonly version: string;
  readonly pages: number;
}

/** The saved record, or null when there is none or it is not one (a hand-edited or older value). */
export function parseSavedRecord(text: string | null): SavedRecord | null {
  if (text === null) return null;
  try {
    const value = JSON.parse(text) as Partial<SavedRecord> | null;
    return typeof value?.version === "string" && typeof value.pages === "number"
      ? { version: value.version, pages: value.pages }
      : null;
  } catch {
    return null;
  }
}

/** Bytes as a reader reads them: `850 kB`, `1.4 MB` (SI units, as operating systems show storage). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${Math.max(0, Math.round(bytes))} bytes`;
  if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} kB`;
  const mb = bytes / 1_000_000;
  return `${mb < 10 ? mb.toFixed(1) : Math.round(mb)} MB`;
}

/** Where saving is, for the status line beside the button. */
export type SaveProgress =
  | { step: "search" }
  | { step: "pages"; done: number; total: number }
  | { step: "done"; done: number; total: number; failed: number; bytes: number | undefined }
  | { step: "updating" };

/** The status line: "Saved 23 of 38 pages", and how much space the copy takes once it is done. */
export function saveStatus(progress: SaveProgress): string {
  switch (progress.step) {
    case "search":
      return "Saving the search index…";
    case "updating":
      return "A new version: bringing your offline copy up to date…";
    case "pages":
      return `Saved ${progress.done} of ${plural(progress.total, "page")}`;
    case "done": {
      const space = progress.bytes === undefined ? "" : ` It uses ${formatBytes(progress.bytes)} on this device.`;
      if (progress.failed > 0) {
        return `Saved ${progress.done} of ${plural(progress.total, "page")}; ${progress.failed} could not be fetched. Check the connection and save again.${space}`;
      }
      return `Saved ${progress.done} of ${plural(progress.total, "page")} and the search index: you can read, search and practise offline.${space}`;
    }
  }
}
