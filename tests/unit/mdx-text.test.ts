import { describe, expect, it } from "vitest";
import {
  headingIdOf,
  inlineText,
  isPlainLanguage,
  languageLabel,
  parseMarkdown,
  parseMdx,
} from "../../src/lib/mdx-text";

describe("parseMdx", () => {
  it("reads a heading's { #id } as its id, and headings without one have none", () => {
    const [first, second] = parseMdx("## Caching { #response-caching }\n\n### Plain\n").children ?? [];
    expect(first && headingIdOf(first)).toBe("response-caching");
    expect(second && headingIdOf(second)).toBeUndefined();
  });

  it("keeps code fences whole: a # line inside is code, not a heading", () => {
    const nodes = parseMdx("```python\n# not a heading\nx = 1\n```\n").children ?? [];
    expect(nodes.map((n) => n.type)).toEqual(["code"]);
    expect(nodes[0]?.value).toBe("# not a heading\nx = 1");
  });

  it("throws on MDX that does not parse", () => {
    expect(() => parseMdx("Responses in <2s\n")).toThrow();
  });
});

describe("inlineText", () => {
  it("gives the words a reader sees: emphasis, code spans, links and components reduced to their text", () => {
    const [paragraph] =
      parseMdx(
        "**Bold** with `code`, [a link](../x/) and ![alt text](./a.png) for <Placeholder>Company/Domain</Placeholder>.",
      ).children ?? [];
    expect(paragraph && inlineText(paragraph)).toBe("Bold with code, a link and alt text for [Company/Domain].");
  });

  it("drops raw HTML tags and expressions but keeps an element's content", () => {
    const [paragraph] = parseMdx("An <abbr>LLM</abbr> here.").children ?? [];
    expect(paragraph && inlineText(paragraph)).toBe("An LLM here.");
  });

  it("reads plain Markdown too", () => {
    expect(inlineText(parseMarkdown("A *b* c"))).toBe("A b c");
  });
});

describe("code languages", () => {
  it("treats text, plaintext, txt, plain and an unlabelled fence as plain text, in any case", () => {
    for (const lang of ["text", "plaintext", "TXT", "plain", "", null, undefined])
      expect(isPlainLanguage(lang)).toBe(true);
    expect(isPlainLanguage("python")).toBe(false);
  });

  it("names known languages and passes unknown ones through", () => {
    expect(languageLabel("python")).toBe("Python");
    expect(languageLabel("py")).toBe("Python");
    expect(languageLabel("text")).toBe("Text");
    expect(languageLabel("rust")).toBe("rust");
  });
});
