/** YAML read with its lines, so a content problem in frontmatter or topics.yaml names the line it is on. */
import { LineCounter, isMap, isScalar, parseDocument } from "yaml";
import type { Document, Node as YamlNode } from "yaml";
import type { z } from "astro/zod";
import { issueMessages } from "./errors";
import type { ContentProblem, IssueOptions } from "./errors";

export interface YamlRead {
  readonly doc: Document;
  readonly lines: LineCounter;
  /** Line of the file where the YAML text starts (frontmatter starts below its ---). */
  readonly firstLine: number;
}

/** The mapping key written at `offset`: the rest of its line up to the colon. */
function keyAt(text: string, offset: number): string {
  const end = text.indexOf("\n", offset);
  const line = text.slice(offset, end < 0 ? undefined : end);
  const colon = line.indexOf(":");
  return (colon < 0 ? line : line.slice(0, colon)).trim().replace(/^["']|["']$/g, "");
}

export function readYaml(text: string, firstLine: number, file: string, problems: ContentProblem[]): YamlRead {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  for (const error of doc.errors) {
    const line = firstLine - 1 + lines.linePos(error.pos[0]).line;
    const message =
      error.code === "DUPLICATE_KEY"
        ? `the key ${JSON.stringify(keyAt(text, error.pos[0]))} appears twice; each key may appear once`
        : `the YAML does not parse: ${error.message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "")}`;
    problems.push({ file, line, message });
  }
  return { doc, lines, firstLine };
}

/** The line of the value at `path` (or of the nearest parent that exists), in file lines. */
export function lineOfPath(read: YamlRead, path: readonly PropertyKey[]): number {
  for (let n = path.length; n >= 0; n--) {
    const node = read.doc.getIn(path.slice(0, n), true) as YamlNode | undefined;
    if (node && typeof node === "object" && "range" in node && node.range) return read.firstLine - 1 + read.lines.linePos(node.range[0]).line;
  }
  return read.firstLine;
}

/** The line of a key of the mapping at `path`. */
export function lineOfKey(read: YamlRead, path: readonly PropertyKey[], key: string): number {
  const map = path.length === 0 ? read.doc.contents : read.doc.getIn(path, true);
  if (isMap(map)) {
    const pair = map.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
    if (pair && isScalar(pair.key) && pair.key.range) return read.firstLine - 1 + read.lines.linePos(pair.key.range[0]).line;
  }
  return lineOfPath(read, path);
}

/** Schema issues as problems, each at the line of its field. */
export function schemaProblems(file: string, read: YamlRead, issues: readonly z.core.$ZodIssue[], options: IssueOptions, basePath: readonly PropertyKey[] = []): ContentProblem[] {
  return issues.flatMap((issue) => {
    const path = [...basePath, ...issue.path];
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({
        file,
        line: lineOfKey(read, path, key),
        message: issueMessages({ ...issue, path: issue.path, keys: [key] }, options)[0] ?? "",
      }));
    }
    return issueMessages(issue as Parameters<typeof issueMessages>[0], options).map((message) => ({ file, line: lineOfPath(read, path), message }));
  });
}
