import { describe, expect, it } from "vitest";
import { checkMdx } from "../../../src/lib/content/mdx-rules";
import type { MdxRules } from "../../../src/lib/content/mdx-rules";

const rules: MdxRules = {
  components: { AdaptNote: [], Placeholder: [] },
  isKnownLanguage: (lang) => ["python", "text", "ts"].includes(lang),
  reservedIdOwner: (id) => (id === "main" ? "the main landmark" : undefined),
};

const FRONT = "---\ntitle: x\n---\n\n";
/** The problems of a body placed after a three-line frontmatter (so the body's first line is line 5). */
const problems = (body: string) => checkMdx(FRONT + body, rules).problems;
const messages = (body: string) => problems(body).map((p) => p.message);

describe("checkMdx: what passes", () => {
  it("accepts Markdown, the page's components and plain HTML with harmless attributes", () => {
    const body = [
      "## Caching { #response-caching }",
      "",
      "Text with **bold**, `code`, a [link](../other/#x), a [mail](mailto:a@b.org) and ![a diagram](./d.png).",
      "",
      "<AdaptNote>Adapt it</AdaptNote> for <Placeholder>Company</Placeholder>.",
      "",
      '<details open><summary>More</summary><abbr title="Large language model">LLM</abbr></details>',
      "",
      "```python",
      "x = {1: 2}",
      "```",
    ].join("\n");
    const result = checkMdx(FRONT + body, rules);
    expect(result.problems).toEqual([]);
    expect(result.headings).toEqual([{ depth: 2, id: "response-caching", text: "Caching", line: 5 }]);
    expect(result.frontmatter).toEqual({ text: "title: x", line: 2 });
  });
});

describe("checkMdx: scripts, handlers, styles and embeds", () => {
  it("refuses a raw <script> with its line and what to write instead", () => {
    expect(problems("Intro\n\n<script>alert(1)</script>")).toEqual([
      { line: 7, message: expect.stringMatching(/^<script> cannot be part of content: pages run only the site's own scripts\. To show code, put it in a fenced code block/) },
    ]);
  });

  it.each(["<SCRIPT>alert(1)</SCRIPT>", "<svg><script>alert(1)</script></svg>", "<div><script>alert(1)</script></div>", "<p>x <script>alert(1)</script></p>"])(
    "finds a script however it is written or nested: %s",
    (body) => {
      expect(messages(body).some((m) => m.includes("<script>") || m.includes("<SCRIPT>"))).toBe(true);
    },
  );

  it.each(["onClick", "onclick", "ONERROR", "onMouseOver"])("refuses the event handler %s", (handler) => {
    expect(messages(`<span ${handler}="alert(1)">x</span>`)).toEqual([expect.stringMatching(new RegExp(`attribute "${handler}" on <span> is an event handler`))]);
  });

  it("refuses style attributes, classes and expression attributes, saying what to do", () => {
    expect(messages('<span style="color:red">x</span>')).toEqual([expect.stringMatching(/attribute "style" on <span>: the site's Content-Security-Policy refuses inline styles/)]);
    expect(messages('<p className="sr-only">x</p>')).toEqual([expect.stringMatching(/attribute "className" on <p>: content does not set classes/)]);
    expect(messages('<a href={"javascript:alert(1)"}>x</a>')).toEqual([expect.stringMatching(/attribute "href" on <a> is a JavaScript expression/)]);
    expect(messages("<a {...props}>x</a>")).toEqual([expect.stringMatching(/<a> has a JavaScript expression \(\{…\}\) among its attributes/)]);
    expect(messages('<a href="https://x.org" target="_blank">x</a>')).toEqual([expect.stringMatching(/attribute "target" is not one <a> may have in content; allowed: id, title, lang, dir, href/)]);
  });

  it.each(["iframe", "object", "embed", "frame", "portal"])("refuses <%s> and says to link instead", (tag) => {
    expect(messages(`<${tag} src="https://x.org/"></${tag}>`)[0]).toMatch(new RegExp(`^<${tag}> cannot be part of content: a page embeds nothing from elsewhere\\. Link to it instead`));
  });

  it("refuses <style>, <meta>, forms, media and unknown elements", () => {
    expect(messages("<style>{`p{}`}</style>")[0]).toMatch(/^<style> cannot be part of content/);
    expect(messages('<meta httpEquiv="refresh" content="0;url=https://x.org" />')[0]).toMatch(/^<meta> cannot be part of content: the page's head/);
    expect(messages("<form><button>Go</button></form>")[0]).toMatch(/^<form> cannot be part of content: answers hold no controls/);
    expect(messages("<video />")[0]).toMatch(/^<video> cannot be part of content: media come from this site as Markdown images/);
    expect(messages("<marquee>x</marquee>")[0]).toMatch(/^<marquee> is not an element content may use; write Markdown/);
    expect(messages("<h2>Title</h2>")[0]).toMatch(/write headings in Markdown/);
  });

  it("refuses components the page does not pass in, and attributes on its own", () => {
    expect(messages("<Chart data={x} />")[0]).toMatch(/^<Chart> is not a component content can use; the page passes in <AdaptNote> and <Placeholder>/);
    expect(messages('<AdaptNote tone="x">y</AdaptNote>')).toEqual([expect.stringMatching(/attribute "tone" is not one <AdaptNote> may have in content; allowed: none/)]);
    expect(messages("<Placeholder>A <b>B</b></Placeholder>")).toEqual([expect.stringMatching(/<Placeholder> holds plain words only/)]);
    expect(messages(`<Placeholder>${"a".repeat(41)}</Placeholder>`)).toEqual([expect.stringMatching(/is not a placeholder name: a letter, then at most 39 more characters/)]);
    expect(messages("<Placeholder>2nd role</Placeholder>")).toEqual([expect.stringMatching(/^<Placeholder>2nd role<\/Placeholder> is not a placeholder name/)]);
  });

  it("refuses expressions and imports, which would run code during the build", () => {
    expect(problems("Costs {process.exit(1)} nothing")).toEqual([{ line: 5, message: expect.stringMatching(/^\{process\.exit\(1\)\} is an MDX expression, which runs code while the site is built; to show braces, put them in a code span/) }]);
    expect(messages('import X from "../../src/x"\n\nText')[0]).toMatch(/^import and export lines are not allowed/);
    expect(messages("{/* a note */ alert(1) /* more */}")[0]).toMatch(/is an MDX expression/);
    expect(messages("{/* a note for editors */}\n\nText {/* inline */} here")).toEqual([]);
    expect(messages("export const a = 1\n\nText")[0]).toMatch(/^import and export lines are not allowed/);
  });
});

describe("checkMdx: links and images", () => {
  it("refuses bad schemes in Markdown links, link definitions and HTML links, after entity decoding", () => {
    expect(messages("[a](JaVaScRiPt:alert(1))")[0]).toMatch(/link "JaVaScRiPt:alert\(1\)" uses the javascript: scheme/);
    expect(messages("[a](java&#x09;script:alert(1))")[0]).toMatch(/link "java\\tscript:alert\(1\)" uses the javascript: scheme/);
    expect(messages("[a](<javascript:alert(1)>)")[0]).toMatch(/uses the javascript: scheme/);
    expect(messages("[a][x]\n\n[x]: vbscript:msgbox(1)")[0]).toMatch(/^link definition: link "vbscript:msgbox\(1\)" uses the vbscript: scheme/);
    expect(messages('<a href="java&#x0A;script:alert(1)">a</a>')[0]).toMatch(/^<a> link "java\\nscript:alert\(1\)" uses the javascript: scheme/);
    expect(messages("[a](javascript&colon;alert(1))")[0]).toMatch(/link "javascript:alert\(1\)" uses the javascript: scheme/);
    expect(messages('<a href="&#106;avascript&colon;alert(1)">a</a>')[0]).toMatch(/<a> link "javascript:alert\(1\)" uses the javascript: scheme/);
    expect(messages("[a](javascript%3Aalert(1)) [b](%20javascript:alert(1))")).toEqual([]); // relative paths to a browser
    expect(messages('<a href="data:text/html,x">a</a>')[0]).toMatch(/uses the data: scheme/);
    expect(messages('<blockquote cite="javascript:x">q</blockquote>')[0]).toMatch(/uses the javascript: scheme/);
    expect(messages("[a](<https://exa mple.org>)")[0]).toMatch(/is not a valid URL/);
  });

  it("refuses images from elsewhere, in Markdown, HTML and by reference", () => {
    expect(messages("![x](https://evil.example/p.png)")[0]).toMatch(/^image "https:\/\/evil\.example\/p\.png" would load from another site/);
    expect(messages('<img src="//evil.example/p.png" alt="x" />')[0]).toMatch(/^<img> source "\/\/evil\.example\/p\.png" would load from another site/);
    expect(messages("![x][p]\n\n[p]: https://evil.example/p.png")).toEqual([expect.stringMatching(/would load from another site/)]);
    expect(messages("![x](data:image/png;base64,AAA)")[0]).toMatch(/would load from a data: address/);
  });
});

describe("checkMdx: headings", () => {
  it("requires an id, in kebab-case, unique on the page and not one the page uses", () => {
    expect(problems("## Caching")).toEqual([{ line: 5, message: 'heading "Caching" has no id; give it a permanent one, which is its link: ## Caching { #caching }' }]);
    expect(messages("## Caching { #Response_Caching }")).toEqual([expect.stringMatching(/^heading id "Response_Caching" must be kebab-case .*, such as "response-caching"$/)]);
    expect(problems("## A { #same }\n\n## B { #same }")).toEqual([{ line: 7, message: 'heading id "same" is used twice on this page (first on line 5); each heading needs its own id' }]);
    expect(messages("## Main points { #main }")).toEqual(['heading id "main" is already used by the page itself, by the main landmark; choose another id']);
    expect(messages('## A { #a }\n\n<span id="a">x</span>')).toEqual([expect.stringMatching(/<span> id "a" is used twice on this page \(first on line 5\)/)]);
  });

  it("refuses heading attributes other than the id, and a level-1 heading", () => {
    expect(messages('## Title { #title onclick="alert(1)" style="color:red" .big }')).toEqual([
      expect.stringMatching(/^heading attribute "class" cannot be used/),
      expect.stringMatching(/^heading attribute "onclick" cannot be used; a heading takes only its id: ## Title \{ #title \}/),
      expect.stringMatching(/^heading attribute "style" cannot be used/),
    ]);
    expect(messages("# Title { #title }")[0]).toMatch(/level-1 heading/);
  });
});

describe("checkMdx: code blocks and parse errors", () => {
  it("reports a fence that is never closed where it opens, with the headings it swallowed", () => {
    expect(problems("## A { #a }\n\n```python\nx = 1\n\n## B { #b }\n\nText")).toEqual([
      { line: 7, message: 'the code block opened here with ``` is never closed, so everything after it became code (it swallowed the heading "B"); end it with a line holding only ```' },
    ]);
    expect(messages("- item\n\n  ~~~~text\n  code\n\n- next")[0]).toMatch(/opened here with ~~~~ is never closed/);
  });

  it("accepts closed fences, longer closing fences and fences in quotes and lists", () => {
    expect(messages("```python\nx\n`````\n\n> ```text\n> y\n> ```\n\n- a\n\n  ```ts\n  z\n  ```\n\n    indented code")).toEqual([]);
  });

  it("refuses a language the highlighter does not know", () => {
    expect(problems("```pyhton\nx\n```")).toEqual([{ line: 5, message: expect.stringMatching(/^code block language "pyhton" is not one the highlighter knows; expected a language such as python/) }]);
  });

  it("reports MDX that does not parse with its line, and an empty body", () => {
    expect(problems("Responses in <2s are the goal.")).toEqual([{ line: 5, message: expect.stringMatching(/^the MDX does not parse at column 14: .*put such text in a code span/) }]);
    expect(checkMdx(FRONT, rules).problems).toEqual([{ line: undefined, message: expect.stringMatching(/no content after its frontmatter/) }]);
  });
});

describe("checkMdx: the headings an unclosed fence swallowed", () => {
  it("does not count comments in the code blocks after it as headings", () => {
    const body = "~~~python\nx = 1\n\n## Real { #real }\n\n```python\n# a comment\n```\n\n## Also real { #also }";
    expect(messages(body)).toEqual([expect.stringContaining('(it swallowed the headings "Real", "Also real")')]);
  });
});
