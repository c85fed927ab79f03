// A synthetic corpus for measuring growth: a throwaway copy of the project whose content/questions/ holds
// the real questions plus generated variants of them, up to a given count, all valid (orders 1…n without
// gaps, known topics, section ids that exist, relative links that resolve to the real questions).

import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "../helpers/site-pages.mjs";

const COPIED = ["content", "src", "public", "astro.config.mjs", "package.json", "tsconfig.json"];

/** The copy's own cache folder (its node_modules is the project's, linked, so Astro's default would be shared). */
export const COPY_CACHE = ".bench-cache";

/**
 * Copies the project into a temporary folder (node_modules linked, not copied), with its own Astro cache folder
 * (COPY_CACHE), so a copy's first build is cold and no copy reads another's or the project's caches.
 * @param {string} prefix
 * @returns {{ dir: string, cacheDir: string, remove(): void }}
 */
export function copyProject(prefix) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const entry of COPIED) {
    try {
      cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
    } catch (error) {
      if (/** @type {NodeJS.ErrnoException} */ (error).code !== "ENOENT") throw error;
    }
  }
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"), "dir");
  const config = join(dir, "astro.config.mjs");
  const text = readFileSync(config, "utf8");
  if (!text.includes("defineConfig({")) throw new Error(`${config}: no "defineConfig({" to add the copy's cacheDir to`);
  writeFileSync(config, text.replace("defineConfig({", `defineConfig({\n  cacheDir: "./${COPY_CACHE}",`));
  return { dir, cacheDir: join(dir, COPY_CACHE), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Rewrites one question's frontmatter for its n-th copy: a new order and a distinguishable title; every
 * other field (topics, sections, summary, date) and the body stay as they are.
 * @param {string} source the MDX file's text
 * @param {{ order: number, copy: number }} at
 */
export function variantOf(source, { order, copy }) {
  const end = source.indexOf("\n---", 4);
  if (!source.startsWith("---") || end < 0) throw new Error("question file without frontmatter");
  const front = source
    .slice(0, end)
    .replace(/^order:\s*\d+\s*$/m, `order: ${order}`)
    .replace(
      /^title:\s*(["']?)(.*?)\1\s*$/m,
      (_all, _quote, title) => `title: ${JSON.stringify(`${title} (variant ${copy})`)}`,
    );
  return front + source.slice(end);
}

/**
 * Fills `content/questions/` of a project copy up to `total` questions: the real ones keep their files and
 * orders; variants `<slug>-v<copy>.mdx` follow with orders after them. Returns the number written.
 * @param {string} dir the project copy
 * @param {number} total
 */
export function generateQuestions(dir, total) {
  const folder = join(dir, "content", "questions");
  const real = readdirSync(folder)
    .filter((f) => f.endsWith(".mdx"))
    .map((file) => ({ file, text: readFileSync(join(folder, file), "utf8") }))
    .map((q) => ({ ...q, order: Number(/^order:\s*(\d+)/m.exec(q.text)?.[1] ?? 0) }))
    .sort((a, b) => a.order - b.order);
  if (real.length === 0) throw new Error(`no questions in ${folder}`);
  let written = 0;
  for (let order = real.length + 1; order <= total; order++) {
    const i = order - real.length - 1;
    const source = /** @type {(typeof real)[number]} */ (real[i % real.length]);
    const copy = Math.floor(i / real.length) + 1;
    writeFileSync(
      join(folder, source.file.replace(/\.mdx$/, `-v${copy}.mdx`)),
      variantOf(source.text, { order, copy }),
    );
    written += 1;
  }
  return written;
}

/**
 * Makes one answer of a project copy very large, to show that no step of the build grows worse than linearly with
 * the length of a line or a file: appends a section with one line of `lineLength` characters (links and unmatched
 * brackets, the input that once made the Markdown export quadratic) and `lines` more short paragraphs.
 * Returns the answer's file and its new size in characters.
 * @param {string} dir the project copy
 * @param {{ lineLength: number, lines: number }} size
 */
export function addLargeAnswer(dir, { lineLength, lines }) {
  const file = join(dir, "content", "questions", "staying-current.mdx");
  const unit = "See [caching](../cost-optimization/#response-caching) [and [brackets] left [open ";
  const line = unit
    .repeat(Math.ceil(lineLength / unit.length))
    .slice(0, lineLength)
    .replace(/\[[^\]]*$/, "");
  const paragraphs = Array.from(
    { length: lines },
    (_, i) => `Paragraph ${i + 1} of a long answer, with **bold**, \`code\` and a [link](../cost-optimization/).`,
  );
  const text = `${readFileSync(file, "utf8").trimEnd()}\n\n## A very long section { #a-very-long-section }\n\n${line}\n\n${paragraphs.join("\n\n")}\n`;
  writeFileSync(file, text);
  return { file, chars: text.length, longestLine: line.length };
}
