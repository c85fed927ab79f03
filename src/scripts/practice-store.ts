/**
 * Browser side of practice mode's state: reads and writes it through src/lib/practice-storage.ts under its
 * localStorage key and tells every practice widget on the page (and, via the storage event, in other tabs) when it
 * changes. Storage can be blocked (reading throws), full (writing throws) or hold data this version cannot read:
 * the page then works for the visit, the reader is told in a visible notice (src/components/practice/
 * PracticeNotice.astro), and data that could not be read is copied aside, untouched, before anything is written
 * over it; when even the copy cannot be made, nothing is written at all.
 */
import { STORAGE_KEY, decodePractice, encodePractice, keptKey } from "../lib/practice-storage";
import type { Decoded } from "../lib/practice-storage";
import type { PracticeState } from "../lib/practice-state";
import { safeStorage } from "../lib/safe-storage";

const EVENT = "site-practice-change";
const NOTICE_EVENT = "site-practice-notice";
const storage = safeStorage(() => localStorage);

let memory: PracticeState | undefined;
/** False while stored data could not be read nor copied aside: writing would destroy it. */
let writable = true;
let notice = "";

function announce(text: string): void {
  if (text === notice) return;
  notice = text;
  document.dispatchEvent(new CustomEvent<string>(NOTICE_EVENT, { detail: text }));
}

/** What the reader is told about stored data this page could not read. */
function unreadNotice(decoded: Extract<Decoded, { status: "partial" | "unreadable" }>, kept: string | undefined): string {
  const what =
    decoded.status === "partial"
      ? `Part of your saved practice progress could not be read (${decoded.problems.slice(0, 3).join("; ")}); the rest is used.`
      : `Your saved practice progress could not be read: ${decoded.reason}. Practice starts afresh here.`;
  return kept
    ? `${what} The original is kept unchanged in this browser's storage for the site, under “${kept}”.`
    : `${what} This browser has no room to keep a copy, so nothing you do here is saved and the original stays as it is.`;
}

function load(): PracticeState {
  const read = storage.read(STORAGE_KEY);
  if (!read.ok) return decodePractice(null).state;
  const decoded = decodePractice(read.value);
  writable = true;
  if ((decoded.status === "partial" || decoded.status === "unreadable") && read.value !== null) {
    const key = keptKey(read.value);
    const kept = storage.read(key);
    const saved = kept.ok && kept.value === read.value ? "saved" : storage.write(key, read.value);
    writable = saved === "saved";
    announce(unreadNotice(decoded, writable ? key : undefined));
  }
  return decoded.state;
}

/** The current state: the page's copy, loaded from storage on first use. */
export function readState(): PracticeState {
  memory ??= load();
  return memory;
}

/** Saves the state and notifies the widgets on this page. */
export function writeState(next: PracticeState): void {
  memory = next;
  if (writable) {
    const result = storage.write(STORAGE_KEY, encodePractice(next));
    if (result === "blocked") announce("This browser does not let the site store anything, so your practice progress lasts only while this page is open.");
    if (result === "full") announce("This browser's storage for the site is full, so your latest practice progress was not saved.");
  }
  document.dispatchEvent(new CustomEvent<PracticeState>(EVENT, { detail: next }));
}

/** Applies a change to the current state and saves it. */
export function updateState(change: (state: PracticeState) => PracticeState): PracticeState {
  const next = change(readState());
  writeState(next);
  return next;
}

/** Calls `listener` with the new state whenever it changes, here or in another tab. */
export function onStateChange(listener: (state: PracticeState) => void): void {
  document.addEventListener(EVENT, (event) => listener((event as CustomEvent<PracticeState>).detail));
  window.addEventListener("storage", (event) => {
    if (event.key !== STORAGE_KEY && event.key !== null) return;
    memory = load();
    listener(memory);
  });
}

/** Calls `listener` with what the reader should be told about their stored progress, now and whenever it changes. */
export function onNotice(listener: (text: string) => void): void {
  readState();
  listener(notice);
  document.addEventListener(NOTICE_EVENT, (event) => listener((event as CustomEvent<string>).detail));
}
