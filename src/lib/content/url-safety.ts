/**
 * Which URLs content may hold. A link may go to `http:`, `https:` or `mailto:`, or be relative; anything the page
 * loads (an image) must come from this site, so it is relative. URLs are judged as a browser reads them: spaces and
 * control characters around them are dropped and tabs and line breaks inside are removed (the WHATWG URL parser
 * does both), so `" javascript:"`, `"JaVaScRiPt:"` and `"java\tscript:"` are all the `javascript:` scheme.
 */

/** Schemes a link in content may use; everything else (javascript:, data:, vbscript:, file:, …) is refused. */
export const LINK_SCHEMES: readonly string[] = ["http", "https", "mailto"];

const SCHEME = /^([a-z][a-z\d+.-]*):/i;

function isSpaceOrControl(code: number): boolean {
  return code <= 0x20;
}

/** The URL the browser would parse: leading and trailing C0 controls and spaces dropped, tabs and newlines removed. */
export function browserUrl(raw: string): string {
  let start = 0;
  let end = raw.length;
  while (start < end && isSpaceOrControl(raw.charCodeAt(start))) start++;
  while (end > start && isSpaceOrControl(raw.charCodeAt(end - 1))) end--;
  let out = "";
  for (let i = start; i < end; i++) {
    const c = raw[i];
    if (c !== "\t" && c !== "\n" && c !== "\r") out += c;
  }
  return out;
}

/** The URL's scheme in lower case (`javascript`), or undefined for a relative URL. */
export function urlScheme(raw: string): string | undefined {
  return SCHEME.exec(browserUrl(raw))?.[1]?.toLowerCase();
}

/** Shortens a URL for a message, showing control characters so a hidden tab is visible. */
function quoteUrl(raw: string): string {
  const shown = raw.length > 80 ? `${raw.slice(0, 80)}…` : raw;
  return JSON.stringify(shown);
}

/** Any base will do to tell a malformed URL from a relative one. */
const PROBE_BASE = "https://site.invalid/questions/page/";

/**
 * What is wrong with a link target in content (`[text](url)`, `<a href>`), or undefined when it may stay:
 * http, https, mailto or relative, and well formed.
 */
export function linkProblem(raw: string): string | undefined {
  const url = browserUrl(raw);
  if (url === "") return `link ${quoteUrl(raw)} is empty; expected a relative link (../other-question/#section) or an https:// address`;
  const scheme = urlScheme(url);
  if (scheme !== undefined && !LINK_SCHEMES.includes(scheme)) {
    return `link ${quoteUrl(raw)} uses the ${scheme}: scheme, which content may not use; expected an http or https address, a mailto: address or a relative link (../other-question/#section)`;
  }
  if (!URL.canParse(url, PROBE_BASE)) {
    return `link ${quoteUrl(raw)} is not a valid URL; expected an address such as https://example.org/page or a relative link (../other-question/#section)`;
  }
  if ((scheme === "http" || scheme === "https") && !/^[a-z]+:\/\/[^/\\]/i.test(url)) {
    return `link ${quoteUrl(raw)} has no host; expected an address such as https://example.org/page`;
  }
  return undefined;
}

/**
 * What is wrong with the address of something a page loads (an image's `src`), or undefined when it is a relative
 * URL on this site: no scheme, no `//host`, so nothing is fetched from elsewhere and nothing runs.
 */
export function resourceProblem(raw: string, what = "image"): string | undefined {
  const url = browserUrl(raw);
  if (url === "") return `${what} has no address; expected a relative path to a file of this site`;
  const scheme = urlScheme(url);
  // `//host`, `\\host`, `/\host` and `\/host` all name another host in a browser.
  if (scheme !== undefined || /^[/\\]{2}/.test(url)) {
    const from = scheme === undefined || scheme === "http" || scheme === "https" ? "another site" : `a ${scheme}: address`;
    return `${what} ${quoteUrl(raw)} would load from ${from}; a page may only load files of this site, so save the file in the project and use a relative path`;
  }
  if (!URL.canParse(url, PROBE_BASE)) return `${what} ${quoteUrl(raw)} is not a valid URL; expected a relative path to a file of this site`;
  return undefined;
}
