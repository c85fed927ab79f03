/** Short plain-text excerpts of one section of an MDX answer, for topic pages. */
import { headingIdOf, inlineText, isPlainLanguage, parseMdx } from "../mdx-text";
import type { MdxNode } from "../mdx-text";
import { escapeRegExp } from "../text";

/** What a section says, cut short: its prose, or (when it is all code) what the code is. */
export type Excerpt =
  | {
      readonly kind: "prose";
      /** The start of the section's text, cut to length. */
      readonly text: string;
      /** Every sentence or list item of it, uncut, for `focusExcerpt`. */
      readonly pieces: readonly string[];
    }
  | {
      readonly kind: "code";
      /** The fence's language as written (`python`, `text`, or `""`). */
      readonly lang: string;
      /** The first class or function defined, then its public methods; empty for text blocks. */
      readonly names: readonly string[];
      /** Whole-line comments of the code, or the lines of a text block, as sentences. */
      readonly text: string;
    };

export interface ExcerptOptions {
  /** Longest excerpt in characters, ellipsis included. */
  readonly maxLength?: number;
}

interface Block {
  readonly kind: "prose" | "code";
  readonly lang: string;
  /** Prose: one entry per paragraph or list item, as plain text. Code: the lines of the block. */
  readonly lines: readonly string[];
}

/** The answer's top-level nodes as headings (by id) and blocks, in page order, from its syntax tree. */
type Token =
  | { readonly type: "heading"; readonly depth: number; readonly id: string | undefined }
  | { readonly type: "block"; readonly block: Block };

/** The plain-text pieces of a prose node: its paragraphs and list items, each one piece. */
function pieces(node: MdxNode): string[] {
  switch (node.type) {
    case "list":
      return (node.children ?? []).flatMap((item) => {
        const [first, ...rest] = (item.children ?? []).flatMap(pieces);
        // An item's own text, with any nested list's items after it as their own pieces.
        return first === undefined ? [] : [first, ...rest];
      });
    case "blockquote":
    case "listItem":
      return (node.children ?? []).flatMap(pieces);
    case "mdxJsxFlowElement":
    case "mdxjsEsm":
    case "mdxFlowExpression":
    case "html":
    case "thematicBreak":
    case "definition":
      // A block-level component (an editor's note), an import or raw HTML is not part of the answer's text.
      return [];
    default: {
      const text = inlineText(node).replace(/\s+/g, " ").trim();
      return text === "" ? [] : [text];
    }
  }
}

/**
 * The last answers tokenized, by body text: a topic page, a question page's key points and its section list each
 * ask for several sections of the same answer, and parsing is the costly part. Tokens are never changed after
 * they are made, so sharing them is safe; the oldest entry goes first once there are TOKEN_CACHE_SIZE.
 */
const TOKEN_CACHE_SIZE = 32;
const tokenCache = new Map<string, readonly Token[]>();

function tokenize(body: string): readonly Token[] {
  const cached = tokenCache.get(body);
  if (cached) return cached;
  const tokens = tokensOf(body);
  if (tokenCache.size >= TOKEN_CACHE_SIZE) tokenCache.delete(tokenCache.keys().next().value ?? "");
  tokenCache.set(body, tokens);
  return tokens;
}

function tokensOf(body: string): Token[] {
  const tokens: Token[] = [];
  let prose: { readonly kind: "prose"; readonly lang: ""; readonly lines: string[] } | undefined;
  for (const node of parseMdx(body).children ?? []) {
    if (node.type === "heading") {
      prose = undefined;
      tokens.push({ type: "heading", depth: node.depth ?? 2, id: headingIdOf(node) });
    } else if (node.type === "code") {
      prose = undefined;
      const value = typeof node.value === "string" ? node.value : "";
      tokens.push({ type: "block", block: { kind: "code", lang: node.lang ?? "", lines: value.split("\n") } });
    } else {
      const found = pieces(node);
      if (found.length === 0) continue;
      if (!prose) {
        prose = { kind: "prose", lang: "", lines: [] };
        tokens.push({ type: "block", block: prose });
      }
      prose.lines.push(...found);
    }
  }
  return tokens;
}

/** The blocks of the section headed `id`: its own (before any sub-heading) and its sub-sections'. */
function findSection(body: string, id: string): { own: Block[]; nested: Block[] } | undefined {
  const tokens = tokenize(body);
  const start = tokens.findIndex((t) => t.type === "heading" && t.id === id);
  const heading = tokens[start];
  if (!heading || heading.type !== "heading") return undefined;
  const own: Block[] = [];
  const nested: Block[] = [];
  let inSub = false;
  for (const token of tokens.slice(start + 1)) {
    if (token.type === "heading") {
      if (token.depth <= heading.depth) break;
      inSub = true;
    } else (inSub ? nested : own).push(token.block);
  }
  return { own, nested };
}

/** Short pieces as sentences: each ends with a full stop unless it has its own. */
function asSentences(pieces: readonly string[]): string[] {
  return pieces
    .map((p) => p.trim())
    .filter((p) => p !== "")
    .map((p) => (/(?:[.!?:;…]|[.!?]["”’)])$/.test(p) ? p : `${p}.`));
}

function sentences(pieces: readonly string[]): string {
  return asSentences(pieces).join(" ");
}

/** Prose of a block as sentences: its paragraphs and list items alike. */
function proseText(block: Block): string[] {
  return asSentences(block.lines);
}

function codeExcerpt(block: Block): Excerpt {
  const lang = block.lang.toLowerCase();
  if (isPlainLanguage(lang)) {
    // A text block (a diagram, a prompt skeleton): its lines, with connector-only lines dropped.
    const lines = block.lines.map((l) => l.trim()).filter((l) => /[\p{L}\p{N}]/u.test(l));
    return { kind: "code", lang: block.lang, names: [], text: sentences(lines) };
  }
  const definitions = block.lines
    .map((l) => /^(\s*)(?:export\s+)?(?:async\s+)?(?:class|def|function|interface|type)\s+([A-Za-z_$][\w$]*)/.exec(l))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ indent: (m[1] ?? "").length, name: m[2] ?? "" }));
  const [first, ...rest] = definitions;
  const names = first
    ? [first.name, ...rest.filter((d) => d.indent > first.indent && !d.name.startsWith("_")).map((d) => d.name)]
    : [];
  const comments = block.lines
    .map((l) => /^\s*(?:#(?![#!])|\/\/)\s?(.*)$/.exec(l)?.[1]?.trim() ?? "")
    .filter((c) => c !== "");
  return { kind: "code", lang: block.lang, names, text: sentences(comments) };
}

/** Cuts text at a word boundary so it fits `max` characters with its ellipsis. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, "")}…`;
}

/**
 * The excerpt of the section headed `id` in an MDX body. Prefers the section's own prose,
 * then its own code (commented code first), then the prose of its sub-sections.
 * Returns undefined when no heading has that id or the section is empty.
 */
export function sectionExcerpt(
  body: string,
  id: string,
  { maxLength = 200 }: ExcerptOptions = {},
): Excerpt | undefined {
  const section = findSection(body, id);
  if (!section) return undefined;
  const ownProse = allProse(section.own);
  if (ownProse.length > 0) return prose(ownProse, maxLength);
  const ownCode = section.own.filter((b) => b.kind === "code").map(codeExcerpt);
  const code = ownCode.find((c) => c.text !== "") ?? ownCode[0];
  if (code) return { ...code, text: truncate(code.text, maxLength) };
  const nestedProse = allProse(section.nested);
  if (nestedProse.length > 0) return prose(nestedProse, maxLength);
  const nestedCode = section.nested.find((b) => b.kind === "code");
  if (!nestedCode) return undefined;
  const fallback = codeExcerpt(nestedCode);
  return { ...fallback, text: truncate(fallback.text, maxLength) };
}

function allProse(blocks: readonly Block[]): string[] {
  return blocks.filter((b) => b.kind === "prose").flatMap(proseText);
}

function prose(pieces: readonly string[], maxLength: number): Excerpt {
  return { kind: "prose", text: truncate(pieces.join(" "), maxLength), pieces };
}

/**
 * The excerpt as seen from one topic: when the start of a prose excerpt does not mention any of
 * `terms` (a topic's title and aliases) but a later sentence does, the excerpt starts there,
 * after an ellipsis. Code excerpts, and excerpts that already mention a term, are returned as they are.
 */
export function focusExcerpt(
  excerpt: Excerpt | undefined,
  terms: readonly string[],
  { maxLength = 200 }: ExcerptOptions = {},
): Excerpt | undefined {
  if (!excerpt || excerpt.kind !== "prose" || terms.length === 0) return excerpt;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.map(escapeRegExp).join("|")})(?![\\p{L}\\p{N}])`, "iu");
  const at = excerpt.pieces.findIndex((p) => pattern.test(p));
  // Nothing to focus on, or the first mention is already shown whole.
  if (at < 0 || excerpt.text.includes(excerpt.pieces[at] ?? "")) return excerpt;
  return { ...excerpt, text: truncate(`… ${excerpt.pieces.slice(at).join(" ")}`, maxLength) };
}
