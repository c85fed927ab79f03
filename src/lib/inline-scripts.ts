/**
 * Every inline script the site writes, by name: the only scripts whose hashes its Content-Security-Policy lists
 * (astro.config.mjs). Components write them through src/components/site/InlineScript.astro, by name, so no other text
 * can become an allowed inline script. Each is fixed text: values a page needs come from data attributes.
 */
import { CURRENT_VERSION, PREFLIGHT, STORAGE_KEY } from "./practice/storage";
import { THEME_KEY } from "./theme";

/**
 * Sets `data-theme` on <html> before first paint from the saved choice (src/components/site/ThemeProvider.astro).
 * Reading storage throws when the reader blocks site data; the page then follows the system theme.
 */
export const THEME_SCRIPT =
  `(()=>{try{const s=localStorage.getItem(${JSON.stringify(THEME_KEY)});` +
  'if(s==="light"||s==="dark")document.documentElement.dataset.theme=s}catch{}})();';

/**
 * Marks <html> before the answer paints when practice mode is on (practice.css then hides the answer until the
 * practice script takes over; src/components/practice/PracticeBar.astro). Every format version so far keeps `on`
 * at the top level; storage that throws, or holds data of a newer format or none, leaves the answer showing.
 */
export const PREFLIGHT_SCRIPT =
  `try{const s=JSON.parse(localStorage.getItem(${JSON.stringify(STORAGE_KEY)})||"null");` +
  `if(s&&s.v<=${CURRENT_VERSION}&&s.on===true){const r=document.documentElement;r.dataset.${PREFLIGHT.dataset}="";` +
  `setTimeout(()=>delete r.dataset.${PREFLIGHT.dataset},3000)}}catch{}`;

/** A search page asked for a search (`?q=…`): marks it as waiting for results before the panel paints. */
const SEARCH_PENDING_SCRIPT =
  'if(/\\S/.test(new URLSearchParams(location.search).get("q")??""))document.currentScript?.parentElement?.setAttribute("data-search-pending","");';

/** A short link (`/q/6/#section`) carries its #section on; the target comes from the script's data-target. */
const SHORT_LINK_SCRIPT = "if(location.hash)location.replace(document.currentScript.dataset.target+location.hash);";

export const INLINE_SCRIPTS = {
  /** src/components/site/ThemeProvider.astro: the saved theme before first paint. */
  theme: THEME_SCRIPT,
  /** src/components/practice/PracticeBar.astro: practice mode hides the answer before it paints. */
  practicePreflight: PREFLIGHT_SCRIPT,
  /** src/components/search/SearchPage.astro. */
  searchPending: SEARCH_PENDING_SCRIPT,
  /** src/pages/q/[n].astro. */
  shortLinkHash: SHORT_LINK_SCRIPT,
} as const;

export type InlineScriptName = keyof typeof INLINE_SCRIPTS;
