import { describe, expect, it } from "vitest";
import { THEME_KEY, THEME_SCRIPT, themeChoice } from "../../src/lib/theme";

/** Runs the inline theme script against a fake page, as the browser would before first paint. */
function run(getItem: (key: string) => string | null): Record<string, string> {
  const dataset: Record<string, string> = {};
  new Function("localStorage", "document", THEME_SCRIPT)({ getItem }, { documentElement: { dataset } });
  return dataset;
}

describe("THEME_SCRIPT", () => {
  it("applies a saved light or dark choice", () => {
    expect(run((key) => (key === THEME_KEY ? "dark" : null))).toEqual({ theme: "dark" });
    expect(run((key) => (key === THEME_KEY ? "light" : null))).toEqual({ theme: "light" });
  });

  it("follows the system for anything else, and when storage throws", () => {
    expect(run(() => null)).toEqual({});
    expect(run(() => "purple")).toEqual({});
    expect(
      run(() => {
        throw new DOMException("The operation is insecure.", "SecurityError");
      }),
    ).toEqual({});
  });
});

describe("themeChoice", () => {
  it("reads light and dark, and anything else as following the system", () => {
    expect(themeChoice("light")).toBe("light");
    expect(themeChoice("dark")).toBe("dark");
    expect(themeChoice("auto")).toBe("auto");
    expect(themeChoice(null)).toBe("auto");
    expect(themeChoice("DARK")).toBe("auto");
  });
});
