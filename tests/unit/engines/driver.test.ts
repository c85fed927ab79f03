import { describe, expect, it } from "vitest";
import { parseChord } from "../../engines/driver.ts";

describe("parseChord", () => {
  it("splits modifiers from the key", () => {
    expect(parseChord("Control+k")).toEqual({ modifiers: ["Control"], key: "k" });
    expect(parseChord("Control+Shift+Tab")).toEqual({ modifiers: ["Control", "Shift"], key: "Tab" });
  });

  it("takes a key alone, and the plus key, as they are", () => {
    expect(parseChord("Escape")).toEqual({ modifiers: [], key: "Escape" });
    expect(parseChord("/")).toEqual({ modifiers: [], key: "/" });
    expect(parseChord("+")).toEqual({ modifiers: [], key: "+" });
    expect(parseChord("Control++")).toEqual({ modifiers: ["Control"], key: "+" });
  });
});
