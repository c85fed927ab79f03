/**
 * Frontmatter schemas for the content collections. These schemas are the documentation of every field a writer
 * can set: read them before editing content. Each error text is what the field expects, in plain words; the
 * messages a writer sees are put together in src/lib/content/errors.ts.
 */
import { z } from "astro/zod";
import { calendarDateOf, calendarDateProblem, parseCalendarDate } from "./calendar-date";

/** Ids of content (file names, topic ids, heading ids): lowercase words joined by single hyphens, no leading digit. */
export const KEBAB_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

export const KEBAB_RULE = "kebab-case (lowercase letters and digits in words joined by single hyphens, starting with a letter)";

export const SUMMARY_MAX = 160;

const kebabId = (what: string) =>
  z.string({ error: `${what} as text` }).regex(KEBAB_ID, {
    error: (issue) => `${what} in ${KEBAB_RULE}, such as "response-caching" (got ${JSON.stringify(issue.input)})`,
  });

/**
 * A calendar day written `YYYY-MM-DD`, read as midnight UTC. Strings come from the content check's YAML reader;
 * Dates from Astro's, which reads a plain date as midnight UTC (the check has refused impossible days by then).
 */
const calendarDate = z.preprocess(
  (value) => (value instanceof Date ? (calendarDateOf(value) ?? value.toISOString()) : value),
  z
    .string({ error: "a date written as YYYY-MM-DD" })
    .superRefine((text, ctx) => {
      const problem = calendarDateProblem(text);
      if (problem) ctx.addIssue({ code: "custom", input: text, message: `a real calendar date written as YYYY-MM-DD (got ${JSON.stringify(text)}: ${problem})` });
    })
    .transform((text) => parseCalendarDate(text) ?? new Date(Number.NaN)),
);

/** The fields of a question's frontmatter, in the order the README lists them. */
export const QUESTION_FIELDS = ["title", "order", "summary", "topics", "updated", "sections"] as const;

/**
 * Builds the schema of a question's frontmatter. `knownTopicIds` is called at validation time (not at import),
 * so edits to topics.yaml are seen by a running dev server; it should be cheap (content.config.ts caches it).
 */
export function createQuestionSchema(knownTopicIds: () => readonly string[]) {
  const topicId = kebabId("a topic id").refine((id) => knownTopicIds().includes(id), {
    error: (issue) =>
      `a topic id from content/topics.yaml (got ${JSON.stringify(issue.input)}, which is not one; known topics: ${knownTopicIds().join(", ")})`,
  });

  return z
    .object(
      {
        /** The question, word for word as asked; the page's h1 and <title>. */
        title: z.string({ error: "the question as text" }).trim().min(10, { error: "the question as text, at least 10 characters" }),
        /** Position in the sequence, 1..n with no gaps or repeats across all questions. */
        order: z.number({ error: "a whole number from 1 upwards" }).int({ error: "a whole number from 1 upwards" }).min(1, { error: "a whole number from 1 upwards" }),
        /** One or two sentences of our own for cards and the meta description. */
        summary: z
          .string({ error: "one or two sentences of text" })
          .trim()
          .min(20, { error: "one or two sentences (at least 20 characters)" })
          .max(SUMMARY_MAX, { error: `at most ${SUMMARY_MAX} characters` }),
        /** Topic ids from content/topics.yaml, most central first; at least one. */
        topics: z
          .array(topicId, { error: "a list of topic ids, such as [rag, caching]" })
          .min(1, { error: "at least one topic id from content/topics.yaml" })
          .refine((ids) => new Set(ids).size === ids.length, { error: "each topic listed once" }),
        /** Date the answer was last revised: a real day, written YYYY-MM-DD. */
        updated: calendarDate,
        /**
         * Sections that treat a topic in depth: heading id on this page -> topic ids.
         * Heading ids are checked against the page's headings by the content check.
         */
        sections: z
          .record(kebabId("a section (heading) id"), z.array(topicId, { error: "a list of topic ids, such as [caching]" }).min(1, { error: "at least one topic id" }), {
            error: "a mapping of heading id to topic ids",
          })
          .default({}),
      },
      { error: "the fields title, order, summary, topics, updated (and sections)" },
    )
    .strict();
}

/** The fields of a topic in content/topics.yaml. */
export const TOPIC_FIELDS = ["title", "description", "aliases"] as const;

/** Schema of one entry of content/topics.yaml (the id is the YAML key). */
export const topicSchema = z
  .object(
    {
      /** Short name shown on chips, topic pages and search filters. */
      title: z.string({ error: "a short topic name" }).trim().min(2, { error: "a short topic name (at least 2 characters)" }),
      /** One paragraph, written for this site, shown on the topic page. */
      description: z.string({ error: "one paragraph of text" }).trim().min(40, { error: "one paragraph (at least 40 characters)" }),
      /** Other words readers use for this topic; they feed search. */
      aliases: z
        .array(z.string({ error: "a word or phrase" }).trim().min(2, { error: "a word or phrase of at least 2 characters" }), {
          error: "a list of words, such as [RAG, retrieval]",
        })
        .default([]),
    },
    { error: "a mapping with title, description and aliases" },
  )
  .strict();

/** The fields of a note in content/notes/. */
export const NOTE_FIELDS = ["title"] as const;

/** Schema of a short piece of site prose (content/notes/). */
export const noteSchema = z
  .object(
    {
      /** Heading shown above the note. */
      title: z.string({ error: "a heading as text" }).min(2, { error: "a heading of at least 2 characters" }),
    },
    { error: "the field title" },
  )
  .strict();

type QuestionSchema = ReturnType<typeof createQuestionSchema>;
export type QuestionData = z.output<QuestionSchema>;
export type TopicData = z.output<typeof topicSchema>;
