/**
 * The reader's records (answers, review schedule, mock rounds) in the browser: checked in depth once per page before
 * anything reads them (what cannot be used is kept aside first, as store.ts does for the rest), and the first save
 * of something of the reader's own asks the browser to keep the site's storage, saying so if it refuses.
 */
import { checkRecords } from "~/lib/practice/records-check";
import { href, pages } from "~/lib/routes";
import type { PracticeState } from "~/lib/practice/state";
import { STORAGE_KEY } from "~/lib/practice/storage";
import { adoptState, announce, keepAsideFirst, readState, storage, updateState } from "./store";

let checked = false;

/** The state with its records checked in depth (once per page). */
export function checkedState(): PracticeState {
  if (checked) return readState();
  checked = true;
  const state = readState();
  const { problems, ...records } = checkRecords(state);
  if (problems.length === 0) return state;
  const next = { ...state, ...records };
  const raw = storage.read(STORAGE_KEY);
  if (raw.ok && raw.value) keepAsideFirst(raw.value, { status: "partial", state: next, problems });
  adoptState(next);
  return next;
}

let asked = false;

/** Asks the browser, once per page, to keep the site's storage; tells the reader when it will not. */
async function askToPersist(): Promise<void> {
  if (asked || !navigator.storage?.persist) return;
  asked = true;
  try {
    if ((await navigator.storage.persisted()) || (await navigator.storage.persist())) return;
  } catch {
    return;
  }
  announce(
    "This browser did not agree to keep the site's storage, so it may clear your practice data when it runs short of space.",
    Object.assign(document.createElement("a"), { href: href(import.meta.env.BASE_URL, pages.practice()), textContent: "Back up your practice" }),
  );
}

/** Saves a change to the reader's own records (an answer, a rating, a round) and asks for lasting storage. */
export function updateRecords(change: (state: PracticeState) => PracticeState): PracticeState {
  checkedState();
  const next = updateState(change);
  void askToPersist();
  return next;
}
