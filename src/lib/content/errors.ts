/**
 * Content problems in words a writer can act on: the file and line, the field or link, and what is expected.
 * Every check of the content reports through these, so the build prints one list of every problem it found.
 */

/** One thing wrong with the content. `line` is 1-based in the file, when there is one. */
export interface ContentProblem {
  readonly file: string;
  readonly line?: number | undefined;
  readonly message: string;
}

/** The parts of a Zod issue this module reads (kept structural so tests can pass literals). */
export interface IssueLike {
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly code?: string;
  readonly input?: unknown;
  /** The fields an `unrecognized_keys` issue found. */
  readonly keys?: readonly string[];
  readonly expected?: string;
  readonly minimum?: number | bigint;
  readonly maximum?: number | bigint;
  readonly origin?: string;
  /** Nested issues, as Zod reports for an invalid record key or a union. */
  readonly issues?: readonly IssueLike[];
}

/** Renders a field path as a writer sees it in YAML: `sections.data-pipeline[0]`. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  return path.map((part, i) => (typeof part === "number" ? `[${part}]` : `${i === 0 ? "" : "."}${String(part)}`)).join("");
}

/** What a value was, for "(got …)": strings quoted and shortened, lists counted. */
export function describeInput(input: unknown): string {
  if (input === undefined) return "it is missing";
  if (input === null) return "it is empty";
  if (typeof input === "string") return `got ${JSON.stringify(input.length > 40 ? `${input.slice(0, 40)}…` : input)}`;
  if (input instanceof Date) return `got the date ${Number.isNaN(input.getTime()) ? "(invalid)" : input.toISOString().slice(0, 10)}`;
  if (Array.isArray(input)) return `got a list of ${input.length}`;
  if (typeof input === "object") return "got a mapping of fields";
  return `got ${String(input)}`;
}

const TYPE_WORDS: Readonly<Record<string, string>> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "a mapping of fields",
  date: "a date",
};

/** Zod's own wording starts like this; such messages are rewritten from the issue's data. */
const ZOD_DEFAULT = /^(Invalid|Too (big|small)|Unrecognized key|Expected|Required)/;

function sizeWords(issue: IssueLike, bound: "at least" | "at most"): string {
  const n = Number(bound === "at least" ? issue.minimum : issue.maximum);
  if (issue.origin === "string") return `${bound} ${n} ${n === 1 ? "character" : "characters"}`;
  if (issue.origin === "array" || issue.origin === "set") return `${bound} ${n} ${n === 1 ? "item" : "items"}`;
  return `a number ${bound} ${n}`;
}

/** What an issue expects, in plain words. */
function expectation(issue: IssueLike): string {
  if (issue.code === "invalid_key" || issue.code === "invalid_union" || issue.code === "invalid_element") {
    const inner = issue.issues?.[0];
    if (inner) return expectation(inner);
  }
  if (!ZOD_DEFAULT.test(issue.message)) return issue.message;
  switch (issue.code) {
    case "invalid_type":
      return TYPE_WORDS[issue.expected ?? ""] ?? String(issue.expected ?? "another kind of value");
    case "too_small":
      return sizeWords(issue, "at least");
    case "too_big":
      return sizeWords(issue, "at most");
    default:
      return issue.message.replace(/^Invalid input: /, "").replace(/^expected /, "");
  }
}

/** Whether the "(got …)" part is already said (refinements say it themselves). */
function saysWhatItGot(issue: IssueLike, text: string): boolean {
  return issue.code === "custom" || /\(got /.test(text);
}

export interface IssueOptions {
  /** Fields the value may have, named when an unknown one is found. */
  readonly allowedFields?: readonly string[];
  /** Prefix naming the thing checked, such as `topic "rag"`; fields follow it. */
  readonly subject?: string;
}

/**
 * The messages for one schema issue, without the file: `field "summary": expected at most 160 characters (got "…")`.
 * An unknown field gives one message per field, listing the allowed ones.
 */
export function issueMessages(issue: IssueLike, { allowedFields, subject }: IssueOptions = {}): string[] {
  const label = (path: readonly PropertyKey[]) => {
    const field = formatFieldPath(path);
    if (!subject) return field ? `field "${field}"` : "the frontmatter";
    return field ? `${subject}, field "${field}"` : subject;
  };
  if (issue.code === "unrecognized_keys") {
    const allowed = allowedFields ? `; expected one of: ${allowedFields.join(", ")}` : "";
    return (issue.keys ?? []).map((key) => `${label([...issue.path, key])} is not a field this file may have${allowed}`);
  }
  const expected = expectation(issue);
  const got = saysWhatItGot(issue, expected) ? "" : ` (${describeInput(issue.input)})`;
  return [`${label(issue.path)}: expected ${expected}${got}`];
}

/** `content/questions/x.mdx:12: message`, or without the line when there is none. */
function formatProblem(problem: ContentProblem): string {
  return `${problem.file}${problem.line ? `:${problem.line}` : ""}: ${problem.message}`;
}

/** Problems sorted by file, then line (problems without a line first), for a stable report. */
export function sortProblems(problems: readonly ContentProblem[]): ContentProblem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

/** The whole report: a count, then one line per problem. */
export function formatReport(problems: readonly ContentProblem[]): string {
  const files = new Set(problems.map((p) => p.file)).size;
  const head = `Content check failed: ${problems.length} ${problems.length === 1 ? "problem" : "problems"} in ${files} ${files === 1 ? "file" : "files"}; nothing was built.`;
  return [head, ...sortProblems(problems).map((p) => `  ${formatProblem(p)}`)].join("\n");
}

/** An Error whose message is the whole report, recognisable by name so each loader reports it once. */
export class ContentCheckError extends Error {
  override readonly name = "ContentCheckError";
  readonly problems: readonly ContentProblem[];
  constructor(problems: readonly ContentProblem[]) {
    super(formatReport(problems));
    this.problems = problems;
    // The report is the whole story for a writer; a stack trace of the checker would only bury it.
    this.stack = "";
  }
}
