/** Small readers of an MDX file's source and tree for the content check: lines, text, fences, comments. */
import type { MdxNode } from "../mdx-text";

type Node = MdxNode;

/** The fenced code block's fence (``` or ~~~, three or more), at the start of a line after its container markers. */
const FENCE_OPEN = /^(`{3,}|~{3,})/;

export function lineOf(node: Node): number | undefined {
  return node.position?.start.line;
}

export function text(node: Node): string {
  if (typeof node.value === "string" && (node.type === "text" || node.type === "inlineCode")) return node.value;
  return (node.children ?? []).map(text).join("");
}

/** The element's name as the writer wrote it: `<script>`. */
export const tag = (name: string) => `<${name}>`;

/** A heading line's text without its trailing `{ #id }` (a scan from the end, linear in the line). */
function withoutAttributes(line: string): string {
  const trimmed = line.trimEnd();
  const open = trimmed.lastIndexOf("{");
  return (trimmed.endsWith("}") && open >= 0 ? trimmed.slice(0, open) : trimmed).trim();
}

/** Where a fence that is never closed ends its code, and the headings it swallowed; undefined when it is closed. */
export function unclosedFence(source: string, node: Node): { fence: string; swallowed: string[] } | undefined {
  const position = node.position;
  if (!position) return undefined;
  const lines = source.slice(position.start.offset, position.end.offset).split(/\r?\n/);
  const open = FENCE_OPEN.exec(lines[0] ?? "");
  if (!open) return undefined; // an indented code block has no fence
  const fence = open[1] ?? "```";
  let last = lines.length - 1;
  while (last > 0 && (lines[last] ?? "").trim() === "") last--;
  // Container markers (blockquote `>`, list indentation) come before a closing fence on later lines.
  const closing = (lines[last] ?? "").replace(/^[\s>]*/, "").trimEnd();
  if (last > 0 && /^(`{3,}|~{3,})$/.test(closing) && closing[0] === fence[0] && closing.length >= fence.length) return undefined;
  // Headings it swallowed: `#` lines outside the code blocks that follow (where `#` starts a comment).
  const swallowed: string[] = [];
  let inner = false;
  for (const raw of lines.slice(1)) {
    const line = raw.replace(/^[\s>]*/, "");
    if (/^(`{3,}|~{3,})/.test(line)) inner = !inner;
    const heading = inner ? null : /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) swallowed.push(withoutAttributes(heading[2] ?? ""));
  }
  return { fence, swallowed };
}

/** Whether an expression is one block comment and nothing else (a JSX comment for editors), which runs nothing. */
export function isCommentOnly(expression: string): boolean {
  const text = expression.trim();
  return text.startsWith("/*") && text.endsWith("*/") && text.indexOf("*/") === text.length - 2;
}
