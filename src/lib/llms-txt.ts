/**
 * `/llms.txt`, the index AI tools look for (the llms.txt convention): the site's name and summary, then a link to
 * the Markdown copy of every answer, and secondary links.
 */
import { escapeMarkdownText } from "./markdown-export";
import { oneLine } from "./text";

interface LlmsEntry {
  readonly title: string;
  /** Absolute URL of the Markdown copy. */
  readonly url: string;
  readonly summary: string;
}

export interface LlmsIndex {
  readonly siteName: string;
  readonly summary: string;
  /** A paragraph on how the site is organised. */
  readonly details: string;
  readonly questions: readonly LlmsEntry[];
  /** Secondary links (`## Optional` in the convention). */
  readonly optional: readonly LlmsEntry[];
}

/** `/llms.txt`: an H1, a blockquote summary, a paragraph, then sections of `- [Title](url): notes`. */
export function llmsTxt(index: LlmsIndex): string {
  const text = (t: string) => escapeMarkdownText(oneLine(t));
  const item = (e: LlmsEntry) => `- [${text(e.title)}](${e.url}): ${text(e.summary)}`;
  const lines = [
    `# ${text(index.siteName)}`,
    "",
    `> ${text(index.summary)}`,
    "",
    oneLine(index.details),
    "",
    "## Questions",
    "",
    ...index.questions.map(item),
  ];
  if (index.optional.length > 0) lines.push("", "## Optional", "", ...index.optional.map(item));
  return `${lines.join("\n")}\n`;
}
