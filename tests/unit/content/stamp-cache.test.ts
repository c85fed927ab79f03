import { describe, expect, it } from "vitest";
import { fileStampCache, stampCache } from "../../../src/lib/content/stamp-cache";

describe("stampCache", () => {
  it("computes once per stamp and again when the stamp changes", () => {
    let stamp = "a";
    let runs = 0;
    const cached = stampCache(
      () => stamp,
      () => ++runs,
    );
    expect([cached(), cached(), cached()]).toEqual([1, 1, 1]);
    stamp = "b";
    expect(cached()).toBe(2);
    stamp = "a";
    expect(cached()).toBe(3);
  });
});

describe("fileStampCache", () => {
  function setup() {
    const stamps = new Map([
      ["a", "1"],
      ["b", "1"],
    ]);
    let runs = 0;
    let statted = 0;
    const cache = fileStampCache(
      () => [...stamps.keys()],
      (file) => {
        statted += 1;
        return stamps.get(file) ?? "missing";
      },
      () => ++runs,
    );
    return { stamps, cache, runs: () => runs, statted: () => statted };
  }

  it("computes once while no file changes, and again when one does", () => {
    const { stamps, cache, runs } = setup();
    expect([cache.get(), cache.get()]).toEqual([1, 1]);
    stamps.set("b", "2");
    expect(cache.get()).toBe(2);
    expect(runs()).toBe(2);
  });

  it("computes again when a file comes or goes", () => {
    const { stamps, cache } = setup();
    cache.get();
    stamps.set("c", "1");
    expect(cache.get()).toBe(2);
    stamps.delete("a");
    expect(cache.get()).toBe(3);
  });

  it("compares only the named files in getFor, and computes again for a file it has not seen", () => {
    const { stamps, cache, statted } = setup();
    cache.get();
    const before = statted();
    expect(cache.getFor(["a"])).toBe(1);
    expect(statted() - before).toBe(1);
    stamps.set("a", "2");
    expect(cache.getFor(["a"])).toBe(2);
    stamps.set("new", "1");
    expect(cache.getFor(["new"])).toBe(3);
    expect(cache.getFor(["new"])).toBe(3);
  });
});
