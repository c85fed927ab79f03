/**
 * The reader's records (records.ts) checked in depth: what is well-formed is kept, and each field that could not be
 * kept exactly as stored is named, so the original is kept aside before anything is written over it. Loaded by the
 * pages and widgets that use the records, not by a question page that only folds its answer.
 */
import { MAX_ANSWER_LENGTH, MAX_ROUNDS } from "./records";
import type { Answers, MockRound, Records, ReviewCard, Schedule, Score } from "./records";
import type { TimerState } from "./timer";

const ID = /^[a-z0-9][a-z0-9-]{0,99}$/;
const isId = (value: unknown): value is string => typeof value === "string" && ID.test(value);
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const isCount = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value) && value >= 0;
const isDate = (value: unknown): value is string => typeof value === "string" && !Number.isNaN(Date.parse(value));

function readAnswers(value: unknown): Answers {
  const answers: Record<string, Record<string, string>> = {};
  if (!isObject(value)) return answers;
  for (const [question, sections] of Object.entries(value)) {
    if (!isId(question) || !isObject(sections)) continue;
    const kept = Object.fromEntries(
      Object.entries(sections).filter(
        (e): e is [string, string] =>
          isId(e[0]) && typeof e[1] === "string" && e[1].trim() !== "" && e[1].length <= MAX_ANSWER_LENGTH,
      ),
    );
    if (Object.keys(kept).length > 0) answers[question] = kept;
  }
  return answers;
}

function readCard(value: unknown): ReviewCard | undefined {
  if (!isObject(value) || !isDate(value["due"])) return undefined;
  const numbers = [
    "stability",
    "difficulty",
    "elapsed_days",
    "scheduled_days",
    "learning_steps",
    "reps",
    "lapses",
  ] as const;
  if (!numbers.every((n) => isCount(value[n]))) return undefined;
  const state = value["state"];
  if (state !== 0 && state !== 1 && state !== 2 && state !== 3) return undefined;
  const last = value["last_review"];
  const rating = value["rating"];
  if (last !== undefined && !isDate(last)) return undefined;
  if (rating !== undefined && rating !== 1 && rating !== 2 && rating !== 3 && rating !== 4) return undefined;
  const card = Object.fromEntries(numbers.map((n) => [n, value[n]])) as Record<(typeof numbers)[number], number>;
  return {
    due: value["due"],
    ...card,
    state,
    ...(last !== undefined ? { last_review: last } : {}),
    ...(rating !== undefined ? { rating } : {}),
  };
}

function readSchedule(value: unknown): Schedule {
  const schedule: Record<string, ReviewCard> = {};
  if (!isObject(value)) return schedule;
  for (const [question, card] of Object.entries(value)) {
    const read = readCard(card);
    if (isId(question) && read) schedule[question] = read;
  }
  return schedule;
}

function readTimer(value: unknown): TimerState | undefined {
  if (!isObject(value) || !isCount(value["duration"]) || !isCount(value["remaining"])) return undefined;
  const endsAt = value["endsAt"];
  if (endsAt !== null && !isCount(endsAt)) return undefined;
  return { duration: value["duration"], remaining: Math.min(value["remaining"], value["duration"]), endsAt };
}

function readScores(value: unknown): MockRound["scores"] | undefined {
  if (!isObject(value)) return undefined;
  const scores: Record<string, Record<string, Score>> = {};
  for (const [question, items] of Object.entries(value)) {
    if (!isId(question) || !isObject(items)) return undefined;
    if (!Object.entries(items).every(([id, s]) => isId(id) && (s === 0 || s === 1 || s === 2))) return undefined;
    scores[question] = items as Record<string, Score>;
  }
  return scores;
}

function readRound(value: unknown): MockRound | undefined {
  if (!isObject(value) || !isDate(value["started"]) || !isCount(value["minutes"]) || !isCount(value["index"]))
    return undefined;
  const { topics, questions, phase, finished } = value;
  if (
    !Array.isArray(topics) ||
    !topics.every(isId) ||
    !Array.isArray(questions) ||
    questions.length === 0 ||
    !questions.every(isId)
  )
    return undefined;
  if (phase !== "answer" && phase !== "score") return undefined;
  if (finished !== undefined && !isDate(finished)) return undefined;
  const timer = readTimer(value["timer"]);
  const scores = readScores(value["scores"]);
  if (!timer || !scores || value["index"] > questions.length) return undefined;
  return {
    started: value["started"],
    ...(finished !== undefined ? { finished } : {}),
    minutes: value["minutes"],
    topics,
    questions,
    index: value["index"],
    phase,
    timer,
    scores,
  };
}

function readRounds(value: unknown): MockRound[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((r) => readRound(r) ?? []).slice(-MAX_ROUNDS);
}

/** JSON with every object's keys sorted: two values that hold the same data give the same text. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    isObject(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v,
  );
}

/**
 * Reads the records as stored (each field as `unknown`): what is well-formed is kept, and each field that could
 * not be kept exactly as stored is named in `problems` (a wrong type, a malformed entry).
 */
export function checkRecords(stored: {
  readonly answers: unknown;
  readonly schedule: unknown;
  readonly rounds: unknown;
}): Records & { problems: string[] } {
  const records: Records = {
    answers: readAnswers(stored.answers),
    schedule: readSchedule(stored.schedule),
    rounds: readRounds(stored.rounds),
  };
  const problems = (["answers", "schedule", "rounds"] as const).filter(
    (key) => canonical(stored[key] ?? (key === "rounds" ? [] : {})) !== canonical(records[key]),
  );
  return { ...records, problems };
}
