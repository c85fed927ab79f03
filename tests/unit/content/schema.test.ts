import { describe, expect, it } from "vitest";
import { SUMMARY_MAX, createQuestionSchema, topicSchema } from "../../../src/lib/content/schema";
import { issueMessages } from "../../../src/lib/content/errors";

const schema = createQuestionSchema(() => ["rag", "caching"]);

const valid = {
  title: "How do you optimize costs while maintaining quality?",
  order: 3,
  summary: "Route by difficulty, cache what repeats, and trim prompts.",
  topics: ["caching"],
  updated: "2026-11-29",
};

const errorsOf = (data: unknown) => {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) throw new Error("expected the data to be refused");
  return result.error.issues.flatMap((issue) => issueMessages(issue, { allowedFields: ["title", "order"] })).join("\n");
};

describe("question schema", () => {
  it("accepts complete frontmatter and fills defaults", () => {
    const data = schema.parse(valid);
    expect(data.updated).toBeInstanceOf(Date);
    expect(data.sections).toEqual({});
  });

  it("accepts section topics keyed by heading id", () => {
    expect(schema.parse({ ...valid, sections: { "response-caching": ["caching"] } }).sections).toEqual({
      "response-caching": ["caching"],
    });
  });

  it("names a missing title and the file", () => {
    const { title: _omit, ...rest } = valid;
    const message = errorsOf(rest);
    expect(message).toBe('field "title": expected the question as text (it is missing)');
  });

  it("refuses an order that is not a whole number", () => {
    expect(errorsOf({ ...valid, order: "three" })).toMatch(/field "order": expected .*number/);
    expect(errorsOf({ ...valid, order: 1.5 })).toMatch(/field "order"/);
    expect(errorsOf({ ...valid, order: 0 })).toMatch(/field "order": expected a whole number from 1 upwards/);
  });

  it(`refuses a summary over ${SUMMARY_MAX} characters`, () => {
    expect(errorsOf({ ...valid, summary: "x".repeat(SUMMARY_MAX + 1) })).toMatch(
      new RegExp(`field "summary": expected at most ${SUMMARY_MAX} characters`),
    );
  });

  it("refuses an unknown topic, naming it and the known ones", () => {
    expect(errorsOf({ ...valid, topics: ["rag", "blockchain"] })).toMatch(
      /field "topics\[1\]": expected a topic id from content\/topics\.yaml \(got "blockchain", which is not one; known topics: rag, caching\)/,
    );
  });

  it("refuses an empty topic list", () => {
    expect(errorsOf({ ...valid, topics: [] })).toMatch(/field "topics": expected at least one topic id/);
  });

  it("refuses a topic listed twice", () => {
    expect(errorsOf({ ...valid, topics: ["rag", "rag"] })).toMatch(/field "topics": expected each topic listed once/);
  });

  it("refuses an unknown topic inside sections", () => {
    expect(errorsOf({ ...valid, sections: { "response-caching": ["nope"] } })).toMatch(
      /field "sections\.response-caching\[0\]": expected a topic id from content\/topics\.yaml \(got "nope"/,
    );
  });

  it("refuses a section id that is not kebab-case", () => {
    expect(errorsOf({ ...valid, sections: { "Response Caching": ["rag"] } })).toMatch(/field "sections.Response Caching": expected a section \(heading\) id in kebab-case .* \(got "Response Caching"\)/);
  });

  it("refuses a date that is not a date", () => {
    expect(errorsOf({ ...valid, updated: "last tuesday" })).toMatch(/field "updated": expected a real calendar date written as YYYY-MM-DD \(got "last tuesday"/);
  });

  it("refuses days that do not exist instead of rolling them over", () => {
    expect(errorsOf({ ...valid, updated: "2026-13-45" })).toBe('field "updated": expected a real calendar date written as YYYY-MM-DD (got "2026-13-45": there is no month 13)');
    expect(errorsOf({ ...valid, updated: "2026-02-30" })).toMatch(/February 2026 has 28 days/);
  });

  it("refuses a number, an empty value and a missing date, saying which", () => {
    expect(errorsOf({ ...valid, updated: 20261129 })).toBe('field "updated": expected a date written as YYYY-MM-DD (got 20261129)');
    expect(errorsOf({ ...valid, updated: null })).toBe('field "updated": expected a date written as YYYY-MM-DD (it is empty)');
    const { updated: _omit, ...rest } = valid;
    expect(errorsOf(rest)).toBe('field "updated": expected a date written as YYYY-MM-DD (it is missing)');
  });

  it("accepts a plain date as another YAML reader hands it over (midnight UTC), but not one with a time", () => {
    expect(schema.parse({ ...valid, updated: new Date("2026-11-29T00:00:00Z") }).updated.toISOString()).toBe("2026-11-29T00:00:00.000Z");
    expect(errorsOf({ ...valid, updated: new Date("2026-11-29T05:00:00Z") })).toMatch(/field "updated": expected a real calendar date/);
  });

  it("refuses fields it does not know, so typos do not pass silently", () => {
    expect(errorsOf({ ...valid, sumary: "typo" })).toBe('field "sumary" is not a field this file may have; expected one of: title, order');
  });

  it("reads the topic list when validating, not when the schema is made", () => {
    let known = ["rag"];
    const live = createQuestionSchema(() => known);
    expect(live.safeParse({ ...valid, topics: ["caching"] }).success).toBe(false);
    known = ["rag", "caching"];
    expect(live.safeParse({ ...valid, topics: ["caching"] }).success).toBe(true);
  });

  it("lists every problem at once", () => {
    expect(errorsOf({ order: -1 })).toMatch(/title[\s\S]*order[\s\S]*summary[\s\S]*topics[\s\S]*updated/);
  });
});

describe("topic schema", () => {
  it("accepts a topic and defaults aliases to none", () => {
    expect(topicSchema.parse({ title: "Caching", description: "x".repeat(60) }).aliases).toEqual([]);
  });

  it("refuses a topic without a description", () => {
    expect(topicSchema.safeParse({ title: "Caching" }).success).toBe(false);
  });
});
