/**
 * Source fidelity: the eight MDX answers must keep every word and every code line of
 * the source document (tests/content/source/practical-experience.md, a verbatim copy of the
 * original kept as test data), in order, and their
 * headings and cross-links must be well formed.
 *
 * The parsing and normalising helpers live here on purpose: they are test code, not
 * site code, and they describe exactly what "nothing was lost" means.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";

const PROJECT_ROOT = resolve(import.meta.dirname, "../..");
const SOURCE_FILE = resolve(import.meta.dirname, "source/practical-experience.md");
const QUESTIONS_DIR = join(PROJECT_ROOT, "content/questions");
const TOPICS_FILE = join(PROJECT_ROOT, "content/topics.yaml");
const MIN_CROSS_LINKS = 12;
const KEBAB_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

// ---------------------------------------------------------------- source parsing

interface CodeBlock {
  /** Fence info string ("python", or "" for an unlabelled block). */
  readonly lang: string;
  readonly lines: string[];
}

interface SourceQuestion {
  readonly order: number;
  readonly title: string;
  /** Prose units in order: list items, paragraphs, bold labels, adapt notes. */
  readonly prose: string[];
  /** Bold labels that stand alone on their line (without `**` and trailing colon). */
  readonly labels: string[];
  readonly code: CodeBlock[];
}

function readSource(): string {
  if (!existsSync(SOURCE_FILE)) {
    throw new Error(
      `Source document not found: ${SOURCE_FILE}. The fidelity test compares the MDX answers with this ` +
        `committed copy of the original document; restore it from git (git checkout -- tests/content/source/).`,
    );
  }
  return readFileSync(SOURCE_FILE, "utf8").replace(/\r\n?/g, "\n");
}

const STANDALONE_BOLD = /^\*\*([^*]+)\*\*$/;
const LIST_ITEM = /^\s*(?:[-*+]|\d+\.)\s+(.*)$/;

/** Text of a standalone bold label, e.g. `**1. Data Pipeline:**` -> `1. Data Pipeline`. */
function labelText(line: string): string | undefined {
  const match = STANDALONE_BOLD.exec(line.trim());
  return match?.[1]?.trim().replace(/:$/, "").trim();
}

function parseSource(markdown: string): SourceQuestion[] {
  // The closing advice after the last `---` rule is not part of any question.
  const body = markdown.split(/^---\s*$/m)[0] ?? "";
  const chunks = body.split(/^## (?=\d+\.\s)/m).slice(1);
  return chunks.map((chunk) => {
    const [heading = "", ...lines] = chunk.split("\n");
    const headingMatch = /^(\d+)\.\s+(.+?)\s*$/.exec(heading);
    if (!headingMatch) throw new Error(`Unexpected question heading: "${heading}"`);
    const prose: string[] = [];
    const labels: string[] = [];
    const code: CodeBlock[] = [];
    let paragraph: string[] = [];
    let block: CodeBlock | undefined;
    const flush = () => {
      if (paragraph.length > 0) prose.push(paragraph.join(" "));
      paragraph = [];
    };
    for (const line of lines) {
      if (block) {
        if (/^```\s*$/.test(line)) {
          code.push(block);
          block = undefined;
        } else {
          block.lines.push(line);
        }
        continue;
      }
      const fence = /^```(.*)$/.exec(line);
      if (fence) {
        flush();
        block = { lang: (fence[1] ?? "").trim(), lines: [] };
        continue;
      }
      if (line.trim() === "") {
        flush();
        continue;
      }
      const label = labelText(line);
      if (label !== undefined) {
        flush();
        if (label === "Answer") continue; // bare "**Answer:**" labels are dropped by design
        labels.push(label);
        prose.push(line);
        continue;
      }
      const item = LIST_ITEM.exec(line);
      if (item) {
        flush();
        prose.push(item[1] ?? "");
        continue;
      }
      paragraph.push(line);
    }
    flush();
    if (block) throw new Error(`Unclosed code block in source question ${headingMatch[1]}`);
    return { order: Number(headingMatch[1]), title: headingMatch[2] ?? "", prose, labels, code };
  });
}

// ------------------------------------------------------------------ MDX parsing

interface MdxHeading {
  readonly depth: number;
  readonly text: string;
  readonly id: string | undefined;
}

interface MdxQuestion {
  readonly file: string;
  readonly slug: string;
  readonly frontmatter: Record<string, unknown>;
  /** Body lines outside fenced code blocks. */
  readonly proseLines: string[];
  readonly code: CodeBlock[];
  readonly headings: MdxHeading[];
}

const HEADING = /^(#{1,6})\s+(.*?)\s*$/;
const HEADING_ATTRIBUTE = /\s*\{\s*#([^\s}]+)\s*\}\s*$/;

function parseMdx(file: string): MdxQuestion {
  const text = readFileSync(join(QUESTIONS_DIR, file), "utf8").replace(/\r\n?/g, "\n");
  const fm = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!fm) throw new Error(`${file}: missing YAML frontmatter`);
  const frontmatter = parseYaml(fm[1] ?? "") as Record<string, unknown>;
  const proseLines: string[] = [];
  const code: CodeBlock[] = [];
  const headings: MdxHeading[] = [];
  let block: CodeBlock | undefined;
  for (const line of text.slice(fm[0].length).split("\n")) {
    if (block) {
      if (/^```\s*$/.test(line)) {
        code.push(block);
        block = undefined;
      } else {
        block.lines.push(line);
      }
      continue;
    }
    const fence = /^```(.*)$/.exec(line);
    if (fence) {
      block = { lang: (fence[1] ?? "").trim(), lines: [] };
      continue;
    }
    proseLines.push(line);
    const heading = HEADING.exec(line);
    if (heading) {
      const raw = heading[2] ?? "";
      const attribute = HEADING_ATTRIBUTE.exec(raw);
      headings.push({
        depth: (heading[1] ?? "").length,
        text: raw.replace(HEADING_ATTRIBUTE, "").trim(),
        id: attribute?.[1],
      });
    }
  }
  if (block) throw new Error(`${file}: unclosed code block`);
  return { file, slug: file.replace(/\.mdx$/, ""), frontmatter, proseLines, code, headings };
}

// ------------------------------------------------------------------ normalising

/**
 * Reduces Markdown/MDX prose to its words so that source and MDX can be compared:
 * formatting, links, components, heading syntax and typographic variants are removed.
 */
function normalise(text: string): string {
  return text
    .replace(/<Placeholder>\s*([\s\S]*?)\s*<\/Placeholder>/g, "[$1]")
    .replace(/<\/?AdaptNote>/g, "")
    .replace(/\*\(([^)]*)\)\*/g, "$1") // source adapt notes: *(Adapt ...)*
    .replace(HEADING_ATTRIBUTE, "")
    .replace(/^#{1,6}\s+/, "")
    .replace(/\[([^\]]*)\]\([^)\s]*\)/g, "$1")
    .replace(/\*\*/g, "")
    .replace(/\*/g, "")
    .replace(/[\u201C\u201D\u201E\u2033]/g, '"')
    .replace(/[\u2018\u2019\u201A\u2032]/g, "'")
    .replace(/[\u2013\u2014]/g, "-")
    .replace(/\u2026/g, "...")
    .replace(/\u00A0/g, " ")
    .replace(/:\s*$/, "") // trailing colon of a label
    .replace(/\s+/g, " ")
    .trim();
}

/** The MDX prose as one normalised string, each line normalised on its own. */
function normalisedBody(mdx: MdxQuestion): string {
  return mdx.proseLines
    .map((line) => line.replace(LIST_ITEM, "$1"))
    .map(normalise)
    .filter((line) => line !== "")
    .join(" ");
}

/** Index in `haystack` after `needle`, searching from `from`; -1 when absent. */
function findFrom(haystack: string, needle: string, from: number): number {
  const at = haystack.indexOf(needle, from);
  return at === -1 ? -1 : at + needle.length;
}

// ------------------------------------------------------------------------ setup

const source = parseSource(readSource());
const mdxFiles = readdirSync(QUESTIONS_DIR).filter((f) => f.endsWith(".mdx"));
const mdxQuestions = mdxFiles.map(parseMdx);
const mdxBySlug = new Map(mdxQuestions.map((q) => [q.slug, q]));
const byOrder = (order: number): MdxQuestion => {
  const found = mdxQuestions.filter((q) => q.frontmatter["order"] === order);
  if (found.length !== 1) {
    throw new Error(`expected exactly one MDX file with order ${order}, found ${found.length}`);
  }
  return found[0] as MdxQuestion;
};
const CROSS_LINK = /\]\((\.\.\/([^/)#\s]+)\/#([^)\s]+))\)/g;
const ANY_LINK = /\]\(([^)\s]*)\)/g;

describe("source document", () => {
  it("has eight numbered questions, each with prose and in order 1..8", () => {
    expect(source.map((q) => q.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    for (const q of source) expect(q.prose.length).toBeGreaterThan(3);
  });

  it("has exactly one MDX file per question", () => {
    expect(mdxFiles).toHaveLength(source.length);
  });
});

describe.each(source)("question $order", (q) => {
  it("uses the question text, word for word, as its title", () => {
    expect(byOrder(q.order).frontmatter["title"]).toBe(q.title);
  });

  it("keeps every non-empty code line, in order, inside fenced blocks", () => {
    const mdxCode = byOrder(q.order).code.flatMap((block) => block.lines.map((l) => l.trimEnd()));
    let cursor = 0;
    for (const block of q.code) {
      for (const line of block.lines.map((l) => l.trimEnd()).filter((l) => l.trim() !== "")) {
        const at = mdxCode.indexOf(line, cursor);
        expect(at, `code line missing or out of order: ${JSON.stringify(line)}`).toBeGreaterThanOrEqual(0);
        cursor = at + 1;
      }
    }
  });

  it("fences Python blocks as python and unlabelled blocks as text", () => {
    const expected = q.code.map((block) => block.lang || "text");
    expect(byOrder(q.order).code.map((block) => block.lang)).toEqual(expected);
  });

  it("keeps every list item, paragraph and label of the answer, in order", () => {
    const body = normalisedBody(byOrder(q.order));
    let cursor = 0;
    for (const unit of q.prose) {
      const wanted = normalise(unit);
      const next = findFrom(body, wanted, cursor);
      expect(next, `prose missing or out of order: ${JSON.stringify(wanted)}`).toBeGreaterThanOrEqual(0);
      cursor = next;
    }
  });

  it("turns every standalone bold label into a heading with an explicit, well-formed id", () => {
    const mdx = byOrder(q.order);
    expect(mdx.headings.map((h) => normalise(h.text))).toEqual(q.labels.map(normalise));
    const ids = mdx.headings.map((h) => h.id);
    for (const [i, id] of ids.entries()) {
      expect(id, `heading "${mdx.headings[i]?.text}" has no { #id }`).toBeDefined();
      expect(id, `heading id "${id}" must be kebab-case without a numeric prefix`).toMatch(KEBAB_ID);
    }
    expect(new Set(ids).size, `duplicate heading ids in ${mdx.file}`).toBe(ids.length);
    expect(mdx.headings.every((h) => h.depth >= 2), "the page h1 comes from the title").toBe(true);
  });

  it("links only to existing sections of other answers", () => {
    const mdx = byOrder(q.order);
    const prose = mdx.proseLines.join("\n");
    for (const [, href = ""] of prose.matchAll(ANY_LINK)) {
      expect(href, "links must have the form ../<slug>/#<heading-id>").toMatch(/^\.\.\/[a-z0-9-]+\/#[a-z0-9-]+$/);
    }
    for (const [, href = "", slug = "", id = ""] of prose.matchAll(CROSS_LINK)) {
      const target = mdxBySlug.get(slug);
      expect(target, `${href}: no file content/questions/${slug}.mdx`).toBeDefined();
      expect(target?.headings.map((h) => h.id), `${href}: no heading { #${id} } in ${slug}.mdx`).toContain(id);
      expect(slug, `${href}: links point at other answers`).not.toBe(mdx.slug);
    }
  });
});

describe("cross-links and frontmatter", () => {
  const links = mdxQuestions.flatMap((q) =>
    [...q.proseLines.join("\n").matchAll(CROSS_LINK)].map((m) => ({ from: q.slug, to: m[2] ?? "" })),
  );

  it(`has at least ${MIN_CROSS_LINKS} cross-links, with every answer linking out`, () => {
    expect(links.length).toBeGreaterThanOrEqual(MIN_CROSS_LINKS);
    for (const q of mdxQuestions) expect(links.some((l) => l.from === q.slug), `${q.file} links nowhere`).toBe(true);
  });

  it("declares sections only for headings that exist and topics that exist, and uses every topic", () => {
    const topics = Object.keys(parseYaml(readFileSync(TOPICS_FILE, "utf8")) as Record<string, unknown>);
    const used = new Set<string>();
    for (const q of mdxQuestions) {
      const ids = q.headings.map((h) => h.id);
      const sections = (q.frontmatter["sections"] ?? {}) as Record<string, string[]>;
      const pageTopics = (q.frontmatter["topics"] ?? []) as string[];
      for (const [id, sectionTopics] of Object.entries(sections)) {
        expect(ids, `${q.file}: section "${id}" is not a heading id`).toContain(id);
        sectionTopics.forEach((t) => used.add(t));
      }
      pageTopics.forEach((t) => used.add(t));
      for (const t of used) expect(topics, `${q.file}: unknown topic "${t}"`).toContain(t);
    }
    expect(topics.filter((t) => !used.has(t)), "topics used by no question").toEqual([]);
  });
});
