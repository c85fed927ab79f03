import { readFileSync } from "node:fs";
import { defineCollection } from "astro:content";
import { file, glob } from "astro/loaders";
import type { Loader } from "astro/loaders";
import { z } from "astro/zod";
import { parse as parseYaml } from "yaml";
import { formatContentError } from "./lib/content-errors";
import { createQuestionSchema, topicSchema } from "./lib/schema";
import { slugFromFileName } from "./lib/slug";

const TOPICS_FILE = "./content/topics.yaml";

/** Topic ids, read when a question is validated so a running dev server sees edits. */
function knownTopicIds(): string[] {
  const data: unknown = parseYaml(readFileSync(TOPICS_FILE, "utf8"));
  return data && typeof data === "object" ? Object.keys(data) : [];
}

const questionSchema = createQuestionSchema(knownTopicIds);

/**
 * Wraps a loader so its entries are checked against `schema` first, failing with a
 * message that names the file and each field (Astro's own schema errors do not).
 */
function withReadableErrors(
  loader: Loader,
  schema: z.ZodType,
  describe: (entry: { id: string; fileName: string }) => string,
): Loader {
  return {
    ...loader,
    load: (context) =>
      loader.load({
        ...context,
        parseData: async (props) => {
          const result = schema.safeParse(props.data, { reportInput: true });
          if (!result.success) {
            const fileName = props.filePath?.split(/[\\/]/).pop() ?? props.id;
            throw new Error(formatContentError(describe({ id: props.id, fileName }), result.error.issues));
          }
          return context.parseData(props);
        },
      }),
  };
}

const questions = defineCollection({
  loader: withReadableErrors(
    glob({
      base: "./content/questions",
      pattern: "*.mdx",
      generateId: ({ entry }) => slugFromFileName(entry),
    }),
    questionSchema,
    ({ fileName }) => `content/questions/${fileName}`,
  ),
  schema: questionSchema,
});

const topics = defineCollection({
  loader: withReadableErrors(file(TOPICS_FILE), topicSchema, ({ id }) => `content/topics.yaml (topic "${id}")`),
  schema: topicSchema,
});

/** Short pieces of site prose (the closing advice on the home page). */
const notes = defineCollection({
  loader: glob({ base: "./content/notes", pattern: "*.mdx" }),
  schema: z.object({
    /** Heading shown above the note. */
    title: z.string().min(2),
  }),
});

export const collections = { questions, topics, notes };
