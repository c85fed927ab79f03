/** Turns schema issues into messages a writer can act on: file, field, what is expected. */

/** The parts of a Zod issue this module reads (kept structural so tests can pass literals). */
export interface IssueLike {
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly code?: string;
  readonly input?: unknown;
  /** Nested issues, as Zod reports for an invalid record key. */
  readonly issues?: readonly { readonly message: string }[];
}

/** Renders a field path as a writer sees it in YAML: `sections.data-pipeline[0]`. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return "(frontmatter)";
  return path
    .map((part, i) => (typeof part === "number" ? `[${part}]` : `${i === 0 ? "" : "."}${String(part)}`))
    .join("");
}

function describeInput(input: unknown): string {
  if (input === undefined) return "it is missing";
  if (typeof input === "string") return `got "${input.length > 40 ? `${input.slice(0, 40)}…` : input}"`;
  if (input instanceof Date) return `got a date`;
  if (Array.isArray(input)) return `got a list of ${input.length}`;
  return `got ${typeof input === "object" ? JSON.stringify(input) : String(input)}`;
}

/** One line per issue: `  - field "summary": expected at most 160 characters (got "…")`. */
export function formatIssue(issue: IssueLike): string {
  const field = formatFieldPath(issue.path);
  // Zod's own wording ("Invalid input: expected string, received undefined") is trimmed to the
  // expectation; what was received is said from the input instead.
  const raw = issue.code === "invalid_key" && issue.issues?.[0] ? issue.issues[0].message : issue.message;
  const expected = raw
    .replace(/^Invalid input: /, "")
    .replace(/^expected /, "")
    .replace(/, received \w+$/, "");
  const got = issue.code === "custom" || issue.code === "unrecognized_keys" ? "" : ` (${describeInput(issue.input)})`;
  return `  - field "${field}": expected ${expected}${got}`;
}

/** A complete error message for one content file. */
export function formatContentError(file: string, issues: readonly IssueLike[]): string {
  const noun = issues.length === 1 ? "field" : "fields";
  return [`${file}: ${issues.length} invalid ${noun}:`, ...issues.map(formatIssue)].join("\n");
}
