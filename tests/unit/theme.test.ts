import { describe, expect, it } from "vitest";
import { THEME_SCRIPT } from "../../src/lib/inline-scripts";
import { THEME_KEY, saveTheme, savedTheme, themeChoice } from "../../src/lib/theme";
import type { ThemeStorage } from "../../src/lib/theme";

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

describe("savedTheme and saveTheme", () => {
  const memory = (): ThemeStorage & { data: Map<string, string> } => {
    const data = new Map<string, string>();
    return {
      data,
      getItem: (k) => data.get(k) ?? null,
      setItem: (k, v) => void data.set(k, v),
      removeItem: (k) => void data.delete(k),
    };
  };
  const blocked = (): ThemeStorage => {
    throw new DOMException("The operation is insecure.", "SecurityError");
  };

  it("remembers a choice and forgets it for auto", () => {
    const storage = memory();
    expect(saveTheme(() => storage, "dark")).toBe(true);
    expect(savedTheme(() => storage)).toBe("dark");
    expect(saveTheme(() => storage, "auto")).toBe(true);
    expect(storage.data.has(THEME_KEY)).toBe(false);
    expect(savedTheme(() => storage)).toBe("auto");
  });

  it("says when storage is blocked or full instead of throwing", () => {
    expect(savedTheme(blocked)).toBeUndefined();
    expect(saveTheme(blocked, "dark")).toBe(false);
    const full = {
      ...memory(),
      setItem: () => {
        throw new DOMException("full", "QuotaExceededError");
      },
    };
    expect(saveTheme(() => full, "light")).toBe(false);
  });
});
