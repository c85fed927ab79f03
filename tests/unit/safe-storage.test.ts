import { describe, expect, it } from "vitest";
import { isQuotaError, safeStorage } from "../../src/lib/safe-storage";
import type { StorageLike } from "../../src/lib/safe-storage";

function memoryStorage(limit = Infinity): StorageLike & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => {
      if (value.length > limit) throw new DOMException("full", "QuotaExceededError");
      data.set(key, value);
    },
  };
}

describe("safeStorage", () => {
  it("reads and writes through working storage", () => {
    const backing = memoryStorage();
    const storage = safeStorage(() => backing);
    expect(storage.read("k")).toEqual({ ok: true, value: null });
    expect(storage.write("k", "v")).toBe("saved");
    expect(storage.read("k")).toEqual({ ok: true, value: "v" });
  });

  it("says blocked when even reaching the storage throws, as when the reader blocks site data", () => {
    const storage = safeStorage(() => {
      throw new DOMException("The operation is insecure.", "SecurityError");
    });
    expect(storage.read("k")).toEqual({ ok: false, reason: "blocked" });
    expect(storage.write("k", "v")).toBe("blocked");
  });

  it("says blocked when each call throws, and when there is no storage", () => {
    const throwing: StorageLike = {
      getItem: () => {
        throw new Error("denied");
      },
      setItem: () => {
        throw new Error("denied");
      },
    };
    expect(safeStorage(() => throwing).read("k")).toEqual({ ok: false, reason: "blocked" });
    expect(safeStorage(() => throwing).write("k", "v")).toBe("blocked");
    expect(safeStorage(() => null).read("k")).toEqual({ ok: false, reason: "blocked" });
  });

  it("says full when the quota is reached, and keeps what was there", () => {
    const backing = memoryStorage(3);
    const storage = safeStorage(() => backing);
    expect(storage.write("k", "abc")).toBe("saved");
    expect(storage.write("k", "abcdef")).toBe("full");
    expect(storage.read("k")).toEqual({ ok: true, value: "abc" });
  });
});

describe("isQuotaError", () => {
  it("knows the names engines give a full quota", () => {
    expect(isQuotaError(new DOMException("x", "QuotaExceededError"))).toBe(true);
    expect(isQuotaError({ name: "NS_ERROR_DOM_QUOTA_REACHED" })).toBe(true);
    expect(isQuotaError({ code: 22 })).toBe(true);
    expect(isQuotaError(new Error("other"))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });
});
