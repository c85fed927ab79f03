import { describe, expect, it } from "vitest";
import { KEPT_KEY_PREFIX, keptKey, textHash } from "../../../src/lib/practice/kept-copy";
import { STORAGE_KEY } from "../../../src/lib/practice/storage";

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
