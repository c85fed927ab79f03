import { describe, expect, it } from "vitest";
import { stampCache } from "../../../src/lib/content/stamp-cache";

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
