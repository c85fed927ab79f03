import { describe, expect, it } from "vitest";
import { INLINE_SCRIPTS } from "../../src/lib/inline-scripts";

describe("INLINE_SCRIPTS", () => {
  it("are fixed texts that parse as scripts", () => {
    for (const [name, code] of Object.entries(INLINE_SCRIPTS)) {
      expect(() => new Function(code), name).not.toThrow();
      expect(code, name).not.toMatch(/<\/script/i);
    }
  });

  it("read page values from data attributes, not from text that changes per page", () => {
    expect(INLINE_SCRIPTS.shortLinkHash).toContain("document.currentScript.dataset.target");
  });
});
