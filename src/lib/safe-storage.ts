/**
 * Browser storage that never throws. Reading `localStorage` throws when the reader blocks site data, writing
 * throws when the quota is full; callers get a result that says which, so pages keep working and can tell the
 * reader. The storage is reached through an accessor, because even reading the `localStorage` property throws
 * when storage is blocked.
 */

/** The part of the Web Storage API used here. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

type ReadResult =
  { readonly ok: true; readonly value: string | null } | { readonly ok: false; readonly reason: "blocked" };
export type WriteResult = "saved" | "blocked" | "full";

export interface SafeStorage {
  read(key: string): ReadResult;
  write(key: string, value: string): WriteResult;
}

/** Whether an error from `setItem` means the quota is full (names differ between engines). */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === "QuotaExceededError" || name === "NS_ERROR_DOM_QUOTA_REACHED" || code === 22 || code === 1014;
}

/** Wraps the storage `get()` returns (called on each use, so a storage that appears later is seen). */
export function safeStorage(get: () => StorageLike | null | undefined): SafeStorage {
  const storage = (): StorageLike | undefined => {
    try {
      return get() ?? undefined;
    } catch {
      return undefined;
    }
  };
  const attempt = (act: (s: StorageLike) => void): WriteResult => {
    const s = storage();
    if (!s) return "blocked";
    try {
      act(s);
      return "saved";
    } catch (error) {
      return isQuotaError(error) ? "full" : "blocked";
    }
  };
  return {
    read(key) {
      const s = storage();
      if (!s) return { ok: false, reason: "blocked" };
      try {
        return { ok: true, value: s.getItem(key) };
      } catch {
        return { ok: false, reason: "blocked" };
      }
    },
    write: (key, value) => attempt((s) => s.setItem(key, value)),
  };
}
