import { describe, expect, it } from "vitest";
import { CURRENT_VERSION, KEPT_KEY_PREFIX, PREFLIGHT_SCRIPT, STORAGE_KEY, decodePractice, encodePractice, keptKey, textHash } from "../../src/lib/practice-storage";
import { emptyState, setPracticeOn, setPractised } from "../../src/lib/practice-state";

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
    ["{not json", "it is not valid JSON"],
    ["[1,2,3]", "it is not practice data"],
    ['"on"', "it is not practice data"],
    ['{"on":true}', "it has no format version"],
    ['{"v":"1","on":true}', "it has no format version"],
    ['{"v":2,"on":true}', "it was saved by a newer version of this site (format 2; this page reads 1)"],
  ])("says why %s cannot be read, so the caller keeps it", (raw, reason) => {
    expect(decodePractice(raw)).toEqual({ status: "unreadable", state: emptyState(), reason });
  });

  it("reads what it can of wrong-typed fields and names the rest", () => {
    const decoded = decodePractice(JSON.stringify({ v: 1, on: true, practised: "all" }));
    expect(decoded).toEqual({ status: "partial", state: { ...emptyState(), on: true }, problems: ["practised: not a list"] });
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
    expect(decodePractice('{"v":1}', { version: 2, migrations: {} })).toMatchObject({ status: "unreadable", reason: "it is in format 1, which this site no longer reads" });
    const failing = { 1: () => { throw new Error("bad"); } };
    expect(decodePractice('{"v":1}', { version: 2, migrations: failing })).toMatchObject({ status: "unreadable", reason: "it is in format 1 and could not be brought up to date" });
  });
});

describe("keptKey", () => {
  it("names a copy by its content, so the same data is kept once", () => {
    expect(keptKey("{bad")).toBe(keptKey("{bad"));
    expect(keptKey("{bad")).not.toBe(keptKey("{bad}"));
    expect(keptKey("{bad")).toMatch(new RegExp(`^${KEPT_KEY_PREFIX}[0-9a-f]{8}$`));
    expect(keptKey("x")).not.toBe(STORAGE_KEY);
  });

  it("hashes with FNV-1a", () => {
    expect(textHash("")).toBe("811c9dc5");
    expect(textHash("a")).toBe("e40c292c");
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
    new Function("localStorage", "document", "setTimeout", PREFLIGHT_SCRIPT)(localStorage, { documentElement: { dataset } }, () => 0);
    return dataset;
  }

  it("marks the page when practice mode is on in the current format", () => {
    expect(run(encodePractice(setPracticeOn(emptyState(), true)))).toEqual({ practicePreflight: "" });
  });

  it("leaves the answer showing for mode off, another version, broken data or blocked storage", () => {
    expect(run(encodePractice(emptyState()))).toEqual({});
    expect(run(JSON.stringify({ v: CURRENT_VERSION + 1, on: true }))).toEqual({});
    expect(run("{broken")).toEqual({});
    expect(run(new DOMException("blocked", "SecurityError"))).toEqual({});
  });
});
