/**
 * MDX as text, in one place: the syntax tree of an answer (Sätteri, the parser Astro's MDX uses, so every
 * module reads the answer as the page is built from it), the words a reader sees in a piece of it, and the
 * code languages the site shows as plain text and how it names them. The content check, the Markdown copies
 * and the topic pages' excerpts all read answers through this module.
 */
import { markdownToMdast, mdxToMdast } from "satteri";

interface Point {
  readonly line: number;
  readonly column: number;
  readonly offset: number;
}

/** The fields of Sätteri's mdast nodes the site reads. */
export interface MdxNode {
  readonly type: string;
  readonly position?: { readonly start: Point; readonly end: Point };
  readonly children?: readonly MdxNode[];
  readonly value?: unknown;
  /** Component or element name (`mdxJsxFlowElement`, `mdxJsxTextElement`). */
  readonly name?: string | null;
  readonly attributes?: readonly { readonly type: string; readonly name?: string; readonly value?: unknown }[];
  readonly url?: string;
  readonly title?: string | null;
  readonly alt?: string | null;
  readonly label?: string | null;
  readonly identifier?: string;
  readonly ordered?: boolean | null;
  readonly start?: number | null;
  readonly depth?: number;
  /** Fence info of a code block. */
  readonly lang?: string | null;
  /** A heading's `{ #id }` and other attributes. */
  readonly data?: { readonly hProperties?: Readonly<Record<string, unknown>> };
}

/**
 * The syntax tree of MDX, headings' `{ #id }` read as attributes. An answer's body by default; a whole file
 * with its frontmatter block when `wholeFile` is set. Throws Sätteri's error as it is.
 */
export function parseMdx(source: string, { wholeFile = false }: { wholeFile?: boolean } = {}): MdxNode {
  const features = wholeFile ? { headingAttributes: true } : { headingAttributes: true, frontmatter: false };
  return mdxToMdast(source, { features }) as unknown as MdxNode;
}

/** The syntax tree of plain Markdown, without positions. */
export function parseMarkdown(markdown: string): MdxNode {
  return markdownToMdast(markdown, { features: { frontmatter: false }, position: false }) as unknown as MdxNode;
}

/** A heading node's `{ #id }`, if it has one. */
export function headingIdOf(node: MdxNode): string | undefined {
  const id = node.data?.hProperties?.["id"];
  return typeof id === "string" ? id : undefined;
}

/**
 * The words a reader sees in inline content: text and code kept, markup dropped, images by their alt text,
 * a <Placeholder> as its bracketed name (`[Company/Domain]`), other components and raw HTML by their content.
 */
export function inlineText(node: MdxNode): string {
  switch (node.type) {
    case "text":
    case "inlineCode":
      return typeof node.value === "string" ? node.value : "";
    case "break":
      return "\n";
    case "image":
      return node.alt ?? "";
    case "html":
    case "mdxTextExpression":
    case "mdxFlowExpression":
      return "";
    case "mdxJsxTextElement":
    case "mdxJsxFlowElement":
      if (node.name === "Placeholder") return `[${(node.children ?? []).map(inlineText).join("").trim()}]`;
      return (node.children ?? []).map(inlineText).join("");
    default:
      return (node.children ?? []).map(inlineText).join("");
  }
}

/** Fence languages shown as plain text (diagrams, prompt templates): not highlighted, placeholders marked. */
const PLAIN_LANGUAGES: ReadonlySet<string> = new Set(["", "text", "plaintext", "txt", "plain"]);

/** Whether a fence's language is one of the plain-text ones (`text`, an unlabelled fence, …). */
export function isPlainLanguage(lang: string | null | undefined): boolean {
  return PLAIN_LANGUAGES.has((lang ?? "").toLowerCase());
}

const LANGUAGE_LABELS: Readonly<Record<string, string>> = {
  python: "Python",
  py: "Python",
  text: "Text",
  plaintext: "Text",
  txt: "Text",
  plain: "Text",
  "": "Text",
  ts: "TypeScript",
  typescript: "TypeScript",
  js: "JavaScript",
  javascript: "JavaScript",
  json: "JSON",
  yaml: "YAML",
  yml: "YAML",
  bash: "Shell",
  sh: "Shell",
  shell: "Shell",
  sql: "SQL",
};

/** How the site names a fence's language: `py` -> "Python"; an unknown one as written. */
export function languageLabel(lang: string): string {
  return LANGUAGE_LABELS[lang.toLowerCase()] ?? lang;
}
