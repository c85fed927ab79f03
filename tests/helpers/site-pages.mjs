// The pages of a built site, found by walking its folder rather than listed by hand, so every gate
// (axe, html-validate, budgets, Lighthouse) covers pages that colleagues add without being told.

import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

/**
 * The build folder to check: the first argument given, else E2E_OUT_DIR, else dist/ (relative to the
 * repository root). Throws a message saying how to build when it does not exist.
 * @param {string | undefined} [given]
 */
export function builtSiteDir(given = process.env["E2E_OUT_DIR"]) {
  const dir = resolve(ROOT, given || "dist");
  if (!existsSync(join(dir, "index.html"))) {
    throw new Error(
      `${dir} holds no built site (no index.html): run \`npm run build\` first, or pass the folder you built into.`,
    );
  }
  return dir;
}

/**
 * Every HTML page of a build: `index.html` files map to their folder's URL (`questions/x/`), other
 * `.html` files (the 404 page) to their own name. Sorted, home first.
 * @param {string} dir the build folder
 * @returns {{ file: string, path: string }[]} `file` is absolute; `path` is relative to the base path
 */
export function builtPages(dir) {
  /** @type {{ file: string, path: string }[]} */
  const pages = [];
  /** @param {string} folder */
  const walk = (folder) => {
    for (const name of readdirSync(folder).sort()) {
      const full = join(folder, name);
      if (statSync(full).isDirectory()) {
        // Build artefacts, not pages: hashed assets, the search index.
        if (folder === dir && (name === "_astro" || name === "pagefind")) continue;
        walk(full);
      } else if (name.endsWith(".html")) {
        const rel = relative(dir, full).split(sep).join("/");
        pages.push({
          file: full,
          path: rel === "index.html" ? "" : rel.endsWith("/index.html") ? rel.slice(0, -"index.html".length) : rel,
        });
      }
    }
  };
  walk(dir);
  return pages.sort((a, b) => (a.path === "" ? -1 : b.path === "" ? 1 : a.path.localeCompare(b.path)));
}

/**
 * The kind of a page by its URL, for picking representatives (`question`, `topic`, `search`, `home`, …).
 * @param {string} path
 */
export function pageKind(path) {
  if (path === "") return "home";
  if (/^questions\/[^/]+\/$/.test(path)) return "question";
  if (path === "topics/") return "topics";
  // Every page of a topic's question list: the heaviest of them is what the budget weighs.
  if (/^topics\/[^/]+\/(?:page\/\d+\/)?$/.test(path)) return "topic";
  if (path === "search/") return "search";
  if (path === "404.html") return "404";
  return "other";
}

/**
 * The base path a build was made for, read from its home page's asset URLs (`/handbook/_astro/…`), else
 * BASE_PATH, else `/`.
 * @param {string} dir
 */
export function builtBase(dir) {
  const html = readFileSync(join(dir, "index.html"), "utf8");
  const m = /(?:href|src)="(\/[^"]*?)_astro\//.exec(html);
  if (m?.[1]) return m[1];
  const env = process.env["BASE_PATH"] ?? "";
  return `/${env.replace(/^\/+|\/+$/g, "")}/`.replace(/^\/\/$/, "/");
}
