/**
 * The last check of a built page, whatever produced it: no inline script or style the page's policy does not
 * list, no event-handler or `style` attribute, nothing embedded (iframe, object, embed), nothing loaded from
 * another origin, no link whose scheme could run code, and no id used twice. Content is checked long before
 * (src/lib/content/mdx-rules.ts); this is the net for anything that slips past, such as a component that forgets a rule.
 * Parsed with parse5, so markup shown as text (in code, attribute values or comments) is never mistaken for it.
 */
import { linkProblem, urlScheme } from "./content/url-safety.ts";
import { attr, elements, textOf, treeOf } from "./html-tree.ts";
import type { HtmlElement, HtmlPage } from "./html-tree.ts";

type Element = HtmlElement;

/** Script types a browser runs (and CSP governs) when written inline; JSON-LD and other data blocks are not. */
const EXECUTABLE_TYPES = new Set([
  "",
  "module",
  "text/javascript",
  "application/javascript",
  "speculationrules",
  "importmap",
]);

const EMBEDS = new Set(["iframe", "frame", "frameset", "object", "embed", "applet", "portal", "fencedframe"]);

/** Attributes through which an element loads something, by element. */
const RESOURCE_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  img: ["src", "srcset"],
  source: ["src", "srcset"],
  script: ["src"],
  video: ["src", "poster"],
  audio: ["src"],
  track: ["src"],
  input: ["src"],
  image: ["href", "xlink:href"],
  use: ["href", "xlink:href"],
  feimage: ["href", "xlink:href"],
};

/** `<link rel>` values that make the browser fetch the link. */
const FETCHING_RELS = new Set([
  "stylesheet",
  "icon",
  "apple-touch-icon",
  "preload",
  "modulepreload",
  "prefetch",
  "prerender",
  "manifest",
  "mask-icon",
  "dns-prefetch",
  "preconnect",
]);

/** Attributes that are followed as links (navigations, form targets). */
const LINK_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ["href", "xlink:href"],
  area: ["href"],
  form: ["action"],
  button: ["formaction"],
  input: ["formaction"],
  blockquote: ["cite"],
  q: ["cite"],
  del: ["cite"],
  ins: ["cite"],
};

export interface InlineCode {
  readonly scripts: readonly string[];
  readonly styles: readonly string[];
}

/** How a problem names an element: `<h2> "Caching"`, `<main>`. */
function describe(element: Element): string {
  const words = textOf(element).replace(/\s+/g, " ").trim();
  return `<${element.tagName}>${words ? ` "${words.length > 40 ? `${words.slice(0, 40)}…` : words}"` : ""}`;
}

/** The inline scripts a page would run and its inline `<style>` elements, as exact text. */
export function inlineCodeOf(page: HtmlPage): InlineCode {
  const scripts: string[] = [];
  const styles: string[] = [];
  for (const element of elements(treeOf(page))) {
    if (element.tagName === "script" && attr(element, "src") === undefined) {
      const type = (attr(element, "type") ?? "").trim().toLowerCase();
      if (EXECUTABLE_TYPES.has(type)) scripts.push(textOf(element));
    } else if (element.tagName === "style") {
      styles.push(textOf(element));
    }
  }
  return { scripts, styles };
}

/** Whether a URL loads from somewhere other than this site (a scheme other than the site's origin, or `//host`). */
function isForeign(url: string, siteOrigin: string | undefined): boolean {
  const value = url.trim();
  if (/^[/\\]{2}/.test(value)) return true;
  if (urlScheme(value) === undefined) return false;
  if (/^(data|blob):/i.test(value)) return false; // local bytes: governed by the policy, never a request elsewhere
  return siteOrigin === undefined || !URL.canParse(value) || new URL(value).origin !== siteOrigin;
}

export interface PageSafetyOptions {
  /** Hash sources (`'sha256-…'`) the page's policy allows for scripts and for styles. */
  readonly allowed: { readonly scripts: ReadonlySet<string>; readonly styles: ReadonlySet<string> };
  /** Hash of an inline script or style: `'sha256-…'` (src/lib/csp.ts). */
  readonly hash: (text: string) => string;
  /** The site's origin (`https://example.org`): absolute URLs on it are the site's own. */
  readonly siteOrigin?: string | undefined;
}

/** Every problem of one built page, in document order; an empty list means it passes. */
export function pageSafetyProblems(page: HtmlPage, options: PageSafetyOptions): string[] {
  const problems: string[] = [];
  const ids = new Map<string, Element>();
  for (const element of elements(treeOf(page))) {
    const name = element.tagName;
    for (const { name: attribute, value } of element.attrs) {
      if (/^on/i.test(attribute))
        problems.push(
          `${describe(element)} has an event-handler attribute "${attribute}"; the site runs only its own scripts`,
        );
      if (attribute === "style")
        problems.push(`${describe(element)} has a style attribute; the policy refuses inline styles`);
      if (attribute === "id") {
        const first = ids.get(value);
        if (first) problems.push(`id "${value}" is used twice: by ${describe(first)} and by ${describe(element)}`);
        else ids.set(value, element);
      }
    }
    if (EMBEDS.has(name)) problems.push(`${describe(element)} embeds another page or plugin; the site embeds nothing`);
    if (name === "base") problems.push("<base> changes where every link of the page points; the site sets none");
    if (name === "script" && attr(element, "src") === undefined) {
      const type = (attr(element, "type") ?? "").trim().toLowerCase();
      if (EXECUTABLE_TYPES.has(type) && !options.allowed.scripts.has(options.hash(textOf(element)))) {
        problems.push(
          `an inline script that is not one of the site's own runs here: ${JSON.stringify(textOf(element).trim().slice(0, 60))}`,
        );
      }
    }
    if (name === "style" && !options.allowed.styles.has(options.hash(textOf(element)))) {
      problems.push(
        `an inline <style> the policy does not list: ${JSON.stringify(textOf(element).trim().slice(0, 60))}`,
      );
    }
    const loads = [...(RESOURCE_ATTRIBUTES[name] ?? [])];
    if (
      name === "link" &&
      (attr(element, "rel") ?? "")
        .toLowerCase()
        .split(/\s+/)
        .some((rel) => FETCHING_RELS.has(rel))
    )
      loads.push("href");
    for (const attribute of loads) {
      const value = attr(element, attribute);
      if (value === undefined) continue;
      const urls = attribute === "srcset" ? value.split(",").map((c) => c.trim().split(/\s+/)[0] ?? "") : [value];
      for (const url of urls) {
        if (isForeign(url, options.siteOrigin))
          problems.push(
            `${describe(element)} loads ${JSON.stringify(url)} from another origin; everything a page loads must be the site's own`,
          );
        else if (/^\s*javascript:/i.test(url.replace(/[\t\n\r]/g, "")))
          problems.push(`${describe(element)} has a javascript: address in ${attribute}`);
      }
    }
    for (const attribute of LINK_ATTRIBUTES[name] ?? []) {
      const value = attr(element, attribute);
      if (value === undefined) continue;
      const problem = linkProblem(value);
      if (problem && urlScheme(value) !== undefined) problems.push(`${describe(element)}: ${problem}`);
    }
    if (name === "meta" && (attr(element, "http-equiv") ?? "").toLowerCase() === "refresh") {
      const target = /url\s*=\s*['"]?([^'"]*)/i.exec(attr(element, "content") ?? "")?.[1];
      if (target !== undefined && linkProblem(target) && urlScheme(target) !== undefined)
        problems.push(
          `<meta http-equiv="refresh"> sends the reader to ${JSON.stringify(target)}, which is not an http(s) or relative address`,
        );
    }
  }
  return problems;
}
