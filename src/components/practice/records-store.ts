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

/** Where the site notes that it asked the browser to keep its storage, so the reader is asked and told once. */
const PERSIST_KEY = "site-practice:persist-asked";
let asked = false;

/** Whether the browser keeps the site's storage until the reader clears it (undefined when it cannot say). */
export async function isPersisted(): Promise<boolean | undefined> {
  try {
    return navigator.storage?.persisted ? await navigator.storage.persisted() : undefined;
  } catch {
    return undefined;
  }
}

/** Asks the browser, the first time, to keep the site's storage; tells the reader once if it will not. */
async function askToPersist(): Promise<void> {
  if (asked) return;
  asked = true;
  const before = storage.read(PERSIST_KEY);
  if (!navigator.storage?.persist || !before.ok || before.value !== null || (await isPersisted()) !== false) return;
  storage.write(PERSIST_KEY, new Date().toISOString());
  let granted = false;
  try {
    granted = await navigator.storage.persist();
  } catch {
    // Treated as refused: the reader is told, and can back up.
  }
  if (granted) return;
  announce(
    "This browser did not agree to keep the site's storage, so it may clear your practice data when it runs short of space.",
    Object.assign(document.createElement("a"), {
      href: href(import.meta.env.BASE_URL, pages.practice()),
      textContent: "Back up your practice",
    }),
  );
}

/** Saves a change to the reader's own records (an answer, a rating, a round) and asks for lasting storage. */
export function updateRecords(change: (state: PracticeState) => PracticeState): PracticeState {
  checkedState();
  const next = updateState(change);
  void askToPersist();
  return next;
}
