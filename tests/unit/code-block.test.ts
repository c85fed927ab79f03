import type { Element, ElementContent, Root } from "hast";
import type { ThemeRegistration } from "shiki";
import { describe, expect, it } from "vitest";
import {
  createCodeTransformer,
  markPlaceholders,
  paletteCss,
  styleToClasses,
  themePalette,
  wrapCodeBlock,
} from "../../src/lib/code-block";
import { contrastRatio } from "../../src/lib/contrast";

const light: ThemeRegistration = {
  name: "l",
  type: "light",
  fg: "#111111",
  bg: "#ffffff",
  tokenColors: [{ settings: { foreground: "#D73A49" } }],
};
const dark: ThemeRegistration = {
  name: "d",
  type: "dark",
  fg: "#EEEEEE",
  bg: "#000000",
  tokenColors: [{ settings: { foreground: "#F97583" } }],
};
const palettes = { light: themePalette(light), dark: themePalette(dark) };

const text = (value: string): ElementContent => ({ type: "text", value });
const span = (children: ElementContent[]): Element => ({ type: "element", tagName: "span", properties: {}, children });

describe("themePalette", () => {
  it("collects the default foreground and every rule's colour, lowercased", () => {
    expect([...palettes.light].sort()).toEqual(["111111", "d73a49"]);
  });
});

describe("styleToClasses", () => {
  it("turns both theme colours into classes", () => {
    expect(styleToClasses("--shiki-light:#D73A49;--shiki-dark:#F97583", palettes)).toEqual(["sl-d73a49", "sd-f97583"]);
  });

  it("turns font styles into classes", () => {
    expect(styleToClasses("--shiki-light:#111111;--shiki-light-font-style:italic", palettes)).toEqual([
      "sl-111111",
      "sl-i",
    ]);
  });

  it("refuses a colour outside the palette, so no token goes uncoloured silently", () => {
    expect(() => styleToClasses("--shiki-light:#123456", palettes)).toThrow(
      /#123456 is not in the light theme's palette/,
    );
  });

  it("refuses a style it does not understand", () => {
    expect(() => styleToClasses("color:red", palettes)).toThrow(/unexpected token style "color: red"/);
  });
});

describe("paletteCss", () => {
  it("gives every class its custom property", () => {
    const css = paletteCss(palettes);
    expect(css).toContain(".sl-d73a49{--shiki-light:#d73a49}");
    expect(css).toContain(".sd-f97583{--shiki-dark:#f97583}");
    expect(css).toContain(".sl-i,.sd-i{font-style:italic}");
  });

  it("darkens a light-theme colour too faint for its background and keeps its class name", () => {
    const css = paletteCss(
      { light: new Set(["6e7781", "24292f"]), dark: new Set(["8b949e"]) },
      { light: "#f6f8fa", dark: "#0d1117" },
    );
    const comment = /\.sl-6e7781\{--shiki-light:#([0-9a-f]{6})\}/.exec(css)?.[1] ?? "";
    expect(comment).not.toBe("6e7781");
    expect(contrastRatio(comment, "#f6f8fa")).toBeGreaterThanOrEqual(4.5);
    expect(css).toContain(".sl-24292f{--shiki-light:#24292f}");
    expect(css).toContain(".sd-8b949e{--shiki-dark:#8b949e}");
  });
});

describe("markPlaceholders", () => {
  it("wraps each [placeholder] in a marked span and keeps the text around it", () => {
    const out = markPlaceholders([text("System: You are a [role] helping [audience] with [task].")]);
    expect(out.map((n) => (n.type === "text" ? n.value : `<${(n as Element).properties["dataPlaceholder"]}>`))).toEqual(
      ["System: You are a ", "<role>", " helping ", "<audience>", " with ", "<task>", "."],
    );
  });

  it("keeps the brackets inside the marked span", () => {
    const [node] = markPlaceholders([text("[Company/Domain]")]);
    expect((node as Element).children).toEqual([text("[Company/Domain]")]);
    expect((node as Element).properties["dataPlaceholder"]).toBe("company-domain");
  });

  it("looks inside nested elements", () => {
    const [outer] = markPlaceholders([span([text("Format: [output structure requirements]")])]);
    expect((outer as Element).children).toHaveLength(2);
  });

  it("leaves quoted lists and empty brackets alone", () => {
    const nodes = [text('target_modules=["q_proj", "v_proj"], cache = {}, items = []')];
    expect(markPlaceholders(nodes)).toEqual(nodes);
  });
});

describe("wrapCodeBlock", () => {
  it("puts a label, a hidden copy button and a status region before the block", () => {
    const pre: Element = { type: "element", tagName: "pre", properties: {}, children: [] };
    const wrapper = wrapCodeBlock(pre, "python");
    expect(wrapper.tagName).toBe("site-code-block");
    const bar = wrapper.children[0] as Element;
    const [label, button, status] = bar.children as Element[];
    expect(label?.children).toEqual([text("Python")]);
    expect(button?.properties["hidden"]).toBe(true);
    expect(button?.properties["type"]).toBe("button");
    expect(status?.properties["role"]).toBe("status");
    expect(wrapper.children[1]).toBe(pre);
  });
});

describe("createCodeTransformer", () => {
  const transformer = createCodeTransformer({ light, dark });
  const context = (lang: string) => ({ options: { lang } }) as never;

  it("moves token colours from style attributes into classes", () => {
    const node: Element = {
      type: "element",
      tagName: "span",
      properties: { style: "--shiki-light:#D73A49;--shiki-dark:#F97583" },
      children: [],
    };
    transformer.span?.call(context("python"), node, 1, 1, node, {} as never);
    expect(node.properties["style"]).toBeUndefined();
    expect(node.properties["className"]).toEqual(["sl-d73a49", "sd-f97583"]);
  });

  it("leaves no style attribute on the block and marks plain text as plain", () => {
    const pre: Element = {
      type: "element",
      tagName: "pre",
      properties: { className: ["astro-code"], style: "overflow-x: auto" },
      children: [],
    };
    transformer.pre?.call(context("text"), pre);
    expect(pre.properties["style"]).toBeUndefined();
    expect(pre.properties["className"]).toEqual(["astro-code", "is-plain"]);
  });

  it("keeps the classes Shiki wrote as `class` in one `className`, so no page gets two class attributes", () => {
    const pre: Element = {
      type: "element",
      tagName: "pre",
      properties: { class: "astro-code github-light-default", tabindex: "0" },
      children: [],
    };
    transformer.pre?.call(context("python"), pre);
    expect(pre.properties).toEqual({
      className: ["astro-code", "github-light-default", "is-highlighted"],
      tabindex: "0",
    });
    const span: Element = {
      type: "element",
      tagName: "span",
      properties: { class: "token", style: "--shiki-light:#D73A49;--shiki-dark:#F97583" },
      children: [],
    };
    transformer.span?.call(context("python"), span, 1, 1, span, {} as never);
    expect(span.properties).toEqual({ className: ["token", "sl-d73a49", "sd-f97583"] });
  });

  it("marks placeholders only in plain-text blocks", () => {
    const make = (): Element => ({ type: "element", tagName: "code", properties: {}, children: [text("[role]")] });
    const plain = make();
    transformer.code?.call(context("text"), plain);
    expect((plain.children[0] as Element).tagName).toBe("span");
    const python = make();
    transformer.code?.call(context("python"), python);
    expect(python.children[0]).toEqual(text("[role]"));
  });

  it("wraps the block in its custom element", () => {
    const root: Root = { type: "root", children: [{ type: "element", tagName: "pre", properties: {}, children: [] }] };
    transformer.root?.call(context("python"), root);
    expect((root.children[0] as Element).tagName).toBe("site-code-block");
  });
});
