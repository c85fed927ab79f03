// Page weight of a built site: what a page makes the browser download before any interaction, worked out
// from the files themselves (HTML, its stylesheets, module scripts and their static imports, preloads,
// fonts and images in CSS and HTML), in gzip bytes as a host serving compressed text sends them.

import { existsSync, readFileSync, statSync } from "node:fs";
import { extname, join } from "node:path";
import { gzipSync } from "node:zlib";

/** Extensions served compressed (text); everything else counts at its size on disk. */
const TEXT = new Set([".html", ".css", ".js", ".mjs", ".json", ".svg", ".txt", ".xml", ".webmanifest", ".wasm", ".md"]);

/** @type {Map<string, number>} */
const sizeCache = new Map();

/**
 * Bytes a file costs on the wire: gzip (zlib level 9) for text, its own size otherwise.
 * @param {string} file
 */
export function wireBytes(file) {
  let size = sizeCache.get(file);
  if (size === undefined) {
    size = TEXT.has(extname(file)) ? gzipSync(readFileSync(file), { level: 9 }).length : statSync(file).size;
    sizeCache.set(file, size);
  }
  return size;
}

/**
 * What kind of download a file is, for the budget's columns.
 * @param {string} file
 * @returns {"html" | "css" | "js" | "font" | "image" | "search" | "other"}
 */
function kindOf(file) {
  const ext = extname(file).toLowerCase();
  if (ext === ".html") return "html";
  if (ext === ".css") return "css";
  if (ext === ".js" || ext === ".mjs") return "js";
  if ([".woff2", ".woff", ".ttf", ".otf"].includes(ext)) return "font";
  if ([".png", ".jpg", ".jpeg", ".webp", ".avif", ".gif", ".svg", ".ico"].includes(ext)) return "image";
  if (
    [".pagefind", ".pf_meta", ".pf_index", ".pf_fragment", ".wasm"].includes(ext) ||
    file.endsWith("pagefind-entry.json")
  )
    return "search";
  return "other";
}

/**
 * Maps a URL (absolute path or full URL) of the site to its file in the build, or null when it is not
 * part of the build (another origin, a data: URL, a page that does not exist).
 * @param {string} url
 * @param {{ dir: string, base: string }} site
 */
export function fileForUrl(url, { dir, base }) {
  if (/^(data|blob|about):/i.test(url)) return null;
  let pathname;
  try {
    const parsed = new URL(url, "http://site.invalid/");
    if (parsed.host !== "site.invalid" && !/^(127\.0\.0\.1|localhost)(:\d+)?$/.test(parsed.host)) return null;
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (!pathname.startsWith(base)) return null;
  const rel = pathname.slice(base.length);
  let file = join(dir, rel);
  if (rel === "" || rel.endsWith("/")) file = join(file, "index.html");
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

/** Static ES module imports of a script (not dynamic `import()`), as written. @param {string} code */
function staticImports(code) {
  const found = new Set();
  for (const m of code.matchAll(/\b(?:import|export)\s*(?:[^'"();=]*?\bfrom\s*)?["']([^"']+)["']/g)) {
    if (m[1] && /\.m?js$|^\.\.?\//.test(m[1])) found.add(m[1]);
  }
  return [...found];
}

/** `url(...)` references of a stylesheet, without data: URLs. @param {string} css */
function cssUrls(css) {
  const found = new Set();
  for (const m of css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g))
    if (m[2] && !m[2].startsWith("data:")) found.add(m[2]);
  for (const m of css.matchAll(/@import\s+(?:url\()?\s*['"]([^'"]+)['"]/g)) if (m[1]) found.add(m[1]);
  return [...found];
}

/**
 * Every file a page downloads before interaction, by reading the page and following what it references.
 * @param {string} pageFile the page's HTML file
 * @param {string} pageUrl the page's URL path under the base (`/handbook/questions/x/`)
 * @param {{ dir: string, base: string }} site
 * @returns {Map<string, string>} file → the URL it was found under
 */
export function initialDownloads(pageFile, pageUrl, site) {
  /** @type {Map<string, string>} */
  const files = new Map([[pageFile, pageUrl]]);
  const html = readFileSync(pageFile, "utf8");
  /** @type {string[]} */
  const queue = [];
  /** @param {string} ref @param {string} from */
  const add = (ref, from) => {
    const url = new URL(ref, new URL(from, "http://site.invalid/")).pathname;
    const file = fileForUrl(url, site);
    if (file && !files.has(file)) {
      files.set(file, url);
      queue.push(file);
    }
  };
  const attr = (/** @type {string} */ tag, /** @type {string} */ name) =>
    new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i")
      .exec(tag)
      ?.slice(1)
      .find((v) => v !== undefined);

  for (const [tag] of html.matchAll(/<(link|script|img|source|video)\b[^>]*>/gi)) {
    const name = tag.slice(1, tag.search(/[\s>]/)).toLowerCase();
    if (name === "link") {
      const rel = (attr(tag, "rel") ?? "").toLowerCase().split(/\s+/);
      if (rel.some((r) => ["stylesheet", "modulepreload", "preload", "icon"].includes(r))) {
        const href = attr(tag, "href");
        if (href) add(href, pageUrl);
      }
    } else if (name === "script") {
      const src = attr(tag, "src");
      if (src) add(src, pageUrl);
    } else if (name === "img" || name === "video") {
      if ((attr(tag, "loading") ?? "").toLowerCase() === "lazy") continue;
      const src = attr(tag, name === "video" ? "poster" : "src");
      if (src) add(src, pageUrl);
    }
  }
  // Inline module scripts import too.
  for (const m of html.matchAll(/<script\b[^>]*type\s*=\s*["']?module["']?[^>]*>([\s\S]*?)<\/script>/gi)) {
    for (const ref of staticImports(m[1] ?? "")) add(ref, pageUrl);
  }
  while (queue.length > 0) {
    const file = /** @type {string} */ (queue.shift());
    const url = /** @type {string} */ (files.get(file));
    const kind = kindOf(file);
    if (kind === "js") for (const ref of staticImports(readFileSync(file, "utf8"))) add(ref, url);
    if (kind === "css") for (const ref of cssUrls(readFileSync(file, "utf8"))) add(ref, url);
  }
  return files;
}

/**
 * Sums wire bytes by kind.
 * @param {Iterable<string>} files
 * @returns {{ html: number, css: number, js: number, font: number, image: number, search: number, other: number, total: number, count: number }}
 */
export function tally(files) {
  const sums = { html: 0, css: 0, js: 0, font: 0, image: 0, search: 0, other: 0, total: 0, count: 0 };
  for (const file of files) {
    const bytes = wireBytes(file);
    sums[kindOf(file)] += bytes;
    sums.total += bytes;
    sums.count += 1;
  }
  return sums;
}
