/**
 * One broken copy of the site with a mistake in the frontmatter of every question, stray files in
 * content/questions/ and broken topics: one build must refuse it before writing anything and report every
 * mistake at once, each with its file, line, field and what is expected.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copySite, type SiteCopy } from "../helpers/site-copy";

const Q = (slug: string) => `content/questions/${slug}.mdx`;
let site: SiteCopy;
let result: { status: number | null; output: string };
/** 1-based line of the first line of `path` (in the broken copy) that matches `pattern`. */
let lineOf: (path: string, pattern: RegExp) => number;

beforeAll(() => {
  site = copySite();
  lineOf = (path, pattern) =>
    site
      .read(path)
      .split("\n")
      .findIndex((l) => pattern.test(l)) + 1;
  const setField = (slug: string, field: string, value: string | undefined) =>
    site.edit(Q(slug), (t) =>
      t.replace(new RegExp(`^${field}:.*\\n`, "m"), value === undefined ? "" : `${field}: ${value}\n`),
    );

  setField("cost-optimization", "updated", "2026-13-45");
  site.edit(Q("cost-optimization"), (t) =>
    t.replace(/^topics: \[/m, "topics: [blockchain, ").replace(/^summary:/m, 'sumary: "typo"\nsummary:'),
  );
  setField("deployment-challenges", "updated", "2026-02-30");
  setField("deployment-challenges", "order", '"six"');
  setField("evaluation-and-monitoring", "updated", "20261129");
  setField("fine-tuning-experience", "updated", "11/29/2026");
  setField("genai-project-end-to-end", "updated", "2026-11-29T23:30:00-05:00");
  setField("marketing-content-generation", "updated", undefined);
  setField("marketing-content-generation", "summary", JSON.stringify("x".repeat(161)));
  setField("prompt-engineering-in-production", "updated", "");
  site.edit(Q("staying-current"), (t) => `${t}\n\nResponses in <2s are the goal.\n`);

  const valid = site.read(Q("staying-current"));
  site.write("content/questions/extra-question.md", valid);
  site.write("content/questions/Shouting.MDX", valid);
  site.write("content/questions/archive/old-question.mdx", valid);
  site.write("content/questions/Bad_Name.mdx", valid);

  site.edit(
    "content/topics.yaml",
    (t) =>
      `${t}\nData_Pipelines:\n  title: Pipelines\n  description: ${"A paragraph about data pipelines. ".repeat(3)}\ntiny:\n  title: T\n  description: too short\n  colour: red\n`,
  );
  result = site.build();
}, 200_000);

afterAll(() => site?.remove());

describe("a copy with broken frontmatter, stray files and broken topics", () => {
  it("fails before writing anything, with one report of every problem", () => {
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/Content check failed: \d+ problems in \d+ files; nothing was built\./);
    expect(site.exists("dist")).toBe(false);
  });

  it("refuses impossible and malformed dates, naming what it got", () => {
    const at = (slug: string) => `${Q(slug)}:${lineOf(Q(slug), /^updated:/)}`;
    const lines = [
      `${at("cost-optimization")}: field "updated": expected a real calendar date written as YYYY-MM-DD (got "2026-13-45": there is no month 13)`,
      `${at("deployment-challenges")}: field "updated": expected a real calendar date written as YYYY-MM-DD (got "2026-02-30": February 2026 has 28 days)`,
      `${at("evaluation-and-monitoring")}: field "updated": expected a date written as YYYY-MM-DD (got 20261129)`,
      `${at("fine-tuning-experience")}: field "updated": expected a real calendar date written as YYYY-MM-DD (got "11/29/2026": it is not written as YYYY-MM-DD (year, month, day))`,
      `${at("genai-project-end-to-end")}: field "updated": expected a real calendar date written as YYYY-MM-DD (got "2026-11-29T23:30:00-05:00": it is not written as YYYY-MM-DD (year, month, day))`,
      `${at("prompt-engineering-in-production")}: field "updated": expected a date written as YYYY-MM-DD (it is empty)`,
      `${Q("marketing-content-generation")}:2: field "updated": expected a date written as YYYY-MM-DD (it is missing)`,
    ];
    for (const line of lines) expect(result.output).toContain(line);
  });

  it("names an unknown topic with the known ones, an unknown field with the allowed ones, and wrong types", () => {
    const cost = Q("cost-optimization");
    expect(result.output).toMatch(
      new RegExp(
        `${cost}:${lineOf(cost, /^topics:/)}: field "topics\\[0\\]": expected a topic id from content/topics\\.yaml \\(got "blockchain", which is not one; known topics: rag, .*caching`,
      ),
    );
    expect(result.output).toContain(
      `${cost}:${lineOf(cost, /^sumary:/)}: field "sumary" is not a field this file may have; expected one of: title, order, summary, topics, updated, sections`,
    );
    const deploy = Q("deployment-challenges");
    expect(result.output).toContain(
      `${deploy}:${lineOf(deploy, /^order:/)}: field "order": expected a whole number from 1 upwards (got "six")`,
    );
    const marketing = Q("marketing-content-generation");
    expect(result.output).toContain(
      `${marketing}:${lineOf(marketing, /^summary:/)}: field "summary": expected at most 160 characters (got "${"x".repeat(40)}…")`,
    );
  });

  it("names the file and line of MDX that does not parse", () => {
    const file = Q("staying-current");
    expect(result.output).toContain(
      `${file}:${lineOf(file, /<2s/)}: the MDX does not parse at column 14: Unexpected character`,
    );
    expect(result.output).toContain("put such text in a code span");
  });

  it("refuses files content/questions/ would skip without a word", () => {
    for (const line of [
      "content/questions/extra-question.md: this file is not read, so it would be left out silently; question files are MDX: rename it to extra-question.mdx",
      'content/questions/Shouting.MDX: this file is not read, so it would be left out silently; the extension must be ".mdx" in lower case: rename it to Shouting.mdx',
      "content/questions/archive/: subfolders of content/questions/ are not read; move the question files into content/questions/ itself",
      'content/questions/Bad_Name.mdx: the file name is the page\'s URL and must be kebab-case (lowercase letters and digits in words joined by single hyphens, starting with a letter), such as "cost-optimization.mdx" (got "Bad_Name")',
    ]) {
      expect(result.output).toContain(line);
    }
  });

  it("refuses a topic id that is not kebab-case and names a topic's bad fields at their lines", () => {
    const topics = "content/topics.yaml";
    expect(result.output).toContain(
      `${topics}:${lineOf(topics, /^Data_Pipelines:/)}: topic id "Data_Pipelines" must be kebab-case`,
    );
    expect(result.output).toContain(
      `${topics}:${lineOf(topics, /^ {2}title: T$/)}: topic "tiny", field "title": expected a short topic name (at least 2 characters) (got "T")`,
    );
    expect(result.output).toContain(
      `${topics}:${lineOf(topics, /^ {2}description: too short$/)}: topic "tiny", field "description": expected one paragraph (at least 40 characters) (got "too short")`,
    );
    expect(result.output).toContain(
      `${topics}:${lineOf(topics, /^ {2}colour: red$/)}: topic "tiny", field "colour" is not a field this file may have; expected one of: title, description, aliases`,
    );
  });

  it("never says a missing value was a date, nor uses Zod's own wording", () => {
    expect(result.output).not.toMatch(
      /\(got a date\)|expected unknown topic|Unrecognized key|Too big|Too small|\(frontmatter\)/,
    );
  });
});
