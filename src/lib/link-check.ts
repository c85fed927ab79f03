/**
 * Finds broken internal links in a built site: every href/src that points inside the site must
 * reach a file, and every #fragment must name an element of the page it points to.
 */
import { attr, elements, treeOf } from "./html-tree.ts";
import type { HtmlPage } from "./html-tree.ts";

/** One broken link: the page it is on, the link as written, and what is missing. */
export interface LinkProblem {
  /** URL path of the page holding the link, base included: `/handbook/questions/x/`. */
  readonly page: string;
  /** The attribute value as written in the HTML. */
  readonly link: string;
  readonly problem: string;
}

export interface LinkCheckOptions {
  /** The site's base path (`/`, `/handbook/`). */
  readonly base?: string;
  /** Astro's `trailingSlash`: with "always", `/x` for a page built as `x/index.html` is reported. */
  readonly trailingSlash?: "always" | "never" | "ignore";
  /**
   * The site's URL (`https://example.org`). Absolute links on its origin (canonical, `og:url`,
   * `og:image`) are checked like relative ones: under the base path and built. Without it they are
   * external and skipped.
   */
  readonly site?: string | undefined;
}

/** A link found in a page. */
interface FoundLink {
  readonly element: string;
  readonly attribute: string;
  readonly value: string;
}

/** What the checker needs of one page: the URLs it links to and the ids it offers as targets. */
export interface PageLinks {
  readonly links: readonly FoundLink[];
  readonly ids: ReadonlySet<string>;
}

/** Attributes holding one URL, by element. `srcset` is handled apart. */
const URL_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ["href"],
  area: ["href"],
  link: ["href"],
  img: ["src"],
  script: ["src"],
  iframe: ["src"],
  embed: ["src"],
  source: ["src"],
  track: ["src"],
  video: ["src", "poster"],
  audio: ["src"],
  object: ["data"],
  use: ["href"],
  image: ["href"],
};

/** `<meta>` tags whose content is one URL, by their `property` or `name`. */
const URL_METAS: ReadonlySet<string> = new Set([
  "og:url",
  "og:image",
  "og:image:url",
  "og:image:secure_url",
  "twitter:image",
]);

/** Any URL with a scheme (`https:`, `mailto:`, `data:`) or a protocol-relative `//host`. */
const EXTERNAL = /^(?:[a-z][a-z\d+.-]*:|\/\/)/i;

/** Every link and every id in an HTML document (entities decoded, as a browser sees them). */
export function extractLinks(page: HtmlPage): PageLinks {
  const links: FoundLink[] = [];
  const ids = new Set<string>();
  for (const node of elements(treeOf(page))) {
    const element = node.tagName;
    const id = attr(node, "id");
    if (id) ids.add(id);
    const name = attr(node, "name");
    if (element === "a" && name) ids.add(name);
    for (const attribute of URL_ATTRIBUTES[element] ?? []) {
      const value = attr(node, attribute);
      if (value !== undefined) links.push({ element, attribute, value });
    }
    const srcset = attr(node, "srcset");
    if (srcset !== undefined && (element === "img" || element === "source")) {
      for (const candidate of srcset.split(",")) {
        const value = candidate.trim().split(/\s+/)[0];
        if (value) links.push({ element, attribute: "srcset", value });
      }
    }
    const meta = element === "meta" ? (attr(node, "property") ?? attr(node, "name"))?.toLowerCase() : undefined;
    if (meta !== undefined && URL_METAS.has(meta)) {
      const content = attr(node, "content");
      if (content !== undefined) links.push({ element, attribute: "content", value: content });
    }
    if (element === "meta" && attr(node, "http-equiv")?.toLowerCase() === "refresh") {
      const target = /url\s*=\s*['"]?([^'"]+)/i.exec(attr(node, "content") ?? "")?.[1];
      if (target) links.push({ element, attribute: "content", value: target.trim() });
    }
  }
  return { links, ids };
}

/** `/handbook` → `/handbook/`; `` → `/`. */
export function normaliseBase(base = "/"): string {
  const trimmed = base.replace(/^\/+|\/+$/g, "");
  return trimmed === "" ? "/" : `/${trimmed}/`;
}

/** The URL path a built file is served at: `questions/x/index.html` → `/base/questions/x/`. */
export function pageUrl(file: string, base = "/"): string {
  const path = file.replace(/\\/g, "/").replace(/^\/+/, "");
  const served = path === "index.html" ? "" : path.endsWith("/index.html") ? path.slice(0, -"index.html".length) : path;
  return `${normaliseBase(base)}${served}`;
}

function decode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

type Target = { file: string } | { problem: string };

/** Which built file a site path (base removed, decoded) is served from, or why none is. */
function resolveFile(
  rest: string,
  files: ReadonlySet<string>,
  shown: string,
  trailingSlash: LinkCheckOptions["trailingSlash"],
): Target {
  if (rest === "" || rest.endsWith("/")) {
    const file = `${rest}index.html`;
    if (files.has(file)) return { file };
    if (rest !== "" && files.has(rest.slice(0, -1))) {
      return { problem: `${shown} is a file, not a folder: remove the trailing slash` };
    }
    return { problem: `no page at ${shown} (expected ${file} in the build output)` };
  }
  if (files.has(rest)) return { file: rest };
  if (files.has(`${rest}/index.html`)) {
    if (trailingSlash === "always")
      return { problem: `${shown} needs a trailing slash (the site uses trailingSlash: "always")` };
    return { file: `${rest}/index.html` };
  }
  if (files.has(`${rest}.html`)) return { file: `${rest}.html` };
  return { problem: `no page or file at ${shown} (expected ${rest}/index.html or ${rest} in the build output)` };
}

/**
 * Checks every internal link of every page. `pages` maps built HTML files (paths relative to the
 * output folder, `questions/x/index.html`) to their HTML; `files` lists every built file, pages
 * included. External links (`https:`, `mailto:`, `//host`) are not checked, except absolute URLs on
 * the origin of `site`. A bare `#`, an empty href and `#top` are always fine. Problems come sorted
 * by page, then by link.
 */
export function checkLinks(
  pages: ReadonlyMap<string, string>,
  files: ReadonlySet<string>,
  options: LinkCheckOptions = {},
): LinkProblem[] {
  return checkPageLinks(new Map([...pages].map(([file, html]) => [file, extractLinks(html)])), files, options);
}

/** `checkLinks` for pages whose links are already extracted (`extractLinks`), as the build's page check leaves them. */
export function checkPageLinks(
  extracted: ReadonlyMap<string, PageLinks>,
  files: ReadonlySet<string>,
  { base = "/", trailingSlash = "ignore", site }: LinkCheckOptions = {},
): LinkProblem[] {
  const root = normaliseBase(base);
  const siteOrigin = site === undefined ? undefined : new URL(site).origin;
  const problems: LinkProblem[] = [];

  for (const [file, { links }] of extracted) {
    const page = pageUrl(file, root);
    const seen = new Set<string>();
    const report = (link: string, problem: string) => {
      if (seen.has(link)) return;
      seen.add(link);
      problems.push({ page, link, problem });
    };

    for (const { value } of links) {
      const raw = value.trim();
      if (raw === "" || raw === "#") continue;
      if (EXTERNAL.test(raw) && !(siteOrigin !== undefined && URL.canParse(raw) && new URL(raw).origin === siteOrigin))
        continue;
      const url = new URL(raw, `http://link-check.invalid${page}`);
      const path = decode(url.pathname);
      if (path === undefined) {
        report(raw, `the path is not valid percent-encoding`);
        continue;
      }
      if (!`${path}/`.startsWith(root)) {
        report(raw, `${path} is outside the base path ${root}, so it does not exist once deployed`);
        continue;
      }
      if (`${path}/` === root && trailingSlash === "always") {
        report(raw, `${path} needs a trailing slash (the site uses trailingSlash: "always")`);
        continue;
      }
      const target = resolveFile(path.slice(root.length), files, path, trailingSlash);
      if ("problem" in target) {
        report(raw, target.problem);
        continue;
      }

      const fragment = url.hash.slice(1);
      if (fragment === "") continue;
      const targetPage = extracted.get(target.file);
      if (!targetPage) continue; // Fragments of non-HTML files (an SVG sprite) are not checked.
      const id = decode(fragment) ?? fragment;
      if (targetPage.ids.has(id) || targetPage.ids.has(fragment) || id.toLowerCase() === "top") continue;
      report(raw, `no element with id "${id}" on ${pageUrl(target.file, root)}`);
    }
  }

  const byCodeUnit = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return problems.sort((a, b) => byCodeUnit(a.page, b.page) || byCodeUnit(a.link, b.link));
}

/** A readable report: a heading line, then each page with its broken links and what is missing. */
export function formatLinkProblems(problems: readonly LinkProblem[]): string {
  const byPage = new Map<string, LinkProblem[]>();
  for (const p of problems) byPage.set(p.page, [...(byPage.get(p.page) ?? []), p]);
  const noun = problems.length === 1 ? "broken link" : "broken links";
  const lines = [`${problems.length} ${noun} on ${byPage.size} ${byPage.size === 1 ? "page" : "pages"}:`];
  for (const [page, list] of byPage) {
    lines.push(`  ${page}`);
    for (const p of list) lines.push(`    - link "${p.link}": ${p.problem}`);
  }
  return lines.join("\n");
}
