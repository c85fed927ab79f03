/**
 * Browser side of practice mode's state: reads and writes src/lib/practice-state.ts's
 * string under its localStorage key and tells every practice widget on the page (and, via
 * the storage event, in other tabs) when it changes. Storage can be missing or full
 * (private modes, quotas): the page then works for the visit and forgets afterwards.
 */
import { STORAGE_KEY, emptyState, parseState, serialiseState } from "../lib/practice-state";
import type { PracticeState } from "../lib/practice-state";

const EVENT = "site-practice-change";
let memory: PracticeState | undefined;

function load(): PracticeState {
  try {
    return parseState(localStorage.getItem(STORAGE_KEY));
  } catch {
    return emptyState();
  }
}

/** The current state: the page's copy, loaded from storage on first use. */
export function readState(): PracticeState {
  memory ??= load();
  return memory;
}

/** Saves the state and notifies the widgets on this page. */
export function writeState(next: PracticeState): void {
  memory = next;
  try {
    localStorage.setItem(STORAGE_KEY, serialiseState(next));
  } catch {
    // Storage unavailable: keep going with the in-memory copy.
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
