/**
 * Carrying the searched words to the page a result opens, and marking them there. The
 * words travel in repeated `?highlight=` parameters, the same name the page's highlight
 * script reads (Pagefind's own `pagefind-highlight.js`, with our matching rule).
 */
import { escapeRegExp } from "../text";

/** The query parameter that carries the searched words. */
export const HIGHLIGHT_PARAM = "highlight";

/** At most this many words are carried; a long pasted paragraph should not become a long URL. */
const MAX_HIGHLIGHT_TERMS = 8;

/**
 * The words of a query worth marking: split on white space, stripped of surrounding
 * quotes and punctuation, duplicates (ignoring case) and single characters dropped.
 * `"Vector store", vector` gives `["Vector", "store"]`.
 */
export function highlightTerms(query: string): string[] {
  const seen = new Set<string>();
  const terms: string[] = [];
  for (const raw of query.split(/\s+/)) {
    const term = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
    const key = term.toLowerCase();
    if (term.length < 2 || seen.has(key)) continue;
    seen.add(key);
    terms.push(term);
    if (terms.length === MAX_HIGHLIGHT_TERMS) break;
  }
  return terms;
}

/**
 * Adds the terms to a site URL as `?highlight=` parameters, keeping its path, other
 * parameters and `#hash`: `withHighlight("/q/x/#s", ["lora"])` gives `/q/x/?highlight=lora#s`.
 */
export function withHighlight(url: string, terms: readonly string[]): string {
  if (terms.length === 0) return url;
  const hashAt = url.indexOf("#");
  const hash = hashAt === -1 ? "" : url.slice(hashAt);
  const beforeHash = hashAt === -1 ? url : url.slice(0, hashAt);
  const queryAt = beforeHash.indexOf("?");
  const path = queryAt === -1 ? beforeHash : beforeHash.slice(0, queryAt);
  const params = new URLSearchParams(queryAt === -1 ? "" : beforeHash.slice(queryAt + 1));
  params.delete(HIGHLIGHT_PARAM);
  for (const term of terms) params.append(HIGHLIGHT_PARAM, term);
  return `${path}?${params.toString()}${hash}`;
}

/** The terms carried by a query string (`location.search`), cleaned like typed ones. */
export function readHighlightTerms(search: string): string[] {
  return highlightTerms(new URLSearchParams(search).getAll(HIGHLIGHT_PARAM).join(" "));
}

/** The query string without its highlight parameters ("" when nothing else is left). */
export function withoutHighlight(search: string): string {
  const params = new URLSearchParams(search);
  params.delete(HIGHLIGHT_PARAM);
  const text = params.toString();
  return text === "" ? "" : `?${text}`;
}

/**
 * A pattern that finds the terms where a word starts, running on to the end of that word,
 * as the index matches them (by prefix): "drift" marks "drift" and "drifting" but not the
 * "drift" inside "adrift"; "LoRA" does not mark "expLORAtion". Case-insensitive. Returns
 * null for no terms.
 */
export function highlightPattern(terms: readonly string[]): RegExp | null {
  if (terms.length === 0) return null;
  const escaped = [...terms]
    // Longer first, so "GPT-4" wins over "GPT" when both are searched.
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join("|")})[\\p{L}\\p{N}]*`, "giu");
}
