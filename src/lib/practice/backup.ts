/**
 * Backing up and restoring all practice data as one JSON file: what the file holds, reading one back (a bad or
 * foreign file gives a reason and changes nothing), merging it into what the browser has or replacing that, and
 * saying beforehand what a restore will change.
 */
import { plural } from "../text";
import { MAX_ROUNDS } from "./records";
import { checkRecords } from "./records-check";
import type { Answers, MockRound, Schedule } from "./records";
import type { PracticeState } from "./state";
import { CURRENT_VERSION, decodePractice, encodePractice } from "./storage";

/** What marks a file as this site's practice backup. */
export const BACKUP_FORMAT = "genai-handbook-practice-backup";
/** The backup file's own version (the practice data inside carries its format version too). */
const BACKUP_VERSION = 1;

/** The backup file's text for a state, made at `now`. */
export function encodeBackup(state: PracticeState, now: Date): string {
  const data: unknown = JSON.parse(encodePractice(state));
  return `${JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, saved: now.toISOString(), data }, null, 2)}\n`;
}

export type ParsedBackup =
  | { readonly ok: true; readonly state: PracticeState; readonly saved: string }
  | { readonly ok: false; readonly reason: string };

/** Reads a backup file's text; a file that is not one, or not read in full, gives the reason and no state. */
export function parseBackup(text: string, now = new Date()): ParsedBackup {
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    return { ok: false, reason: "This file is not a practice backup: it is not JSON." };
  }
  if (typeof file !== "object" || file === null || (file as Record<string, unknown>)["format"] !== BACKUP_FORMAT) {
    return { ok: false, reason: "This file is not a practice backup from this site." };
  }
  const { version, saved, data } = file as Record<string, unknown>;
  if (typeof version !== "number" || version > BACKUP_VERSION) {
    return { ok: false, reason: "This backup was made by a newer version of this site, which this one cannot read." };
  }
  const decoded = decodePractice(JSON.stringify(data ?? null), { now });
  if (decoded.status === "unreadable" || decoded.status === "empty") {
    const from =
      decoded.status === "unreadable" && decoded.reason === "newer"
        ? ` (format ${decoded.from}, this site reads up to ${CURRENT_VERSION})`
        : "";
    return { ok: false, reason: `The practice data in this backup could not be read${from}.` };
  }
  const { problems: recordProblems, ...records } = checkRecords(decoded.state);
  const problems = decoded.status === "partial" ? [...decoded.problems, ...recordProblems] : recordProblems;
  if (problems.length > 0)
    return {
      ok: false,
      reason: `Part of this backup could not be read (${problems.join(", ")}), so nothing was restored.`,
    };
  return { ok: true, state: { ...decoded.state, ...records }, saved: typeof saved === "string" ? saved : "" };
}

/** Both answers when they differ: the reader's own words are never dropped by a merge. */
function mergeText(mine: string, theirs: string): string {
  return mine === theirs || mine.includes(theirs) ? mine : `${mine}\n\n(From the backup:)\n${theirs}`;
}

function mergeAnswers(mine: Answers, theirs: Answers): Answers {
  const merged: Record<string, Record<string, string>> = { ...mine };
  for (const [question, sections] of Object.entries(theirs)) {
    const current = { ...merged[question] };
    for (const [section, text] of Object.entries(sections))
      current[section] = current[section] ? mergeText(current[section], text) : text;
    merged[question] = current;
  }
  return merged;
}

/** Per question the card reviewed last wins (a card never reviewed loses to one that was). */
function mergeSchedule(mine: Schedule, theirs: Schedule): Schedule {
  const merged = { ...mine };
  for (const [id, card] of Object.entries(theirs)) {
    const current = merged[id];
    if (!current || (card.last_review ?? "") > (current.last_review ?? "")) merged[id] = card;
  }
  return merged;
}

/** Rounds of both, once each (a round is named by its start), oldest first. */
function mergeRounds(mine: readonly MockRound[], theirs: readonly MockRound[]): MockRound[] {
  const byStart = new Map([...theirs, ...mine].map((r) => [r.started, r]));
  return [...byStart.values()].sort((a, b) => (a.started < b.started ? -1 : 1)).slice(-MAX_ROUNDS);
}

/**
 * What the browser keeps when a backup is merged in: the union of both. Practice mode's switch and timer length stay
 * as they are here; fill-ins and answers already here win a clash, and a clashing answer keeps the backup's words
 * after the reader's; per question the more recently reviewed schedule wins.
 */
export function mergeStates(mine: PracticeState, theirs: PracticeState): PracticeState {
  const revealed: Record<string, readonly string[]> = { ...theirs.revealed };
  for (const [id, sections] of Object.entries(mine.revealed))
    revealed[id] = [...new Set([...(theirs.revealed[id] ?? []), ...sections])];
  return {
    ...mine,
    revealed,
    fills: { ...theirs.fills, ...mine.fills },
    practised: [...new Set([...mine.practised, ...theirs.practised])],
    answers: mergeAnswers(mine.answers, theirs.answers),
    schedule: mergeSchedule(mine.schedule, theirs.schedule),
    rounds: mergeRounds(mine.rounds, theirs.rounds),
  };
}

const answerKeys = (answers: Answers) =>
  Object.entries(answers).flatMap(([q, s]) => Object.keys(s).map((id) => `${q}#${id}`));

/** What restoring `theirs` changes, one line per kind of data that changes, for the reader to confirm. */
export function describeRestore(mine: PracticeState, theirs: PracticeState, mode: "merge" | "replace"): string[] {
  const after = mode === "merge" ? mergeStates(mine, theirs) : theirs;
  const lines: string[] = [];
  const count = (label: string, before: readonly string[], now: readonly string[], one: string, many?: string) => {
    const added = now.filter((k) => !before.includes(k)).length;
    const removed = before.filter((k) => !now.includes(k)).length;
    if (added === 0 && removed === 0) return;
    const parts = [
      added > 0 ? `${plural(added, one, many)} added` : "",
      removed > 0 ? `${plural(removed, one, many)} removed` : "",
    ].filter(Boolean);
    lines.push(`${label}: ${parts.join(", ")} (${plural(now.length, one, many)} after).`);
  };
  count("Practised", mine.practised, after.practised, "question");
  count("Your answers", answerKeys(mine.answers), answerKeys(after.answers), "section");
  const clashes = answerKeys(mine.answers).filter((k) => {
    const [q = "", s = ""] = k.split("#");
    return after.answers[q]?.[s] !== undefined && after.answers[q]?.[s] !== mine.answers[q]?.[s];
  }).length;
  const s = (n: number) => (n === 1 ? "s" : "");
  if (clashes > 0) {
    lines.push(
      `Your answers: ${plural(clashes, "section")} ${mode === "merge" ? `get${s(clashes)} the backup's words after yours` : `take${s(clashes)} the backup's words instead of yours`}.`,
    );
  }
  count("Review schedule", Object.keys(mine.schedule), Object.keys(after.schedule), "question");
  const rescheduled = Object.keys(mine.schedule).filter(
    (id) => after.schedule[id] && after.schedule[id]?.due !== mine.schedule[id]?.due,
  ).length;
  if (rescheduled > 0)
    lines.push(
      `Review schedule: ${plural(rescheduled, "question")} get${s(rescheduled)} the backup's next review date.`,
    );
  count(
    "Mock rounds",
    mine.rounds.map((r) => r.started),
    after.rounds.map((r) => r.started),
    "round",
  );
  count("Fill-ins", Object.keys(mine.fills), Object.keys(after.fills), "fill-in");
  return lines.length > 0 ? lines : ["Nothing changes: this browser already holds everything in the backup."];
}
