/** Reads the MDX sources so end-to-end tests can compare built pages with what was written. */
import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { parse as parseYaml } from "yaml";
import { inlineText, parseMdx } from "../../src/lib/mdx-text";
import type { MdxNode } from "../../src/lib/mdx-text";

const QUESTIONS = resolve(import.meta.dirname, "../../content/questions");

export interface SourceQuestion {
  slug: string;
  title: string;
  order: number;
  topics: string[];
  body: string;
  /** Every fenced code block, exactly as written. */
  codeBlocks: { lang: string; code: string }[];
  /** Every list item as plain text (Markdown emphasis and link syntax removed). */
  listItems: string[];
}

/** Plain text of a line of MDX: emphasis, links, components and heading ids removed. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/<Placeholder>(.*?)<\/Placeholder>/g, "[$1]")
    .replace(/<\/?[A-Z][A-Za-z]*[^>]*>/g, "")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/\*\*|__|\*|`/g, "")
    .replace(/\s*\{\s*#[\w-]+\s*\}\s*$/, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** Straight quotes and plain dashes, so smart typography does not count as a difference. */
export function normalise(text: string): string {
  return text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[\u2013\u2014]/g, "-")
    .replace(/\u2026/g, "...")
    .replace(/\s+/g, " ")
    .trim();
}

/** Every node of a tree, in document order. */
function descendants(node: MdxNode): MdxNode[] {
  return [node, ...(node.children ?? []).flatMap(descendants)];
}

export function readQuestions(): SourceQuestion[] {
  return readdirSync(QUESTIONS)
    .filter((f) => f.endsWith(".mdx"))
    .map((file) => {
      const text = readFileSync(join(QUESTIONS, file), "utf8");
      const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
      if (!match) throw new Error(`${file}: no frontmatter`);
      const data = parseYaml(match[1] ?? "") as { title: string; order: number; topics: string[] };
      const body = match[2] ?? "";
      // Read through the parser the site builds from, so a fence or list is found exactly as the page has it.
      const nodes = descendants(parseMdx(body));
      const codeBlocks = nodes
        .filter((n) => n.type === "code")
        .map((n) => ({ lang: n.lang ?? "", code: String(n.value ?? "") }));
      const listItems = nodes
        .filter((n) => n.type === "listItem")
        .map((n) => inlineText(n).replace(/\s+/g, " ").trim());
      return {
        slug: file.replace(/\.mdx$/, ""),
        title: data.title,
        order: data.order,
        topics: data.topics,
        body,
        codeBlocks,
        listItems,
      };
    })
    .sort((a, b) => a.order - b.order);
}
