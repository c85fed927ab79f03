import { describe, expect, it } from "vitest";
import { resultKey } from "../../../src/lib/search/keys";

describe("resultKey", () => {
  it("enters the first of the results with the down arrow from the field, and nothing else there", () => {
    expect(resultKey("ArrowDown", -1, 4)).toEqual({ focus: 0, prevent: true });
    expect(resultKey("ArrowDown", -1, 0)).toBeNull();
    expect(resultKey("ArrowUp", -1, 4)).toBeNull();
    expect(resultKey("a", -1, 4)).toBeNull();
  });

  it("moves down and up between links, staying on the last and leaving the first for the field", () => {
    expect(resultKey("ArrowDown", 1, 4)).toEqual({ focus: 2, prevent: true });
    expect(resultKey("ArrowDown", 3, 4)).toEqual({ focus: 3, prevent: true });
    expect(resultKey("ArrowUp", 2, 4)).toEqual({ focus: 1, prevent: true });
    expect(resultKey("ArrowUp", 0, 4)).toEqual({ focus: -1, prevent: true });
  });

  it("jumps to the first and the last link with Home and End", () => {
    expect(resultKey("Home", 2, 4)).toEqual({ focus: 0, prevent: true });
    expect(resultKey("End", 0, 4)).toEqual({ focus: 3, prevent: true });
  });

  it("sends typing on a link back to the field without swallowing the key", () => {
    expect(resultKey("s", 1, 4)).toEqual({ focus: -1, prevent: false });
    expect(resultKey("Backspace", 1, 4)).toEqual({ focus: -1, prevent: false });
  });

  it("leaves Tab, Enter and other named keys to the browser", () => {
    expect(resultKey("Tab", 1, 4)).toBeNull();
    expect(resultKey("Enter", 1, 4)).toBeNull();
    expect(resultKey("PageDown", 1, 4)).toBeNull();
  });
});
