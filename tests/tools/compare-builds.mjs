// `node tests/tools/compare-builds.mjs <before> <after>`: what a reader would see differently between two
// builds of the site. For every page of either build it compares the visible text, the headings (level, id,
// text), the links (with hashed asset names made neutral) and the ids, and prints each difference; it also
// lists pages and other files that only one build has. Exit code 1 when anything differs.
//
// For refactors that must change nothing for readers: build before (`git stash`, or a worktree of the old
// commit), build after, compare.

import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { parse } from "parse5";
import { builtPages } from "../helpers/site-pages.mjs";

const [beforeDir, afterDir] = process.argv.slice(2);
if (!beforeDir || !afterDir || !existsSync(beforeDir) || !existsSync(afterDir)) {
  console.error("usage: node tests/tools/compare-builds.mjs <build folder before> <build folder after>");
  process.exit(2);
}

/** Hashed file names (`page.D1j6SGYq.js`) mean nothing to a reader: compare them without the hash. */
const neutral = (/** @type {string} */ url) =>
  url
    .replace(/([.-])[\w-]{8}(\.(?:js|css|mjs))\b/g, "$1#$2")
    .replace(/_astro\/[^"'\s]*?\.(js|css)/g, (m) => m.replace(/[.-][A-Za-z0-9_-]{8}(?=\.)/, ".#"));

/**
 * @typedef {{ text: string[], headings: string[], links: string[], ids: string[] }} Facts
 * @param {string} html
 * @returns {Facts}
 */
function factsOf(html) {
  /** @type {Facts} */
  const facts = { text: [], headings: [], links: [], ids: [] };
  /** @param {any} node @param {boolean} hidden */
  const walk = (node, hidden) => {
    if (node.nodeName === "#text") {
      const text = node.value.replace(/\s+/g, " ").trim();
      if (text && !hidden) facts.text.push(text);
      return;
    }
    const attrs = Object.fromEntries((node.attrs ?? []).map((/** @type {any} */ a) => [a.name, a.value]));
    const skip = hidden || ["script", "style", "template", "noscript"].includes(node.nodeName);
    if (attrs.id) facts.ids.push(attrs.id);
    for (const name of ["href", "src", "action", "content"]) {
      if (attrs[name] !== undefined && (name !== "content" || /^(https?:|\/)/.test(attrs[name])))
        facts.links.push(`${node.nodeName}[${name}]=${neutral(attrs[name])}`);
    }
    if (/^h[1-6]$/.test(node.nodeName)) {
      const text = [];
      /** @param {any} n */
      const collect = (n) => (n.nodeName === "#text" ? text.push(n.value) : (n.childNodes ?? []).forEach(collect));
      collect(node);
      facts.headings.push(`${node.nodeName}#${attrs.id ?? ""} ${text.join("").replace(/\s+/g, " ").trim()}`);
    }
    for (const child of node.childNodes ?? []) walk(child, skip);
    // A <template>'s content is not part of the page until a script copies it (search draws results so).
  };
  walk(parse(html), false);
  return facts;
}

/** Lines only one side has, in order: a small diff that names what appeared and what went. */
function differences(/** @type {string[]} */ a, /** @type {string[]} */ b) {
  const count = (/** @type {string[]} */ list) => list.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map());
  const ca = count(a);
  const cb = count(b);
  const gone = [...ca].flatMap(([x, n]) => Array(Math.max(0, n - (cb.get(x) ?? 0))).fill(`- ${x}`));
  const came = [...cb].flatMap(([x, n]) => Array(Math.max(0, n - (ca.get(x) ?? 0))).fill(`+ ${x}`));
  const order = a.join("\n") === b.join("\n") || gone.length + came.length > 0 ? [] : ["(same items, another order)"];
  return [...gone, ...came, ...order];
}

/** Every file of a build except hashed assets, by path. @param {string} dir */
function filesOf(dir) {
  /** @type {string[]} */
  const out = [];
  const walk = (/** @type {string} */ folder) => {
    for (const name of readdirSync(folder)) {
      const full = join(folder, name);
      if (statSync(full).isDirectory()) {
        if (!(folder === dir && (name === "_astro" || name === "pagefind"))) walk(full);
      } else out.push(relative(dir, full).split(sep).join("/"));
    }
  };
  walk(dir);
  return out.sort();
}

const before = new Map(builtPages(beforeDir).map((p) => [p.path, p.file]));
const after = new Map(builtPages(afterDir).map((p) => [p.path, p.file]));
/** @type {string[]} */
const report = [];
for (const path of new Set([...before.keys(), ...after.keys()])) {
  const a = before.get(path);
  const b = after.get(path);
  if (!a || !b) {
    report.push(`/${path}: only in the ${a ? "first" : "second"} build`);
    continue;
  }
  const fa = factsOf(readFileSync(a, "utf8"));
  const fb = factsOf(readFileSync(b, "utf8"));
  for (const key of /** @type {const} */ (["text", "headings", "links", "ids"])) {
    const diff = differences(fa[key], fb[key]);
    if (diff.length > 0)
      report.push(
        `/${path} ${key}:\n    ${diff.slice(0, 20).join("\n    ")}${diff.length > 20 ? `\n    … ${diff.length - 20} more` : ""}`,
      );
  }
}
const filesA = new Set(filesOf(beforeDir));
const filesB = new Set(filesOf(afterDir));
for (const f of filesA) if (!filesB.has(f)) report.push(`file only in the first build: ${f}`);
for (const f of filesB) if (!filesA.has(f)) report.push(`file only in the second build: ${f}`);
for (const f of filesA) {
  if (!filesB.has(f) || f.endsWith(".html") || f.endsWith(".png")) continue;
  const textA = neutral(readFileSync(join(beforeDir, f), "utf8"));
  const textB = neutral(readFileSync(join(afterDir, f), "utf8"));
  if (textA !== textB) report.push(`file differs: ${f}`);
}

console.log(
  `[compare] ${before.size} and ${after.size} pages, ${filesA.size} and ${filesB.size} files (hashed assets and the search index aside)`,
);
if (report.length === 0) {
  console.log("[compare] no difference a reader could see: same text, headings, links, ids and files");
} else {
  console.log(report.join("\n"));
  process.exit(1);
}
