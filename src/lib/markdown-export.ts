/**
 * Clean Markdown copies of the answers, for people who paste them into AI tools: the MDX
 * body with its components turned into plain text, heading ids removed and links made
 * absolute; plus `llms.txt`, the index such tools look for.
 */

/** Components an answer may use, and their plain-text form. */
const COMPONENTS = ["AdaptNote", "Placeholder"] as const;

const FENCE = /^(\s*)(`{3,}|~{3,})/;

/** Splits Markdown into prose and fenced-code parts, so code is never rewritten. */
export function splitFences(markdown: string): { code: boolean; text: string }[] {
  const parts: { code: boolean; text: string }[] = [];
  let buffer: string[] = [];
  let fence: string | undefined;
  const flush = (code: boolean) => {
    if (buffer.length > 0) parts.push({ code, text: buffer.join("\n") });
    buffer = [];
  };
  for (const line of markdown.split("\n")) {
    const match = FENCE.exec(line);
    if (fence === undefined && match) {
      flush(false);
      fence = match[2] ?? "```";
      buffer.push(line);
    } else if (fence !== undefined && match && (match[2] ?? "").startsWith(fence) && line.trim() === (match[2] ?? "")) {
      buffer.push(line);
      flush(true);
      fence = undefined;
    } else {
      buffer.push(line);
    }
  }
  flush(fence !== undefined);
  return parts;
}

/** Runs `transform` on the text outside inline code spans (`` `like this` ``). */
function outsideCodeSpans(line: string, transform: (text: string) => string): string {
  return line
    .split(/(`+[^`]*`+)/)
    .map((piece, i) => (i % 2 === 1 ? piece : transform(piece)))
    .join("");
}

export interface ExportOptions {
  /** Absolute URL of the page the Markdown came from; relative links resolve against it. */
  readonly pageUrl: string;
  /** Names the source in error messages: `content/questions/x.mdx`. */
  readonly file: string;
}

/** Turns prose MDX into plain Markdown; throws on a component it does not know. */
function convertProse(text: string, { pageUrl, file }: ExportOptions): string {
  const adaptNotes = text.replace(/<AdaptNote>\s*([\s\S]*?)\s*<\/AdaptNote>/g, (_, inner: string) => `*${inner.replace(/\s+/g, " ").trim()}*`);
  return adaptNotes
    .split("\n")
    .map((line) =>
      outsideCodeSpans(line, (piece) => {
        const converted = piece
          .replace(/<Placeholder>\s*([^<]*?)\s*<\/Placeholder>/g, "[$1]")
          // Links: relative targets become absolute, so the copy works away from the site.
          .replace(/(!?\[[^\]]*\]\()([^)\s]+)((?:\s+"[^"]*")?\))/g, (_, open: string, href: string, close: string) => {
            return `${open}${new URL(href, pageUrl).href}${close}`;
          });
        const unknown = /<\/?([A-Z][A-Za-z0-9]*)\b/.exec(converted);
        if (unknown) {
          throw new Error(
            `${file}: the Markdown export does not know the component <${unknown[1]}>; ` +
              `it knows ${COMPONENTS.map((c) => `<${c}>`).join(" and ")} (add it in src/lib/markdown-export.ts)`,
          );
        }
        return converted;
      }),
    )
    .map((line) => (/^#{1,6}\s/.test(line) ? line.replace(/\s*\{\s*#[^}]*\}\s*$/, "") : line))
    .join("\n");
}

/** The MDX body of an answer as plain Markdown. */
export function mdxToMarkdown(body: string, options: ExportOptions): string {
  return splitFences(body.replace(/\r\n?/g, "\n"))
    .map((part) => (part.code ? part.text : convertProse(part.text, options)))
    .join("\n")
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
    `# ${doc.title}`,
    "",
    `> ${doc.summary.replace(/\s+/g, " ").trim()}`,
    "",
    `Source: ${doc.url}`,
    `Topics: ${doc.topics.join(", ")}`,
    `Updated: ${doc.updated}`,
    `From: ${doc.siteName}`,
    "",
    "---",
    "",
    answer,
    "",
  ].join("\n");
}

/** Plain text of converted Markdown (for structured data): markup removed, code and words kept. */
export function markdownToPlainText(markdown: string): string {
  return splitFences(markdown)
    .map((part) => {
      if (part.code) return part.text.split("\n").slice(1, -1).join("\n");
      return part.text
        .split("\n")
        .map((line) =>
          line
            .replace(/^#{1,6}\s+/, "")
            .replace(/^(\s*)[-*+]\s+/, "$1- ")
            .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
            .replace(/(\*\*|__)(.+?)\1/g, "$2")
            .replace(/(^|[^\w*])[*_]([^*_\s][^*_]*?)[*_](?=$|[^\w*])/g, "$1$2")
            .replace(/`([^`]*)`/g, "$1"),
        )
        .join("\n");
    })
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

export interface LlmsEntry {
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

const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

/** `/llms.txt`: an H1, a blockquote summary, a paragraph, then sections of `- [Title](url): notes`. */
export function llmsTxt(index: LlmsIndex): string {
  const item = (e: LlmsEntry) => `- [${oneLine(e.title).replace(/[[\]]/g, "\\$&")}](${e.url}): ${oneLine(e.summary)}`;
  const lines = [`# ${oneLine(index.siteName)}`, "", `> ${oneLine(index.summary)}`, "", oneLine(index.details), "", "## Questions", "", ...index.questions.map(item)];
  if (index.optional.length > 0) lines.push("", "## Optional", "", ...index.optional.map(item));
  return `${lines.join("\n")}\n`;
}
