/** The reader's theme choice: stored under THEME_KEY, applied before first paint by the inline theme script (src/lib/inline-scripts.ts). */

export const THEME_KEY = "site-theme";

export type ThemeChoice = "auto" | "light" | "dark";

/** A stored value as a choice: anything but "light" or "dark" means following the system. */
export function themeChoice(value: unknown): ThemeChoice {
  return value === "light" || value === "dark" ? value : "auto";
}

/** The part of Web Storage the theme needs. */
export interface ThemeStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/**
 * The saved choice, or undefined when storage cannot be read (site data blocked: even reaching `localStorage`
 * throws). `get` returns the storage.
 */
export function savedTheme(get: () => ThemeStorage): ThemeChoice | undefined {
  try {
    return themeChoice(get().getItem(THEME_KEY));
  } catch {
    return undefined;
  }
}

/** Remembers a choice ("auto" forgets it); false when storage is blocked or full, and the choice lasts for the page. */
export function saveTheme(get: () => ThemeStorage, choice: ThemeChoice): boolean {
  try {
    if (choice === "auto") get().removeItem(THEME_KEY);
    else get().setItem(THEME_KEY, choice);
    return true;
  } catch {
    return false;
  }
}
