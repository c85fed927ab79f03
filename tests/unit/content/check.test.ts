import { describe, expect, it } from "vitest";
import { checkContent, folderProblems } from "../../../src/lib/content/check";
import type { ContentFiles, FolderEntry } from "../../../src/lib/content/check";
import type { MdxRules } from "../../../src/lib/content/mdx-rules";

const rules: MdxRules = { components: { AdaptNote: [], Placeholder: [] }, isKnownLanguage: () => true, reservedIdOwner: () => undefined };
const both = { question: rules, note: rules };

const TOPICS = `rag:
  title: Retrieval
  description: Retrieval-augmented generation grounds answers in your own documents.
caching:
  title: Caching
  description: Caching keeps answers to repeated questions so the model is not asked again.
`;

const question = (order: number, extra: Partial<Record<"updated" | "topics" | "sections" | "body", string>> = {}) =>
  [
    "---",
    'title: "How do you make a good answer?"',
    `order: ${order}`,
    'summary: "A summary of twenty characters or more."',
    `topics: ${extra.topics ?? "[rag, caching]"}`,
    `updated: ${extra.updated ?? "2026-11-29"}`,
    ...(extra.sections ? ["sections:", extra.sections] : []),
    "---",
    "",
    extra.body ?? "## Caching { #response-caching }\n\nText.",
  ].join("\n");

const files = (questions: FolderEntry[], topics: string | undefined = TOPICS): ContentFiles => ({ topics, questions, notes: [] });
const file = (name: string, text: string): FolderEntry => ({ name, directory: false, text });
const report = (f: ContentFiles) => checkContent(f, both).problems.map((p) => `${p.file}${p.line ? `:${p.line}` : ""}: ${p.message}`);

describe("checkContent", () => {
  it("passes valid content and returns the topic ids", () => {
    const result = checkContent(files([file("a.mdx", question(1)), file("b.mdx", question(2))]), both);
    expect(result.problems).toEqual([]);
    expect(result.topicIds).toEqual(["rag", "caching"]);
  });

  it("collects every problem of every file in one pass, each with its file and line", () => {
    const problems = report(
      files([
        file("a.mdx", question(1, { updated: "2026-13-45", topics: "[rag, blockchain]" })),
        file("b.mdx", question(2, { body: "<script>alert(1)</script>" })),
        file("c.md", "# old"),
      ]),
    );
    expect(problems).toEqual([
      'content/questions/a.mdx:5: field "topics[1]": expected a topic id from content/topics.yaml (got "blockchain", which is not one; known topics: rag, caching)',
      'content/questions/a.mdx:6: field "updated": expected a real calendar date written as YYYY-MM-DD (got "2026-13-45": there is no month 13)',
      expect.stringMatching(/^content\/questions\/b\.mdx:9: <script> cannot be part of content/),
      "content/questions/c.md: this file is not read, so it would be left out silently; question files are MDX: rename it to c.mdx",
    ]);
  });

  it.each([
    ["20261129", "(got 20261129)"],
    ["11/29/2026", '(got "11/29/2026": it is not written as YYYY-MM-DD'],
    ["2026-11-29T23:00:00-05:00", "it is not written as YYYY-MM-DD"],
    ["", "(it is empty)"],
    ["2026-02-30", "February 2026 has 28 days"],
  ])("refuses the date %j, saying what it got", (updated, said) => {
    const [problem] = report(files([file("a.mdx", question(1, { updated }))]));
    expect(problem).toContain('content/questions/a.mdx:6: field "updated": expected ');
    expect(problem).toContain(said);
  });

  it("reports a missing date as missing, not as a date", () => {
    const text = question(1).replace(/^updated:.*\n/m, "");
    expect(report(files([file("a.mdx", text)]))).toEqual(['content/questions/a.mdx:2: field "updated": expected a date written as YYYY-MM-DD (it is missing)']);
  });

  it("names both files of a repeated order, and the file beyond a gap, at the line of its order", () => {
    expect(report(files([file("a.mdx", question(1)), file("b.mdx", question(1)), file("c.mdx", question(2))]))).toEqual([
      'content/questions/a.mdx:3: field "order": 1 is also used by content/questions/b.mdx; each question needs its own number',
      'content/questions/b.mdx:3: field "order": 1 is also used by content/questions/a.mdx; each question needs its own number',
    ]);
    expect(report(files([file("a.mdx", question(1)), file("b.mdx", question(3))]))).toEqual([
      'content/questions/b.mdx:3: field "order": expected a number from 1 to 2 (2 questions, numbered without gaps), got 3; 2 is missing',
    ]);
  });

  it("names a field it does not know and lists the fields it knows", () => {
    const text = question(1).replace("summary:", 'sumary: "x"\nsummary:');
    expect(report(files([file("a.mdx", text)]))).toEqual([
      'content/questions/a.mdx:4: field "sumary" is not a field this file may have; expected one of: title, order, summary, topics, updated, sections',
    ]);
  });

  it("names a section that is not a heading, at its line, and blames a fence that swallowed it", () => {
    const body = "## Intro { #intro }\n\n```python\nx = 1\n\n## Caching { #response-caching }\n";
    const problems = report(files([file("a.mdx", question(1, { sections: "  response-caching: [caching]", body }))]));
    expect(problems).toEqual([
      'content/questions/a.mdx:8: field "sections.response-caching": "response-caching" is not a heading id on this page; expected one of its heading ids: intro (a code block that is never closed may have swallowed the heading)',
      expect.stringMatching(/^content\/questions\/a\.mdx:13: the code block opened here with ``` is never closed.*swallowed the heading "Caching"/),
    ]);
  });

  it("refuses a topic no question uses, at its line in topics.yaml", () => {
    expect(report(files([file("a.mdx", question(1, { topics: "[rag]" }))]))).toEqual([
      'content/topics.yaml:4: topic "caching" is used by no question, so its page would list nothing; tag a question with it (in "topics" or "sections") or remove it',
    ]);
  });

  it("counts a topic used only in sections as used", () => {
    const text = question(1, { topics: "[rag]", sections: "  response-caching: [caching]" });
    expect(report(files([file("a.mdx", text)]))).toEqual([]);
  });

  it("reports an empty question folder and a missing one", () => {
    expect(report(files([]))).toEqual(["content/questions/: the folder holds no question files; the site needs at least one (content/questions/<slug>.mdx)"]);
    expect(report({ topics: TOPICS, questions: undefined, notes: undefined })).toEqual([
      "content/questions/: the folder is missing; the site's questions live there, one .mdx file each",
    ]);
  });

  it("checks notes against their own schema and the same MDX rules", () => {
    const problems = checkContent({ topics: TOPICS, questions: [file("a.mdx", question(1))], notes: [file("n.mdx", "---\ntitle: A note\ncolour: red\n---\n\n<iframe />")] }, both).problems;
    expect(problems.map((p) => p.message)).toEqual([expect.stringMatching(/^field "colour" is not a field this file may have; expected one of: title$/), expect.stringMatching(/^<iframe> cannot be part of content/)]);
  });
});

describe("folderProblems", () => {
  const entry = (name: string, directory = false): FolderEntry => ({ name, directory });

  it("refuses files the loader would skip without a word", () => {
    expect(folderProblems("content/questions", [entry("a.MDX"), entry("b.md"), entry("old"), entry("c.txt"), entry("nested", true), entry(".DS_Store"), entry("ok.mdx")], "question")).toEqual([
      { file: "content/questions/a.MDX", message: 'this file is not read, so it would be left out silently; the extension must be ".mdx" in lower case: rename it to a.mdx' },
      { file: "content/questions/b.md", message: "this file is not read, so it would be left out silently; question files are MDX: rename it to b.mdx" },
      { file: "content/questions/old", message: "this file is not read, so it would be left out silently; only question files (.mdx) belong in content/questions/; move it elsewhere" },
      { file: "content/questions/c.txt", message: "this file is not read, so it would be left out silently; only question files (.mdx) belong in content/questions/; move it elsewhere" },
      { file: "content/questions/nested/", message: "subfolders of content/questions/ are not read; move the question files into content/questions/ itself" },
    ]);
  });

  it("refuses a file name that is not kebab-case", () => {
    expect(folderProblems("content/questions", [entry("Cost_Optimization.mdx")], "question")[0]?.message).toMatch(/must be kebab-case.*\(got "Cost_Optimization"\)/);
  });
});

describe("checkContent when the MDX does not parse", () => {
  it("still checks the frontmatter and the orders, and does not judge sections against a page it could not read", () => {
    const text = question(1, { updated: "2026-02-30", sections: "  response-caching: [caching]", body: "Responses in <2s." });
    expect(report(files([file("a.mdx", text), file("b.mdx", question(3))]))).toEqual([
      'content/questions/a.mdx:6: field "updated": expected a real calendar date written as YYYY-MM-DD (got "2026-02-30": February 2026 has 28 days)',
      expect.stringMatching(/^content\/questions\/a\.mdx:11: the MDX does not parse at column 14/),
      'content/questions/b.mdx:3: field "order": expected a number from 1 to 2 (2 questions, numbered without gaps), got 3; 2 is missing',
    ]);
  });
});

describe("checkContent and editors' habits", () => {
  it("reads a file with a byte-order mark and Windows line endings like any other", () => {
    const text = `\uFEFF${question(1).replace(/\n/g, "\r\n")}`;
    expect(report(files([file("a.mdx", text)]))).toEqual([]);
  });
});
