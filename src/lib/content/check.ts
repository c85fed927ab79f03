/**
 * The content check: every file of content/ read as a whole, every problem collected with its file and line, so
 * one build reports all of them. Runs before Astro's own loaders (src/content.config.ts), so nothing is built
 * from content that fails it, and whatever Astro's content cache holds from an earlier build is never used
 * unchecked. Pure: the caller reads the files and passes their text in.
 */
import { sortProblems } from "./errors";
import { TOPICS_FILE, checkTopicsFile } from "./topics-file";
import type { ContentProblem } from "./errors";
import type { z } from "astro/zod";
import { checkMdx } from "./mdx-rules";
import type { MdxHeading, MdxRules } from "./mdx-rules";
import { orderProblems } from "./order";
import { KEBAB_ID, KEBAB_RULE, NOTE_FIELDS, QUESTION_FIELDS, createQuestionSchema, noteSchema } from "./schema";
import type { QuestionData } from "./schema";
import { lineOfKey, readYaml, schemaProblems } from "./yaml-lines";
import type { YamlRead } from "./yaml-lines";

export const QUESTIONS_DIR = "content/questions";
export const NOTES_DIR = "content/notes";

/** One entry of a content folder, as the caller found it. `text` is read for every file ending in `.mdx`. */
export interface FolderEntry {
  readonly name: string;
  readonly directory: boolean;
  readonly text?: string | undefined;
}

export interface ContentFiles {
  /** Text of content/topics.yaml; undefined when the file is missing. */
  readonly topics: string | undefined;
  /** Entries of content/questions/; undefined when the folder is missing. */
  readonly questions: readonly FolderEntry[] | undefined;
  /** Entries of content/notes/; undefined when the folder is missing. */
  readonly notes: readonly FolderEntry[] | undefined;
}

export interface ContentCheckResult {
  readonly problems: ContentProblem[];
  /** Topic ids in file order (those whose key is a valid id). */
  readonly topicIds: string[];
}

/* ---- folders ---- */

/**
 * The entries of a content folder that are not files Astro would read as content: other extensions, `.MDX` in
 * capitals, `.md`, subfolders and file names that are not kebab-case. Names starting with a dot (editor and
 * system files) are skipped.
 */
export function folderProblems(dir: string, entries: readonly FolderEntry[], what: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const file = `${dir}/${entry.name}${entry.directory ? "/" : ""}`;
    if (entry.directory) {
      problems.push({ file, message: `subfolders of ${dir}/ are not read; move the ${what} files into ${dir}/ itself` });
      continue;
    }
    const dot = entry.name.lastIndexOf(".");
    const stem = dot > 0 ? entry.name.slice(0, dot) : entry.name;
    const ext = dot > 0 ? entry.name.slice(dot) : "";
    if (ext !== ".mdx") {
      const advice = /^\.mdx$/i.test(ext)
        ? `the extension must be ".mdx" in lower case: rename it to ${stem}.mdx`
        : /^\.(md|markdown)$/i.test(ext)
          ? `${what} files are MDX: rename it to ${stem}.mdx`
          : `only ${what} files (.mdx) belong in ${dir}/; move it elsewhere`;
      problems.push({ file, message: `this file is not read, so it would be left out silently; ${advice}` });
      continue;
    }
    if (!KEBAB_ID.test(stem)) {
      problems.push({
        file,
        message: `the file name is the page's URL and must be ${KEBAB_RULE}, such as "cost-optimization.mdx" (got "${stem}")`,
      });
    }
  }
  return problems;
}

/* ---- MDX files ---- */

interface MdxFileRead<T> {
  readonly data: T | undefined;
  /** The page's headings; empty, and not to be judged, when the MDX does not parse. */
  readonly headings: MdxHeading[];
  readonly parsed?: boolean;
  readonly problems: ContentProblem[];
  /** The frontmatter as read, for the lines of its fields. */
  readonly yaml?: YamlRead;
  /** The frontmatter's values before the schema (to check orders across files even when another field fails). */
  readonly raw?: Record<string, unknown> | undefined;
}

/** The YAML between a file's opening `---` line and the next `---` line, for a file whose MDX does not parse. */
function frontmatterOf(source: string): { text: string; line: number } | undefined {
  const lines = source.split(/\r?\n/);
  if (lines[0]?.trimEnd() !== "---") return undefined;
  const end = lines.indexOf("---", 1);
  return end < 0 ? undefined : { text: lines.slice(1, end).join("\n"), line: 2 };
}

function checkMdxFile<T>(
  file: string,
  text: string,
  rules: MdxRules,
  schema: z.ZodType<T>,
  allowedFields: readonly string[],
): MdxFileRead<T> {
  const problems: ContentProblem[] = [];
  // A byte-order mark from an editor is not part of the text (Astro reads the file without it too).
  if (text.startsWith("\uFEFF")) text = text.slice(1);
  const source = text;
  const mdx = checkMdx(source, rules);
  problems.push(...mdx.problems.map((p) => ({ file, line: p.line, message: p.message })));
  // When the MDX does not parse, its frontmatter is still checked, so one build reports that too.
  const frontmatter = mdx.parsed ? mdx.frontmatter : frontmatterOf(source);
  if (!frontmatter) {
    problems.push({ file, line: 1, message: `the file has no frontmatter; it must start with a --- line, the fields (${allowedFields.join(", ")}) and another --- line` });
    return { data: undefined, headings: mdx.headings, problems };
  }
  const before = problems.length;
  const read = readYaml(frontmatter.text, frontmatter.line, file, problems);
  if (problems.length > before) return { data: undefined, headings: mdx.headings, problems };
  const js: unknown = read.doc.toJS() ?? {};
  const raw = typeof js === "object" && js !== null && !Array.isArray(js) ? (js as Record<string, unknown>) : undefined;
  const result = schema.safeParse(js, { reportInput: true });
  if (!result.success) {
    problems.push(...schemaProblems(file, read, result.error.issues, { allowedFields }));
    return { data: undefined, headings: mdx.headings, problems, yaml: read, raw };
  }
  return { data: result.data, headings: mdx.headings, problems, yaml: read, raw, parsed: mdx.parsed };
}

/** `sections` may only name heading ids of the page; each unknown one is reported at its line. */
function sectionProblems(file: string, data: QuestionData, read: MdxFileRead<QuestionData>): ContentProblem[] {
  if (!read.parsed) return [];
  const ids = read.headings.map((h) => h.id);
  const unclosed = read.problems.some((p) => p.message.includes("is never closed"));
  return Object.keys(data.sections)
    .filter((id) => !ids.includes(id))
    .map((id) => ({
      file,
      line: read.yaml ? lineOfKey(read.yaml, ["sections"], id) : undefined,
      message:
        `field "sections.${id}": "${id}" is not a heading id on this page; expected one of its heading ids: ${ids.join(", ") || "(the page has no headings)"}` +
        (unclosed ? " (a code block that is never closed may have swallowed the heading)" : ""),
    }));
}

/** Checks all content; every problem found, across every file, is in the result. */
export function checkContent(files: ContentFiles, rules: { question: MdxRules; note: MdxRules }): ContentCheckResult {
  const problems: ContentProblem[] = [];
  const topicsRead = checkTopicsFile(files.topics);
  problems.push(...topicsRead.problems);
  const topicIds = [...topicsRead.topics.keys()];
  const questionSchema = createQuestionSchema(() => topicIds);

  const questions: { id: string; file: string; data: QuestionData }[] = [];
  /** Each question file's order as written, or undefined when it is not a whole number from 1. */
  const orders: { file: string; order: number | undefined; line: number | undefined }[] = [];
  if (files.questions === undefined) {
    problems.push({ file: `${QUESTIONS_DIR}/`, message: "the folder is missing; the site's questions live there, one .mdx file each" });
  } else {
    problems.push(...folderProblems(QUESTIONS_DIR, files.questions, "question"));
    const mdxFiles = files.questions.filter((e) => !e.directory && e.name.endsWith(".mdx") && !e.name.startsWith("."));
    if (mdxFiles.length === 0) {
      problems.push({ file: `${QUESTIONS_DIR}/`, message: "the folder holds no question files; the site needs at least one (content/questions/<slug>.mdx)" });
    }
    for (const entry of mdxFiles) {
      const file = `${QUESTIONS_DIR}/${entry.name}`;
      const read = checkMdxFile(file, entry.text ?? "", rules.question, questionSchema, QUESTION_FIELDS);
      problems.push(...read.problems);
      const order = read.raw?.["order"];
      orders.push({
        file,
        order: typeof order === "number" && Number.isInteger(order) && order >= 1 ? order : undefined,
        line: read.yaml ? lineOfKey(read.yaml, [], "order") : undefined,
      });
      if (!read.data) continue;
      problems.push(...sectionProblems(file, read.data, read));
      questions.push({ id: entry.name.replace(/\.mdx$/, ""), file, data: read.data });
    }
  }

  // Orders are compared across every question file; a file whose own order is unusable is reported by the schema.
  if (orders.every((o) => o.order !== undefined)) {
    for (const problem of orderProblems(orders.map((o) => ({ id: o.file, order: o.order ?? 0 })))) {
      problems.push({ file: problem.id, line: orders.find((o) => o.file === problem.id)?.line, message: problem.message });
    }
  }

  // Unused topics are only judged when every question could be read, or a broken file would make its topics look unused.
  const everyQuestionRead = files.questions !== undefined && questions.length === files.questions.filter((e) => !e.directory && e.name.endsWith(".mdx") && !e.name.startsWith(".")).length;
  if (everyQuestionRead && questions.length > 0) {
    const used = new Set(questions.flatMap((q) => [...q.data.topics, ...Object.values(q.data.sections).flat()]));
    for (const [id, topic] of topicsRead.topics) {
      if (!used.has(id)) {
        problems.push({
          file: TOPICS_FILE,
          line: topic.line,
          message: `topic "${id}" is used by no question, so its page would list nothing; tag a question with it (in "topics" or "sections") or remove it`,
        });
      }
    }
  }

  if (files.notes !== undefined) {
    problems.push(...folderProblems(NOTES_DIR, files.notes, "note"));
    for (const entry of files.notes.filter((e) => !e.directory && e.name.endsWith(".mdx") && !e.name.startsWith("."))) {
      problems.push(...checkMdxFile(`${NOTES_DIR}/${entry.name}`, entry.text ?? "", rules.note, noteSchema, NOTE_FIELDS).problems);
    }
  }
  return { problems: sortProblems(problems), topicIds };
}
