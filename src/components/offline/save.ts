/**
 * "Save for offline", loaded when the reader presses it: stores every page and file that
 * `offline/files.json` lists in this build's caches (the ones the service worker reads), counting as it
 * goes ("Saved 23 of 38 pages"), then says how much space the copy takes. A copy saved under an earlier
 * build is brought up to date on the first page load of the new one (`refresh()`), since a new build's
 * worker starts with empty caches and deletes the old ones.
 */
import {
  OFFLINE_LIST,
  SAVED_KEY,
  parseOfflineList,
  parseSavedRecord,
  saveStatus,
  formatBytes,
  type OfflineList,
} from "~/lib/offline/list";
import { href } from "~/lib/routes";

const base = import.meta.env.BASE_URL;
/** How many files are fetched at once: enough to hide latency, few enough to leave the connection usable. */
const PARALLEL = 4;

let running: Promise<void> | undefined;

/**
 * The status line of the control pressed (else of the first control on the page). The footer's button has
 * none until it is first used: it is added after it, empty, so the text that follows is announced, and
 * costs every page nothing until then.
 */
function statusFor(control: Element | null): HTMLElement | null {
  const root = control?.closest(".offline-save") ?? document.querySelector(".offline-save");
  if (!root) return null;
  if (root instanceof HTMLButtonElement) {
    if (root.nextElementSibling?.getAttribute("role") === "status") return root.nextElementSibling as HTMLElement;
    const status = document.createElement("p");
    status.setAttribute("role", "status");
    root.after(status);
    return status;
  }
  return root.querySelector<HTMLElement>("[role=status]");
}

function setBusy(busy: boolean): void {
  for (const button of document.querySelectorAll("[data-offline-save]"))
    button.setAttribute("aria-disabled", String(busy));
}

async function fetchList(): Promise<OfflineList> {
  const response = await fetch(href(base, OFFLINE_LIST));
  if (!response.ok) throw new Error(`${OFFLINE_LIST}: HTTP ${response.status}`);
  return parseOfflineList(await response.json());
}

/** Why this browser cannot keep a copy, or undefined when it can. */
async function unsupported(): Promise<string | undefined> {
  if (!("caches" in window) || !navigator.serviceWorker) {
    return "This browser can't keep pages for offline reading (private windows often can't).";
  }
  if (!(await navigator.serviceWorker.getRegistration(href(base)))) {
    return "Offline reading isn't set up in this browser yet: reload the page, then save again.";
  }
  return undefined;
}

/** Adds each URL to the cache, a few at a time; returns how many could not be fetched. */
async function keep(cache: Cache, urls: readonly string[], onEach: (failed: boolean) => void): Promise<number> {
  let next = 0;
  let failed = 0;
  const worker = async () => {
    while (next < urls.length) {
      const url = urls[next++]!;
      // add() stores only a response with an ok status, and rejects otherwise.
      const ok = await cache.add(url).then(
        () => true,
        () => false,
      );
      if (!ok) failed += 1;
      onEach(!ok);
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, urls.length) }, worker));
  return failed;
}

async function usage(): Promise<number | undefined> {
  return (await navigator.storage?.estimate?.())?.usage;
}

async function run(status: HTMLElement | null, updating: boolean): Promise<void> {
  const show = (text: string) => {
    if (status) status.textContent = text;
  };
  const problem = await unsupported();
  if (problem) return show(problem);
  setBusy(true);
  try {
    const list = await fetchList();
    show(saveStatus(updating ? { step: "updating" } : { step: "search" }));
    const failedFiles = await keep(
      await caches.open(list.caches.files),
      list.files.map((path) => href(base, path)),
      () => {},
    );
    const total = list.pages.length;
    let saved = 0;
    const failedPages = await keep(
      await caches.open(list.caches.pages),
      list.pages.map((path) => href(base, path)),
      (failed) => {
        if (!failed) saved += 1;
        show(saveStatus({ step: "pages", done: saved, total }));
      },
    );
    // Ask the browser not to clear the copy when space runs low (Chromium decides by itself; Firefox asks).
    await navigator.storage?.persist?.().catch(() => false);
    const failed = failedFiles + failedPages;
    show(saveStatus({ step: "done", done: saved, total, failed, bytes: await usage() }));
    if (failed === 0) localStorage.setItem(SAVED_KEY, JSON.stringify({ version: list.version, pages: total }));
  } catch (error) {
    show(`Saving for offline failed: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    setBusy(false);
  }
}

/** Saves the whole handbook; `control` is the button pressed, whose status line reports. */
export function save(control: Element | null): Promise<void> {
  running ??= run(statusFor(control), false).finally(() => (running = undefined));
  return running;
}

/**
 * On load, for a reader who saved a copy: says what is saved, or saves again when the copy is from another
 * build or the browser has cleared it (and the network is there to do it).
 */
export async function refresh(): Promise<void> {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(SAVED_KEY);
  } catch {
    // Storage switched off: nothing was saved to bring up to date.
  }
  const saved = parseSavedRecord(stored);
  if (!saved || !("caches" in window)) return;
  const list = await fetchList().catch(() => undefined);
  if (!list) return;
  if (
    saved.version === list.version &&
    (await caches.has(list.caches.pages)) &&
    (await caches.has(list.caches.files))
  ) {
    const bytes = await usage();
    for (const summary of document.querySelectorAll("[data-offline-summary]")) {
      summary.textContent = `Saved on this device: ${saved.pages} pages${bytes === undefined ? "" : `, ${formatBytes(bytes)}`}.`;
    }
    return;
  }
  if (navigator.onLine) {
    running ??= run(statusFor(null), true).finally(() => (running = undefined));
    await running;
  }
}
