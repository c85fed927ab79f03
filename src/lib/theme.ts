/** The reader's theme choice: stored under THEME_KEY, applied before first paint by THEME_SCRIPT. */

export const THEME_KEY = "site-theme";

export type ThemeChoice = "auto" | "light" | "dark";

/** A stored value as a choice: anything but "light" or "dark" means following the system. */
export function themeChoice(value: unknown): ThemeChoice {
  return value === "light" || value === "dark" ? value : "auto";
}

/**
 * The inline script that sets `data-theme` on <html> before first paint (src/components/ThemeProvider.astro).
 * Reading storage throws when the reader blocks site data; the page then follows the system theme.
 */
export const THEME_SCRIPT =
  `(()=>{try{const s=localStorage.getItem(${JSON.stringify(THEME_KEY)});` +
  'if(s==="light"||s==="dark")document.documentElement.dataset.theme=s}catch{}})();';
