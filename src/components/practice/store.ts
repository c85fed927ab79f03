/**
 * Browser side of practice mode's state: reads and writes it through src/lib/practice/storage.ts under its
 * localStorage key and tells every practice widget on the page (and, via the storage event, in other tabs) when it
 * changes. Storage can be blocked (reading throws), full (writing throws) or hold data this version cannot read:
 * the page then works for the visit, the reader is told in a visible notice (every [data-practice-notice] of the
 * page), and data that could not be read is copied aside, untouched, before anything is written over it; when even
 * the copy cannot be made, nothing is written at all. The rare paths live in recovery.ts, loaded on need.
 */
import { STORAGE_KEY, decodePractice, encodePractice } from "~/lib/practice/storage";
import type { Decoded } from "~/lib/practice/storage";
import { emptyState } from "~/lib/practice/state";
import type { PracticeState } from "~/lib/practice/state";
import { safeStorage } from "~/lib/safe-storage";

const EVENT = "site-practice-change";
export const storage = safeStorage(() => localStorage);

let memory: PracticeState | undefined;
/** False while stored data that could not be read is not yet copied aside (or cannot be): writing would destroy it. */
let writable = true;
/** A change made while writing was held back, to store once it may be. */
let unsaved = false;

/** Shows `text` (then `link`, when given) in every practice notice of the page (PracticeNotice.astro). */
export function announce(text: string, link?: Node): void {
  for (const box of document.querySelectorAll<HTMLElement>("[data-practice-notice]")) {
    box.replaceChildren(text, ...(link ? [" ", link.cloneNode(true)] : []));
    box.toggleAttribute("data-shown", text !== "");
  }
}

function save(state: PracticeState): void {
  const result = storage.write(STORAGE_KEY, encodePractice(state));
  if (result !== "saved") void import("./recovery").then((m) => announce(m.writeNotice(result)));
}

/** Holds writes back until `raw` (stored data not read in full) is kept aside; says so, with a link to the copy. */
export function keepAsideFirst(raw: string, decoded: Extract<Decoded, { status: "partial" | "unreadable" }>): void {
  writable = false;
  void import("./recovery").then((m) => {
    writable = m.keepAside(storage, raw, decoded, announce);
    if (writable && unsaved && memory) save(memory);
  });
}

function load(): PracticeState {
  const read = storage.read(STORAGE_KEY);
  if (!read.ok) return emptyState();
  const decoded = decodePractice(read.value);
  const raw = read.value;
  writable = true;
  if ((decoded.status === "partial" || decoded.status === "unreadable") && raw !== null) keepAsideFirst(raw, decoded);
  // An older format is stored in the current one at once, so the pre-paint script and other tabs read it alike.
  else if (decoded.status === "migrated") save(decoded.state);
  return decoded.state;
}

/** The current state: the page's copy, loaded from storage on first use. */
export function readState(): PracticeState {
  memory ??= load();
  return memory;
}

/** Takes `state` as the page's copy without saving it (records checked in depth, whose original is being kept aside). */
export function adoptState(state: PracticeState): void {
  memory = state;
}

/** Saves the state and notifies the widgets on this page. */
function writeState(next: PracticeState): void {
  memory = next;
  if (writable) save(next);
  else unsaved = true;
  document.dispatchEvent(new CustomEvent<PracticeState>(EVENT, { detail: next }));
}

/** Applies a change to the current state and saves it. */
export function updateState(change: (state: PracticeState) => PracticeState): PracticeState {
  const next = change(readState());
  writeState(next);
  return next;
}

let watching = false;

/** Calls `listener` with the new state whenever it changes, here or in another tab, until `signal` aborts. */
export function onStateChange(listener: (state: PracticeState) => void, signal: AbortSignal): void {
  document.addEventListener(EVENT, (event) => listener((event as CustomEvent<PracticeState>).detail), { signal });
  if (watching) return;
  watching = true;
  // Another tab saved: read it once for the whole page and tell every widget.
  window.addEventListener("storage", (event) => {
    if (event.key !== STORAGE_KEY && event.key !== null) return;
    memory = load();
    document.dispatchEvent(new CustomEvent<PracticeState>(EVENT, { detail: memory }));
  });
}
