import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { PREFLIGHT_SCRIPT } from "../../../src/lib/inline-scripts";
import {
  CURRENT_VERSION,
  PREFLIGHT,
  STORAGE_KEY,
  decodePractice,
  encodePractice,
} from "../../../src/lib/practice/storage";
import { emptyState, setPracticeOn, setPractised } from "../../../src/lib/practice/state";

describe("decodePractice", () => {
  it("round-trips a state through its stored string", () => {
    const state = setPractised(setPracticeOn(emptyState(), true), "cost-optimization", true);
    expect(decodePractice(encodePractice(state))).toEqual({ status: "read", state });
    expect(JSON.parse(encodePractice(state))).toMatchObject({ v: CURRENT_VERSION });
  });

  it("is empty when nothing is stored", () => {
    expect(decodePractice(null)).toEqual({ status: "empty", state: emptyState() });
    expect(decodePractice("")).toEqual({ status: "empty", state: emptyState() });
  });

  it.each([
    ["{not json", "json"],
    ["[1,2,3]", "shape"],
    ['"on"', "shape"],
    ['{"on":true}', "version"],
    ['{"v":"1","on":true}', "version"],
  ])("says why %s cannot be read, so the caller keeps it", (raw, reason) => {
    expect(decodePractice(raw)).toEqual({ status: "unreadable", state: emptyState(), reason });
  });

  it("cannot read a newer format, and says which", () => {
    const newer = CURRENT_VERSION + 1;
    expect(decodePractice(`{"v":${newer},"on":true}`)).toEqual({
      status: "unreadable",
      state: emptyState(),
      reason: "newer",
      from: newer,
    });
  });

  it("migrates format 1: the reader's records start empty, and each practised question gets a card due at once", () => {
    const now = new Date("2026-03-02T09:00:00Z");
    const v1 = JSON.stringify({
      v: 1,
      on: true,
      practised: ["cost-optimization", "staying-current"],
      fills: { role: "tutor" },
      timerMinutes: 3,
    });
    const decoded = decodePractice(v1, { now });
    expect(decoded.status).toBe("migrated");
    expect(decoded.state).toMatchObject({
      on: true,
      practised: ["cost-optimization", "staying-current"],
      fills: { role: "tutor" },
      timerMinutes: 3,
      answers: {},
      rounds: [],
    });
    expect(Object.keys(decoded.state.schedule)).toEqual(["cost-optimization", "staying-current"]);
    expect(decoded.state.schedule["cost-optimization"]).toMatchObject({ due: now.toISOString(), reps: 0, state: 0 });
    // Stored again, it reads in full in the current format.
    expect(decodePractice(encodePractice(decoded.state))).toEqual({ status: "read", state: decoded.state });
  });

  it("reads what it can of wrong-typed fields and names the rest", () => {
    const decoded = decodePractice(JSON.stringify({ v: CURRENT_VERSION, on: true, practised: "all" }));
    expect(decoded).toEqual({ status: "partial", state: { ...emptyState(), on: true }, problems: ["practised"] });
  });

  it("migrates older versions one step at a time through the migration hook", () => {
    const migrations = {
      1: ({ done, ...rest }: Readonly<Record<string, unknown>>) => ({ ...rest, practised: done }),
      2: ({ mode, ...rest }: Readonly<Record<string, unknown>>) => ({ ...rest, on: mode === "practice" }),
    };
    const raw = JSON.stringify({ v: 1, done: ["cost-optimization"], mode: "practice" });
    expect(decodePractice(raw, { version: 3, migrations })).toEqual({
      status: "migrated",
      from: 1,
      state: { ...emptyState(), on: true, practised: ["cost-optimization"] },
    });
  });

  it("cannot read a version it has no migration for, or one whose migration fails", () => {
    expect(decodePractice('{"v":1}', { version: 2, migrations: {} })).toMatchObject({
      status: "unreadable",
      reason: "retired",
      from: 1,
    });
    const failing = {
      1: () => {
        throw new Error("bad");
      },
    };
    expect(decodePractice('{"v":1}', { version: 2, migrations: failing })).toMatchObject({
      status: "unreadable",
      reason: "migration",
      from: 1,
    });
  });
});

describe("PREFLIGHT_SCRIPT", () => {
  /** Runs the inline script against a fake page, as the browser would before first paint. */
  function run(stored: string | null | Error): Record<string, string> {
    const dataset: Record<string, string> = {};
    const localStorage = {
      getItem: (key: string) => {
        if (stored instanceof Error) throw stored;
        return key === STORAGE_KEY ? stored : null;
      },
    };
    new Function("localStorage", "document", "setTimeout", PREFLIGHT_SCRIPT)(
      localStorage,
      { documentElement: { dataset } },
      () => 0,
    );
    return dataset;
  }

  it("marks the page when practice mode is on, in the current format or an older one", () => {
    expect(run(encodePractice(setPracticeOn(emptyState(), true)))).toEqual({ practicePreflight: "" });
    expect(run(JSON.stringify({ v: 1, on: true }))).toEqual({ practicePreflight: "" });
  });

  it("leaves the answer showing for mode off, another version, broken data or blocked storage", () => {
    expect(run(encodePractice(emptyState()))).toEqual({});
    expect(run(JSON.stringify({ v: CURRENT_VERSION + 1, on: true }))).toEqual({});
    expect(run("{broken")).toEqual({});
    expect(run(new DOMException("blocked", "SecurityError"))).toEqual({});
  });
});

describe("names shared by the script, the stylesheets and the code", () => {
  const SRC = resolve(import.meta.dirname, "../../../src");
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
  const sources = walk(SRC).filter((f) => /\.(ts|astro|css|mjs)$/.test(f));

  it("the storage key is written once, in lib/practice/storage.ts; everything else imports it", () => {
    const holders = sources.filter((f) => readFileSync(f, "utf8").includes(JSON.stringify(STORAGE_KEY).slice(1, -1)));
    expect(holders.map((f) => relative(SRC, f))).toEqual(["lib/practice/storage.ts"]);
  });

  it("the pre-paint mark is the attribute the stylesheets select and the dataset name the script sets", () => {
    expect(PREFLIGHT.attribute).toBe(`data-${PREFLIGHT.dataset.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`);
    expect(PREFLIGHT_SCRIPT).toContain(`dataset.${PREFLIGHT.dataset}=`);
    const selecting = sources.filter(
      (f) => /\.(css|astro)$/.test(f) && readFileSync(f, "utf8").includes(`[${PREFLIGHT.attribute}]`),
    );
    expect(selecting.map((f) => relative(SRC, f)).sort()).toEqual([
      "components/practice/PracticeBar.astro",
      "components/practice/practice.css",
      "layouts/QuestionLayout.astro",
    ]);
    // No stylesheet names a mark by another spelling.
    const stray = sources.filter(
      (f) => /practice-preflight/.test(readFileSync(f, "utf8")) && !selecting.includes(f) && !f.endsWith("storage.ts"),
    );
    expect(stray).toEqual([]);
  });
});
