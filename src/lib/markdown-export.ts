/**
 * Clean Markdown copies of the answers, for people who paste them into AI tools: the MDX body with its components
 * turned into plain text, heading ids removed and links made absolute (`llms.txt`, the index such tools look for, is
 * llms-txt.ts). The body is parsed once (Sätteri, as the site renders it) and rewritten by the positions of its
 * nodes, so the work is linear in the size of the answer however long a line is, and code is never touched.
 */
import { inlineText, parseMarkdown, parseMdx } from "./mdx-text";
import type { MdxNode } from "./mdx-text";
import { LINK_SCHEMES, urlScheme } from "./content/url-safety";
import { oneLine } from "./text";

/** Components an answer may use, and their plain-text form. */
const COMPONENTS = ["AdaptNote", "Placeholder"] as const;

type Node = MdxNode;

export interface ExportOptions {
  /** Absolute URL of the page the Markdown came from; relative links resolve against it. */
  readonly pageUrl: string;
  /** Names the source in error messages: `content/questions/x.mdx`. */
  readonly file: string;
}

/** Text that Markdown shows as written: its punctuation that could start markup (or HTML) escaped. */
export function escapeMarkdownText(text: string): string {
  return text.replace(/[\\`*_[\]<>&~|]/g, "\\$&");
}

/** A link target for Markdown: absolute, and in angle brackets when it holds characters that would end it. */
function destination(url: string, { pageUrl, file }: ExportOptions): string {
  // The content check refuses these first; a copy for AI tools must not carry one either way.
  const scheme = urlScheme(url);
  if (scheme !== undefined && !LINK_SCHEMES.includes(scheme)) {
    throw new Error(
      `${file}: link "${url.slice(0, 80)}" uses the ${scheme}: scheme; expected an http or https address, a mailto: address or a relative link`,
    );
  }
  if (!URL.canParse(url, pageUrl)) {
    throw new Error(
      `${file}: link "${url.slice(0, 80)}" is not a valid URL; expected an https:// address or a relative link (../other-question/#section)`,
    );
  }
  const href = new URL(url, pageUrl).href;
  return /[()\s<>]/.test(href) ? `<${href.replace(/</g, "%3C").replace(/>/g, "%3E").replace(/\s/g, "%20")}>` : href;
}

const titlePart = (title: string | null | undefined) => (title ? ` "${title.replace(/["\\]/g, "\\$&")}"` : "");

/** Rewrites an MDX body by its syntax tree. */
class Exporter {
  private readonly source: string;
  private readonly options: ExportOptions;

  constructor(source: string, options: ExportOptions) {
    this.source = source;
    this.options = options;
  }

  private start(node: Node): number {
    return node.position?.start.offset ?? 0;
  }

  private end(node: Node): number {
    return node.position?.end.offset ?? 0;
  }

  /** The source from `from` to `to`, with each child's span replaced by its export. */
  spans(from: number, to: number, children: readonly Node[]): string {
    let out = "";
    let at = from;
    for (const child of children) {
      if (!child.position) continue;
      out += this.source.slice(at, this.start(child)) + this.node(child);
      at = this.end(child);
    }
    return out + this.source.slice(at, to);
  }

  /** The export of the node's children only (a link's text, a component's content). */
  private inner(node: Node): string {
    const kids = (node.children ?? []).filter((c) => c.position);
    const first = kids[0];
    const last = kids.at(-1);
    if (!first || !last) return "";
    return this.spans(this.start(first), this.end(last), kids);
  }

  node(node: Node): string {
    switch (node.type) {
      case "code":
      case "inlineCode":
      case "text":
      case "html":
      case "thematicBreak":
        return this.source.slice(this.start(node), this.end(node));
      case "heading": {
        // `## Title { #id }`: everything after the last piece of text is the attribute block, which goes.
        const kids = (node.children ?? []).filter((c) => c.position);
        const last = kids.at(-1);
        const upTo = last ? this.end(last) : this.end(node);
        const head = this.spans(this.start(node), upTo, kids);
        const rest = this.source.slice(upTo, this.end(node));
        return head + (/\{[^}]*\}\s*$/.test(rest) ? "" : rest);
      }
      case "link": {
        // A bare URL (GFM autolink literal) has no brackets to rewrite and is absolute already.
        if (this.source[this.start(node)] !== "[") return this.source.slice(this.start(node), this.end(node));
        return `[${this.inner(node)}](${destination(node.url ?? "", this.options)}${titlePart(node.title)})`;
      }
      case "image":
        return `![${(node.alt ?? "").replace(/[[\]\\]/g, "\\$&")}](${destination(node.url ?? "", this.options)}${titlePart(node.title)})`;
      case "definition":
        return `[${node.label ?? ""}]: ${destination(node.url ?? "", this.options)}${titlePart(node.title)}`;
      case "mdxJsxFlowElement":
      case "mdxJsxTextElement":
        return this.element(node);
      case "mdxFlowExpression":
      case "mdxTextExpression":
        // Only comments for editors get this far (the content check refuses other expressions).
        return "";
      default:
        return this.spans(this.start(node), this.end(node), node.children ?? []);
    }
  }

  private element(node: Node): string {
    const name = node.name ?? "";
    if (name === "AdaptNote") return `*${oneLine(this.inner(node))}*`;
    if (name === "Placeholder") return `[${oneLine(this.inner(node))}]`;
    if (/^[A-Z]/.test(name) || name === "") {
      throw new Error(
        `${this.options.file}: the Markdown export does not know the component <${name}>; ` +
          `it knows ${COMPONENTS.map((c) => `<${c}>`).join(" and ")} (add it in src/lib/markdown-export.ts)`,
      );
    }
    // Plain HTML the content check allows (abbr, sub, details, …) reads as it is in Markdown.
    return this.spans(this.start(node), this.end(node), node.children ?? []);
  }
}

/** The MDX body of an answer as plain Markdown. */
export function mdxToMarkdown(body: string, options: ExportOptions): string {
  const source = body.replace(/\r\n?/g, "\n");
  let root: Node;
  try {
    root = parseMdx(source);
  } catch (error) {
    throw new Error(
      `${options.file}: the answer's MDX does not parse: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const exporter = new Exporter(source, options);
  return exporter
    .spans(0, source.length, root.children ?? [])
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

export interface QuestionDocument {
  readonly title: string;
  readonly summary: string;
  /** Absolute URL of the question's page. */
  readonly url: string;
  readonly topics: readonly string[];
  /** `YYYY-MM-DD`. */
  readonly updated: string;
  readonly siteName: string;
  /** The MDX body. */
  readonly body: string;
  readonly file: string;
}

/** The whole Markdown file for one question: title, source, summary, then the answer. */
export function questionMarkdown(doc: QuestionDocument): string {
  const answer = mdxToMarkdown(doc.body, { pageUrl: doc.url, file: doc.file });
  return [
    `# ${escapeMarkdownText(oneLine(doc.title))}`,
    "",
    `> ${escapeMarkdownText(oneLine(doc.summary))}`,
    "",
    `Source: ${doc.url}`,
    `Topics: ${doc.topics.map((t) => escapeMarkdownText(oneLine(t))).join(", ")}`,
    `Updated: ${doc.updated}`,
    `From: ${escapeMarkdownText(oneLine(doc.siteName))}`,
    "",
    "---",
    "",
    answer,
    "",
  ].join("\n");
}

/** Plain text of block content, blocks separated by blank lines and list items marked `- ` (or `1. `). */
function blockText(node: Node, indent = ""): string {
  switch (node.type) {
    case "code":
      return typeof node.value === "string" ? node.value : "";
    case "html":
    case "thematicBreak":
    case "definition":
      return "";
    case "list":
      return (node.children ?? [])
        .map((item, i) => {
          const marker = node.ordered ? `${(node.start ?? 1) + i}. ` : "- ";
          const text = (item.children ?? [])
            .map((c) => blockText(c, `${indent}  `))
            .filter(Boolean)
            .join("\n");
          return `${indent}${marker}${text}`;
        })
        .join("\n");
    case "table":
      return (node.children ?? []).map((row) => (row.children ?? []).map(inlineText).join(" | ")).join("\n");
    case "blockquote":
    case "root":
    case "footnoteDefinition":
      return (node.children ?? [])
        .map((c) => blockText(c, indent))
        .filter(Boolean)
        .join("\n\n");
    default:
      return inlineText(node);
  }
}

/** Plain text of converted Markdown (for structured data): markup removed, code and words kept. */
export function markdownToPlainText(markdown: string): string {
  const root = parseMarkdown(markdown);
  return blockText(root)
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
