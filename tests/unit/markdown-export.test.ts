import { describe, expect, it } from "vitest";
import {
  escapeMarkdownText,
  markdownToPlainText,
  mdxToMarkdown,
  questionMarkdown,
} from "../../src/lib/markdown-export";

const options = {
  pageUrl: "https://example.org/h/questions/cost-optimization/",
  file: "content/questions/cost-optimization.mdx",
};

describe("mdxToMarkdown", () => {
  it("removes heading ids", () => {
    expect(mdxToMarkdown("## Response Caching { #response-caching }\n\nText", options)).toBe(
      "## Response Caching\n\nText",
    );
  });

  it("writes a placeholder as the bracketed blank the reader fills in", () => {
    expect(mdxToMarkdown("A chatbot for <Placeholder>Company/Domain</Placeholder>.", options)).toBe(
      "A chatbot for [Company/Domain].",
    );
  });

  it("writes the adapt note as an italic line", () => {
    expect(
      mdxToMarkdown(
        "<AdaptNote>Adapt this template with your actual experience</AdaptNote>\n\n## Next { #next }",
        options,
      ),
    ).toBe("*Adapt this template with your actual experience*\n\n## Next");
  });

  it("makes relative links absolute against the page", () => {
    expect(mdxToMarkdown("See [caching](../deployment-challenges/#smart-routing) and [above](#intro).", options)).toBe(
      "See [caching](https://example.org/h/questions/deployment-challenges/#smart-routing) and " +
        "[above](https://example.org/h/questions/cost-optimization/#intro).",
    );
  });

  it("leaves absolute links alone", () => {
    expect(mdxToMarkdown("[arXiv](https://arxiv.org/)", options)).toBe("[arXiv](https://arxiv.org/)");
  });

  it("never touches code: fenced blocks and inline code stay as written", () => {
    const body = [
      "Use `<Placeholder>` and `{ #id }` here.",
      "",
      "```text",
      "## Not a heading { #kept }",
      "[Company] <Tag> [x](../y/)",
      "```",
    ].join("\n");
    expect(mdxToMarkdown(body, options)).toBe(body);
  });

  it("rewrites links with titles, reference definitions and images, and leaves bare URLs alone", () => {
    const body = [
      '[paper](../staying-current/#papers "Reading list") and [ref][r] and ![diagram](./d.png) at https://arxiv.org/',
      "",
      "[r]: ../fine-tuning-experience/",
    ].join("\n");
    expect(mdxToMarkdown(body, options)).toBe(
      [
        '[paper](https://example.org/h/questions/staying-current/#papers "Reading list") and [ref][r] and ' +
          "![diagram](https://example.org/h/questions/cost-optimization/d.png) at https://arxiv.org/",
        "",
        "[r]: https://example.org/h/questions/fine-tuning-experience/",
      ].join("\n"),
    );
  });

  it("keeps a link whose address holds parentheses whole, in angle brackets", () => {
    expect(mdxToMarkdown("[w](https://en.wikipedia.org/wiki/LoRA_(machine_learning))", options)).toBe(
      "[w](<https://en.wikipedia.org/wiki/LoRA_(machine_learning)>)",
    );
  });

  it("keeps links inside components and emphasis", () => {
    expect(mdxToMarkdown("<AdaptNote>See [the costs](../cost-optimization/) **now**</AdaptNote>", options)).toBe(
      "*See [the costs](https://example.org/h/questions/cost-optimization/) **now***",
    );
  });

  it("leaves out comments written for editors", () => {
    expect(mdxToMarkdown("Text {/* check the figure */} here.\n\n{/* a block note */}\n\nMore.", options)).toBe(
      "Text  here.\n\nMore.",
    );
  });

  it("keeps a longer fence open across a shorter one", () => {
    const body = "a\n\n````md\n```\n[x](../y/)\n```\n````\n\nb";
    expect(mdxToMarkdown(body, options)).toBe(body);
  });

  it("never writes a link whose scheme could run code into a copy", () => {
    expect(() => mdxToMarkdown("[x](JaVaScRiPt:alert(1))", options)).toThrow(
      'content/questions/cost-optimization.mdx: link "JaVaScRiPt:alert(1)" uses the javascript: scheme',
    );
    expect(() => mdxToMarkdown("[x][r]\n\n[r]: data:text/html,x", options)).toThrow("uses the data: scheme");
  });

  it("names the file and the link when a link is not a URL, instead of a bare TypeError", () => {
    expect(() => mdxToMarkdown("[x](<http://[bad>)", options)).toThrow(
      'content/questions/cost-optimization.mdx: link "http://[bad" is not a valid URL',
    );
  });

  it("handles a very long line and many brackets (linear work: this once took minutes)", () => {
    const line = `${"[a](../b/) ".repeat(5_000)}${"[".repeat(50_000)}${"](".repeat(50_000)}`;
    const out = mdxToMarkdown(line, options);
    expect(out.startsWith("[a](https://example.org/h/questions/b/) ")).toBe(true);
    expect(out.length).toBeGreaterThan(150_000);
  });

  it("fails naming the file and the component it cannot write as text", () => {
    expect(() => mdxToMarkdown("<Chart data={x} />", options)).toThrow(
      "content/questions/cost-optimization.mdx: the Markdown export does not know the component <Chart>; it knows <AdaptNote> and <Placeholder>",
    );
  });
});

describe("questionMarkdown", () => {
  it("starts with the title, summary and source URL, then the whole answer", () => {
    const md = questionMarkdown({
      title: "How do you optimize costs?",
      summary: "Practical levers.",
      url: "https://example.org/h/questions/cost-optimization/",
      topics: ["Cost Optimization", "Caching"],
      updated: "2026-11-29",
      siteName: "GenAI Interview Handbook",
      body: "## Strategy { #strategy }\n\n- **Caching**: cheaper",
      file: "content/questions/cost-optimization.mdx",
    });
    expect(md).toBe(
      [
        "# How do you optimize costs?",
        "",
        "> Practical levers.",
        "",
        "Source: https://example.org/h/questions/cost-optimization/",
        "Topics: Cost Optimization, Caching",
        "Updated: 2026-11-29",
        "From: GenAI Interview Handbook",
        "",
        "---",
        "",
        "## Strategy",
        "",
        "- **Caching**: cheaper",
        "",
      ].join("\n"),
    );
  });
});

describe("questionMarkdown escaping", () => {
  it("writes raw HTML and Markdown in a title or summary as text", () => {
    const md = questionMarkdown({
      title: 'Why <img src=x onerror="alert(1)"> and *stars*?',
      summary: "A [link](javascript:alert(1)) & <script>alert(1)</script>",
      url: "https://example.org/questions/x/",
      topics: ["<b>Bold</b>"],
      updated: "2026-11-29",
      siteName: "Site",
      body: "Text.",
      file: "content/questions/x.mdx",
    });
    expect(md.split("\n").slice(0, 5)).toEqual([
      '# Why \\<img src=x onerror="alert(1)"\\> and \\*stars\\*?',
      "",
      "> A \\[link\\](javascript:alert(1)) \\& \\<script\\>alert(1)\\</script\\>",
      "",
      "Source: https://example.org/questions/x/",
    ]);
    expect(md).toContain("Topics: \\<b\\>Bold\\</b\\>");
  });
});

describe("escapeMarkdownText", () => {
  it("escapes the punctuation that starts markup or HTML", () => {
    expect(escapeMarkdownText("a_b *c* [d] <e> & `f` ~g~ |h| \\")).toBe(
      "a\\_b \\*c\\* \\[d\\] \\<e\\> \\& \\`f\\` \\~g\\~ \\|h\\| \\\\",
    );
    expect(escapeMarkdownText("How do you optimize costs?")).toBe("How do you optimize costs?");
  });
});

describe("markdownToPlainText", () => {
  it("numbers ordered lists and drops raw HTML tags but keeps their words", () => {
    expect(markdownToPlainText('1. First\n2. <abbr title="x">LLM</abbr> second')).toBe("1. First\n2. LLM second");
  });

  it("drops markup and keeps words and code", () => {
    const md =
      "## Caching\n\n- **Simple Queries**: [Route](https://x.org/) to *small* models with `cache`\n\n```python\nx = 1\n```";
    expect(markdownToPlainText(md)).toBe("Caching\n\n- Simple Queries: Route to small models with cache\n\nx = 1");
  });

  it("keeps snake_case words and lone asterisks", () => {
    expect(markdownToPlainText("call select_optimal_model with 2 * 3")).toBe("call select_optimal_model with 2 * 3");
  });
});
