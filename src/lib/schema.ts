/**
 * Frontmatter schemas for the two content collections. These schemas are the
 * documentation of every field a writer can set: read them before editing content.
 */
import { z } from "astro/zod";

/** Ids of content: lowercase words joined by single hyphens, no leading digit. */
export const KEBAB_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

export const SUMMARY_MAX = 160;

const kebabId = (what: string) =>
  z.string().regex(KEBAB_ID, {
    error: `${what} must be kebab-case (lowercase letters, digits and single hyphens, starting with a letter)`,
  });

/**
 * Builds the schema of a question's frontmatter. `knownTopicIds` is called at
 * validation time (not at import), so edits to topics.yaml are seen by a running
 * dev server.
 */
export function createQuestionSchema(knownTopicIds: () => readonly string[]) {
  const topicId = kebabId("a topic id").refine(
    (id) => knownTopicIds().includes(id),
    {
      error: (issue) =>
        `unknown topic "${String(issue.input)}"; known topics: ${knownTopicIds().join(", ")}`,
    },
  );

  return z
    .object({
      /** The question, word for word as asked; the page's h1 and <title>. */
      title: z.string().trim().min(10, { error: "the question text, at least 10 characters" }),
      /** Position in the sequence, 1..n with no gaps or repeats across all questions. */
      order: z.number().int().min(1, { error: "a whole number from 1 upwards" }),
      /** One or two sentences of our own for cards and the meta description. */
      summary: z
        .string()
        .trim()
        .min(20, { error: "one or two sentences (at least 20 characters)" })
        .max(SUMMARY_MAX, { error: `at most ${SUMMARY_MAX} characters` }),
      /** Topic ids from content/topics.yaml, most central first; at least one. */
      topics: z
        .array(topicId)
        .min(1, { error: "at least one topic id from content/topics.yaml" })
        .refine((ids) => new Set(ids).size === ids.length, {
          error: "each topic may be listed once",
        }),
      /** Date the answer was last revised (YYYY-MM-DD). */
      updated: z.coerce.date({ error: "a date written as YYYY-MM-DD" }),
      /**
       * Sections that treat a topic in depth: heading id on this page -> topic ids.
       * Heading ids are checked against the rendered page when the site is built.
       */
      sections: z.record(kebabId("a section (heading) id"), z.array(topicId).min(1)).default({}),
    })
    .strict();
}

/** Schema of one entry of content/topics.yaml (the id is the YAML key). */
export const topicSchema = z
  .object({
    /** Short name shown on chips, topic pages and search filters. */
    title: z.string().trim().min(2, { error: "a short topic name" }),
    /** One paragraph, written for this site, shown on the topic page. */
    description: z.string().trim().min(40, { error: "one paragraph (at least 40 characters)" }),
    /** Other words readers use for this topic; they feed search. */
    aliases: z.array(z.string().trim().min(2)).default([]),
  })
  .strict();

export type QuestionSchema = ReturnType<typeof createQuestionSchema>;
export type QuestionData = z.output<QuestionSchema>;
export type TopicData = z.output<typeof topicSchema>;
