/** The content check of content/topics.yaml: a mapping of kebab-case topic id to title, description and aliases. */
import { isMap, isScalar } from "yaml";
import type { ContentProblem } from "./errors";
import { KEBAB_ID, KEBAB_RULE, TOPIC_FIELDS, topicSchema } from "./schema";
import type { TopicData } from "./schema";
import { lineOfPath, readYaml, schemaProblems } from "./yaml-lines";

export const TOPICS_FILE = "content/topics.yaml";

export interface TopicsRead {
  readonly topics: Map<string, { readonly data: TopicData | undefined; readonly line: number }>;
  readonly problems: ContentProblem[];
}

/** Reads content/topics.yaml: a mapping of kebab-case topic id to title, description and aliases. */
export function checkTopicsFile(text: string | undefined): TopicsRead {
  const file = TOPICS_FILE;
  const problems: ContentProblem[] = [];
  const topics: TopicsRead["topics"] = new Map();
  const expected = "topic ids, each with a title, a description and aliases, such as:\n      rag:\n        title: Retrieval-Augmented Generation\n        description: …";
  if (text === undefined) {
    problems.push({ file, message: `the file is missing; the site's topics live there: ${expected}` });
    return { topics, problems };
  }
  const read = readYaml(text, 1, file, problems);
  if (problems.length > 0) return { topics, problems };
  const root = read.doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ""))) {
    problems.push({ file, message: `the file holds no topics; expected ${expected}` });
    return { topics, problems };
  }
  if (!isMap(root)) {
    problems.push({ file, line: lineOfPath(read, []), message: `expected a mapping of ${expected}` });
    return { topics, problems };
  }
  const all = (read.doc.toJS() ?? {}) as Record<string, unknown>;
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? pair.key.value : undefined;
    const id = typeof key === "string" || typeof key === "number" ? String(key) : "";
    const line = isScalar(pair.key) && pair.key.range ? read.lines.linePos(pair.key.range[0]).line : lineOfPath(read, []);
    if (!KEBAB_ID.test(id)) {
      problems.push({ file, line, message: `topic id ${JSON.stringify(id)} must be ${KEBAB_RULE}: it is the topic page's URL and what questions write in "topics"` });
      continue;
    }
    const result = topicSchema.safeParse(all[id], { reportInput: true });
    if (!result.success) {
      problems.push(...schemaProblems(file, read, result.error.issues, { subject: `topic "${id}"`, allowedFields: TOPIC_FIELDS }, [id]));
    }
    topics.set(id, { data: result.success ? result.data : undefined, line });
  }
  if (topics.size === 0 && problems.length === 0) problems.push({ file, message: `the file holds no topics; expected ${expected}` });
  return { topics, problems };
}

