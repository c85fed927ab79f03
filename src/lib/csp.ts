/** Content-Security-Policy helpers for built pages: where the policy sits in <head> and what it allows. */
import { createHash } from "node:crypto";
import { inlineCodeOf } from "./page-safety.ts";
import type { InlineCode } from "./page-safety.ts";

const CSP_META = /<meta\s[^>]*http-equiv\s*=\s*["']?content-security-policy["']?[^>]*>/i;
const CHARSET_META = /<meta\s[^>]*charset\s*=[^>]*>/i;
const HEAD_OPEN = /<head(?:\s[^>]*)?>/i;

/**
 * Moves the CSP `<meta>` to directly after `<meta charset>` (or the `<head>` tag), because a policy
 * delivered by `<meta>` only governs what comes after it and Astro writes it at the end of `<head>`,
 * behind the inline theme script. HTML without a CSP `<meta>` comes back unchanged.
 */
export function hoistCspMeta(html: string): string {
  const meta = CSP_META.exec(html);
  if (!meta) return html;
  const without = html.slice(0, meta.index) + html.slice(meta.index + meta[0].length);
  const anchor = CHARSET_META.exec(without) ?? HEAD_OPEN.exec(without);
  if (!anchor || anchor.index > meta.index) return html;
  const at = anchor.index + anchor[0].length;
  return without.slice(0, at) + meta[0] + without.slice(at);
}

/** The page's CSP `<meta>` tag as written; `undefined` when the page has none. */
export function policyMetaOf(html: string): string | undefined {
  return CSP_META.exec(html)?.[0];
}

/** The page with its CSP `<meta>` tag replaced by `meta` (as `policyMetaOf` gave it); unchanged without one. */
export function withPolicyMeta(html: string, meta: string): string {
  const found = CSP_META.exec(html);
  return found ? html.slice(0, found.index) + meta + html.slice(found.index + found[0].length) : html;
}

/** The policy text of the page's CSP `<meta>`, entities decoded; `undefined` when the page has none. */
export function cspOfHtml(html: string): string | undefined {
  const meta = CSP_META.exec(html);
  if (!meta) return undefined;
  const content = /\scontent\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(meta[0]);
  const raw = content?.[1] ?? content?.[2];
  return raw
    ?.replace(/&#39;|&#x27;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
}

/** Splits a policy into directive name (lower case) → source list, first occurrence winning as in browsers. */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    const key = name.toLowerCase();
    if (!directives.has(key)) directives.set(key, sources);
  }
  return directives;
}

/** The sources that govern a kind of resource, following CSP's fallback to `default-src`. */
export function effectiveSources(policy: Map<string, string[]>, directive: string): string[] | undefined {
  const fallbacks: Record<string, string[]> = {
    "script-src-elem": ["script-src"],
    "script-src-attr": ["script-src"],
    "style-src-elem": ["style-src"],
    "style-src-attr": ["style-src"],
    "worker-src": ["child-src", "script-src"],
  };
  for (const name of [directive, ...(fallbacks[directive] ?? []), "default-src"]) {
    const sources = policy.get(name);
    if (sources) return sources;
  }
  return undefined;
}

/**
 * What is wrong with a page policy by this site's rules: scripts without `'unsafe-inline'` or `'unsafe-eval'`,
 * styles without `'unsafe-inline'`, no source outside the site (`'self'`, keywords, hashes; not `blob:`, not even
 * for workers: search runs without one, and the service worker is the site's own file), and `object-src`/`base-uri` locked. An empty list means the policy passes.
 */
export function cspProblems(policy: string): string[] {
  const parsed = parseCsp(policy);
  const problems: string[] = [];
  const forbidden: Record<string, string[]> = {
    "script-src": ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'"],
    "style-src": ["'unsafe-inline'", "'unsafe-hashes'"],
  };
  for (const [directive, bad] of Object.entries(forbidden)) {
    const sources = effectiveSources(parsed, directive);
    if (!sources) problems.push(`no ${directive} (nor default-src): anything may run`);
    for (const source of sources ?? []) {
      if (bad.includes(source.toLowerCase())) problems.push(`${directive} allows ${source}`);
    }
  }
  for (const [directive, sources] of parsed) {
    for (const source of sources) {
      if (!isFirstPartySource(source)) problems.push(`${directive} allows ${source}, which is not this site`);
    }
  }
  for (const directive of ["object-src", "base-uri"]) {
    const sources = directive === "base-uri" ? parsed.get(directive) : effectiveSources(parsed, directive);
    if (!sources) problems.push(`no ${directive}`);
  }
  return problems;
}

function isFirstPartySource(source: string): boolean {
  const s = source.toLowerCase();
  if (/^'(self|none|strict-dynamic|wasm-unsafe-eval|unsafe-inline|unsafe-eval|unsafe-hashes|report-sample)'$/.test(s))
    return true;
  if (/^'(sha256|sha384|sha512)-[a-z0-9+/=_-]+'$/i.test(source)) return true;
  if (/^'nonce-/.test(s)) return true;
  return false;
}

/** The CSP source expression for an inline script or style: `'sha256-…'` of its exact text. */
export function cspHash(text: string): string {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

const isHash = (source: string) => /^'sha(256|384|512)-/i.test(source);

/** The hash sources a policy allows for inline scripts and for inline styles (`-elem` directives when present). */
export function allowedHashes(policy: string): { scripts: Set<string>; styles: Set<string> } {
  const parsed = parseCsp(policy);
  const of = (kind: "script" | "style") => new Set((effectiveSources(parsed, `${kind}-src-elem`) ?? []).filter(isHash));
  return { scripts: of("script"), styles: of("style") };
}

/**
 * Drops from a page's policy the hashes no inline code of this page needs (Astro lists every hash of the whole
 * site on every page), except those in `keep` (hashes configured for code injected at run time). It never adds
 * one: the hashes come from the site's own code (Astro's bundling and `Astro.csp.insertScriptHash` in the
 * components that write inline scripts), never from whatever inline code a page happens to hold; a script whose
 * hash is missing is reported by src/lib/page-safety.ts. Works on `script-src`/`style-src`, or their `-elem`
 * forms when present. A page without a policy comes back unchanged. `inline`: the page's inline code, when the
 * caller has it already (`inlineCodeOf` of the same page).
 */
export function fitHashes(
  html: string,
  keep: ReadonlySet<string> = new Set(),
  inline?: InlineCode,
): { html: string; removed: string[] } {
  const meta = CSP_META.exec(html);
  const policy = cspOfHtml(html);
  if (!meta || policy === undefined) return { html, removed: [] };
  const { scripts, styles } = inline ?? inlineCodeOf(html);
  const parsed = parseCsp(policy);
  const removed: string[] = [];
  let next = policy;
  for (const [kind, code] of [
    ["script", scripts],
    ["style", styles],
  ] as const) {
    const directive = parsed.has(`${kind}-src-elem`) ? `${kind}-src-elem` : `${kind}-src`;
    const sources = parsed.get(directive);
    if (!sources) continue;
    const needed = new Set(code.map(cspHash));
    const kept = sources.filter((s) => !isHash(s) || needed.has(s) || keep.has(s));
    if (kept.length === sources.length) continue;
    removed.push(...sources.filter((s) => !kept.includes(s)));
    const list = [directive, ...kept].join(" ");
    const pattern = new RegExp(`(^|;)\\s*${directive}(?:\\s[^;]*)?(?=;|$)`, "i");
    next = next.replace(pattern, (_all, lead: string) => `${lead}${lead ? " " : ""}${list}`);
  }
  if (next === policy) return { html, removed };
  const content = next.replace(/&/g, "&amp;").replace(/"/g, "&quot;");
  const newMeta = `<meta http-equiv="content-security-policy" content="${content}">`;
  return { html: html.slice(0, meta.index) + newMeta + html.slice(meta.index + meta[0].length), removed };
}
