/**
 * One broken copy of the site whose answers carry what a hostile or careless contributor might write: scripts,
 * event handlers, style attributes, embeds, remote images, links with schemes that run code (in any case, with
 * spaces, tabs and entities), expressions and imports that would run during the build, duplicate and reserved
 * heading ids, a code block that is never closed, an unknown code language, an empty answer, a broken order and
 * a topic no question uses. One build must refuse it before writing anything, naming each with file and line.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copySite, type SiteCopy } from "../helpers/site-copy";

const Q = (slug: string) => `content/questions/${slug}.mdx`;
const COST = Q("cost-optimization");
const DEPLOY = Q("deployment-challenges");
const EVAL = Q("evaluation-and-monitoring");
let site: SiteCopy;
let result: { status: number | null; output: string };
let lineOf: (path: string, pattern: RegExp | string) => number;

/** What a contributor appends to the cost answer: every line a separate attack. */
const HOSTILE = [
  "<script>alert(1)</script>",
  '<span onclick="alert(2)">click</span>',
  '<p style="color:red">red</p>',
  '<iframe src="https://example.org/"></iframe>',
  '<object data="movie.swf"></object>',
  '<embed src="movie.swf" />',
  "![chart](https://evil.example/chart.png)",
  "[a](JaVaScRiPt:alert(3))",
  "[b](%20javascript:alert(4))",
  "[c](java&#x09;script:alert(5))",
  "[d](data:text/html,hi)",
  "[e](vbscript:msgbox)",
  "[f][ref]",
  '<a href="  javascript:alert(6)">g</a>',
  "[h](<http://exa mple.org>)",
  "[ref]: javascript:alert(7)",
];

beforeAll(() => {
  site = copySite();
  lineOf = (path, pattern) =>
    site
      .read(path)
      .split("\n")
      .findIndex((l) => (typeof pattern === "string" ? l === pattern : pattern.test(l))) + 1;
  site.edit(COST, (t) => `${t.trimEnd()}\n\n${HOSTILE.join("\n\n")}\n`);
  site.edit(DEPLOY, (t) =>
    t.replace(
      "## Challenge 1: Latency Issues { #latency-issues }",
      [
        'import Evil from "../../src/lib/site.ts"',
        "",
        "Costs {process.exit(1)} nothing.",
        "",
        "## Main points { #main }",
        "",
        "## Related { #related-questions }",
        "",
        '## Styled { #styled onclick="alert(8)" }',
        "",
        "## Challenge 1: Latency Issues { #latency-issues }",
        "",
        "## Again { #latency-issues }",
      ].join("\n"),
    ),
  );
  site.edit(EVAL, (t) =>
    t.replace(
      "### 4. Model Drift Detection { #model-drift-detection }",
      "~~~python\nx = 1\n\n### 4. Model Drift Detection { #model-drift-detection }",
    ),
  );
  site.edit(Q("fine-tuning-experience"), (t) => t.replace("```python", "```pyhton"));
  site.edit(Q("genai-project-end-to-end"), (t) => t.slice(0, t.indexOf("\n---", 4) + 5));
  site.edit(Q("marketing-content-generation"), (t) => t.replace(/^order: \d+$/m, "order: 9"));
  site.edit(Q("prompt-engineering-in-production"), (t) => t.replace(/^order: \d+$/m, "order: 1"));
  site.edit(
    "content/topics.yaml",
    (t) =>
      `${t}\nvector-search:\n  title: Vector search\n  description: Finding passages by the meaning of their words rather than the words themselves.\n`,
  );
  result = site.build();
}, 200_000);

afterAll(() => site?.remove());

describe("a copy whose answers carry scripts, bad links and broken structure", () => {
  it("fails before writing anything", () => {
    expect(result.status).not.toBe(0);
    expect(result.output).toContain("Content check failed:");
    expect(site.exists("dist")).toBe(false);
  });

  it("refuses scripts, handlers, style attributes and embeds, with what to write instead", () => {
    const at = (line: string) => `${COST}:${lineOf(COST, line)}: `;
    for (const expected of [
      `${at(HOSTILE[0] ?? "")}<script> cannot be part of content: pages run only the site's own scripts. To show code, put it in a fenced code block`,
      `${at(HOSTILE[1] ?? "")}attribute "onclick" on <span> is an event handler: pages run only the site's own scripts, so content cannot carry any`,
      `${at(HOSTILE[2] ?? "")}attribute "style" on <p>: the site's Content-Security-Policy refuses inline styles and its stylesheets style content; use Markdown (*emphasis*, **strong**) instead`,
      `${at(HOSTILE[3] ?? "")}<iframe> cannot be part of content: a page embeds nothing from elsewhere. Link to it instead: [what it is](https://…)`,
      `${at(HOSTILE[4] ?? "")}<object> cannot be part of content: a page embeds nothing from elsewhere.`,
      `${at(HOSTILE[5] ?? "")}<embed> cannot be part of content: a page embeds nothing from elsewhere.`,
      `${at(HOSTILE[6] ?? "")}image "https://evil.example/chart.png" would load from another site; a page may only load files of this site, so save the file in the project and use a relative path`,
    ]) {
      expect(result.output).toContain(expected);
    }
  });

  it("refuses link schemes that run code, however they are disguised, and a malformed address", () => {
    const at = (line: string) => `${COST}:${lineOf(COST, line)}: `;
    const scheme = (s: string) =>
      `uses the ${s}: scheme, which content may not use; expected an http or https address, a mailto: address or a relative link (../other-question/#section)`;
    for (const expected of [
      `${at("[a](JaVaScRiPt:alert(3))")}link "JaVaScRiPt:alert(3)" ${scheme("javascript")}`,
      `${at("[c](java&#x09;script:alert(5))")}link "java\\tscript:alert(5)" ${scheme("javascript")}`,
      `${at("[d](data:text/html,hi)")}link "data:text/html,hi" ${scheme("data")}`,
      `${at("[e](vbscript:msgbox)")}link "vbscript:msgbox" ${scheme("vbscript")}`,
      `${at("[ref]: javascript:alert(7)")}link definition: link "javascript:alert(7)" ${scheme("javascript")}`,
      `${at('<a href="  javascript:alert(6)">g</a>')}<a> link "  javascript:alert(6)" ${scheme("javascript")}`,
      `${at("[h](<http://exa mple.org>)")}link "http://exa mple.org" is not a valid URL`,
    ]) {
      expect(result.output).toContain(expected);
    }
    // A percent-encoded space is no space to a browser: that link is relative, and allowed.
    expect(result.output).not.toContain("%20javascript");
  });

  it("refuses expressions and imports, which would run code while the site is built", () => {
    expect(result.output).toContain(
      `${DEPLOY}:${lineOf(DEPLOY, /^Costs \{process/)}: {process.exit(1)} is an MDX expression, which runs code while the site is built`,
    );
    expect(result.output).toContain(
      `${DEPLOY}:${lineOf(DEPLOY, /^import Evil/)}: import and export lines are not allowed`,
    );
  });

  it("refuses heading ids used twice or used by the page itself, and heading attributes other than the id", () => {
    const at = (pattern: RegExp) => `${DEPLOY}:${lineOf(DEPLOY, pattern)}: `;
    const first = lineOf(DEPLOY, /\{ #latency-issues \}$/);
    for (const expected of [
      `${at(/^## Main points/)}heading id "main" is already used by the page itself, by the main landmark and skip-link target, in src/layouts/BaseLayout.astro; choose another id`,
      `${at(/^## Related/)}heading id "related-questions" is already used by the page itself, by the "Related questions" heading, in src/components/question/RelatedQuestions.astro; choose another id`,
      `${at(/^## Styled/)}heading attribute "onclick" cannot be used; a heading takes only its id: ## Styled { #styled }`,
      `${at(/^## Again/)}heading id "latency-issues" is used twice on this page (first on line ${first}); each heading needs its own id`,
    ]) {
      expect(result.output).toContain(expected);
    }
  });

  it("reports a code block that is never closed where it opens, and does not blame sections for it alone", () => {
    expect(result.output).toContain(
      `${EVAL}:${lineOf(EVAL, "~~~python")}: the code block opened here with ~~~ is never closed, so everything after it became code (it swallowed the heading "4. Model Drift Detection"); end it with a line holding only ~~~`,
    );
    expect(result.output).toContain(
      `${EVAL}:${lineOf(EVAL, /^ {2}model-drift-detection:/)}: field "sections.model-drift-detection": "model-drift-detection" is not a heading id on this page; expected one of its heading ids: evaluation-framework,`,
    );
    expect(result.output).toContain("(a code block that is never closed may have swallowed the heading)");
  });

  it("names an unknown code language, an empty answer, a broken order and a topic no question uses", () => {
    const tuning = Q("fine-tuning-experience");
    expect(result.output).toContain(
      `${tuning}:${lineOf(tuning, "```pyhton")}: code block language "pyhton" is not one the highlighter knows; expected a language such as python`,
    );
    expect(result.output).toContain(
      `${Q("genai-project-end-to-end")}: the file has no content after its frontmatter; write the answer below the closing ---`,
    );
    expect(result.output).toContain(
      `${Q("prompt-engineering-in-production")}:3: field "order": 1 is also used by ${Q("genai-project-end-to-end")}; each question needs its own number`,
    );
    expect(result.output).toContain(
      `${Q("marketing-content-generation")}:3: field "order": expected a number from 1 to 8 (8 questions, numbered without gaps), got 9; 2, 3 are missing`,
    );
    const topics = "content/topics.yaml";
    expect(result.output).toContain(
      `${topics}:${lineOf(topics, "vector-search:")}: topic "vector-search" is used by no question, so its page would list nothing; tag a question with it (in "topics" or "sections") or remove it`,
    );
  });
});
