/**
 * Build-time Shiki transformer for code blocks: colours as classes (no style
 * attributes, so a strict CSP holds), placeholders marked in plain-text blocks,
 * and a wrapper carrying the language label and a copy button for the enhancement
 * script to switch on.
 */
import type { Element, ElementContent, Root, Text } from "hast";
import type { ShikiTransformer, ThemeRegistrationAny } from "shiki";
import { isPlainLanguage, languageLabel } from "./mdx-text";
import { withContrast } from "./contrast";
import { PLACEHOLDER_PATTERN, placeholderKey } from "./placeholders";

const hex = (colour: string) => colour.trim().replace(/^#/, "").toLowerCase();

/** Every colour a theme can give a token: its default foreground and each rule's. */
export function themePalette(theme: ThemeRegistrationAny): Set<string> {
  const colours = new Set<string>();
  const add = (value: unknown) => {
    if (typeof value === "string" && /^#[0-9a-f]{3,8}$/i.test(value.trim())) colours.add(hex(value));
  };
  add(theme.fg);
  add(theme.colors?.["editor.foreground"]);
  for (const rule of theme.tokenColors ?? theme.settings ?? []) add(rule.settings?.foreground);
  return colours;
}

const FONT_CLASSES: Record<string, string> = { italic: "i", bold: "b", underline: "u" };

/** Class names for one token style `--shiki-light:#D73A49;--shiki-dark:#F97583`. */
export function styleToClasses(style: string, palettes: { light: Set<string>; dark: Set<string> }): string[] {
  const classes: string[] = [];
  for (const declaration of style.split(";")) {
    const [rawProp, ...rest] = declaration.split(":");
    const prop = rawProp?.trim();
    const value = rest.join(":").trim();
    if (!prop || !value) continue;
    const m = /^--shiki-(light|dark)(-font-style|-font-weight|-text-decoration)?$/.exec(prop);
    if (!m) throw new Error(`code-block: unexpected token style "${prop}: ${value}"`);
    const mode = m[1] as "light" | "dark";
    const prefix = mode === "light" ? "sl" : "sd";
    if (m[2]) {
      for (const word of value.split(/\s+/)) {
        const short = FONT_CLASSES[word];
        if (short) classes.push(`${prefix}-${short}`);
      }
      continue;
    }
    const colour = hex(value);
    if (!palettes[mode].has(colour)) {
      throw new Error(
        `code-block: colour #${colour} is not in the ${mode} theme's palette, so it would have no CSS class`,
      );
    }
    classes.push(`${prefix}-${colour}`);
  }
  return classes;
}

/**
 * The CSS that gives every class of `styleToClasses` its colour, for both themes. With the code backgrounds
 * given, a colour too faint to read on its background (below 4.5:1, WCAG AA) is darkened or lightened just
 * enough; the class keeps the theme colour's name.
 */
export function paletteCss(
  palettes: { light: Set<string>; dark: Set<string> },
  backgrounds?: { light: string; dark: string },
): string {
  const rules: string[] = [];
  for (const [mode, prefix] of [
    ["light", "sl"],
    ["dark", "sd"],
  ] as const) {
    for (const colour of [...palettes[mode]].sort()) {
      const shown = backgrounds ? withContrast(colour, backgrounds[mode]) : colour;
      rules.push(`.${prefix}-${colour}{--shiki-${mode}:#${shown}}`);
    }
  }
  // Font styles cannot switch with light-dark(); the two themes of a family agree on them.
  rules.push(
    ".sl-i,.sd-i{font-style:italic}",
    ".sl-b,.sd-b{font-weight:bold}",
    ".sl-u,.sd-u{text-decoration:underline}",
  );
  return rules.join("\n");
}

/** Splits text nodes so each `[placeholder]` becomes its own marked span. */
export function markPlaceholders(nodes: ElementContent[]): ElementContent[] {
  return nodes.flatMap((node): ElementContent[] => {
    if (node.type === "element") {
      node.children = markPlaceholders(node.children);
      return [node];
    }
    if (node.type !== "text") return [node];
    const parts: ElementContent[] = [];
    let last = 0;
    for (const match of node.value.matchAll(PLACEHOLDER_PATTERN)) {
      const index = match.index ?? 0;
      if (index > last) parts.push({ type: "text", value: node.value.slice(last, index) });
      const name = match[1] ?? "";
      parts.push({
        type: "element",
        tagName: "span",
        properties: { className: ["site-placeholder"], dataPlaceholder: placeholderKey(name) ?? "" },
        children: [{ type: "text", value: match[0] } satisfies Text],
      });
      last = index + match[0].length;
    }
    if (last === 0) return [node];
    if (last < node.value.length) parts.push({ type: "text", value: node.value.slice(last) });
    return parts;
  });
}

/** Gives a node these classes, as `className` alone (Shiki writes `class`), so no serializer writes two. */
function setClasses(node: Element, classes: readonly string[]): void {
  delete node.properties["class"];
  node.properties["className"] = [...classes];
}

function classList(node: Element): string[] {
  const value = node.properties["className"] ?? node.properties["class"];
  if (Array.isArray(value)) return value.map(String);
  return typeof value === "string" ? value.split(/\s+/).filter(Boolean) : [];
}

/** The wrapper: a custom element holding a header (label, copy button, status) and the block. */
export function wrapCodeBlock(pre: Element, lang: string): Element {
  const label = languageLabel(lang);
  return {
    type: "element",
    tagName: "site-code-block",
    properties: { className: ["code-block"], dataLang: lang },
    children: [
      {
        type: "element",
        tagName: "div",
        // Chrome, not content: the search index and the landing highlight leave it out.
        properties: { className: ["code-block__bar"], dataPagefindIgnore: "" },
        children: [
          {
            type: "element",
            tagName: "span",
            properties: { className: ["code-block__lang"] },
            children: [{ type: "text", value: label }],
          },
          {
            type: "element",
            tagName: "button",
            // Hidden until the script can make it work: without JavaScript there is no dead button.
            properties: {
              type: "button",
              className: ["code-block__copy"],
              hidden: true,
              ariaLabel: `Copy ${label} code`,
              dataCopy: "",
            },
            children: [{ type: "text", value: "Copy" }],
          },
          {
            type: "element",
            tagName: "span",
            properties: { className: ["code-block__status", "sr-only"], role: "status", dataStatus: "" },
            children: [],
          },
        ],
      },
      pre,
    ],
  };
}

export function createCodeTransformer(themes: {
  light: ThemeRegistrationAny;
  dark: ThemeRegistrationAny;
}): ShikiTransformer {
  const palettes = { light: themePalette(themes.light), dark: themePalette(themes.dark) };
  return {
    name: "site:code-block",
    span(node) {
      const style = node.properties["style"];
      if (typeof style !== "string") return;
      delete node.properties["style"];
      setClasses(node, [...classList(node), ...styleToClasses(style, palettes)]);
    },
    pre(node) {
      // Colours come from our own tokens (code.css), scrolling from CSS: no style attribute.
      delete node.properties["style"];
      const lang = this.options.lang;
      setClasses(node, [...classList(node), isPlainLanguage(lang) ? "is-plain" : "is-highlighted"]);
    },
    code(node) {
      if (isPlainLanguage(this.options.lang)) node.children = markPlaceholders(node.children);
    },
    root(root: Root) {
      const pre = root.children.find((child): child is Element => child.type === "element" && child.tagName === "pre");
      if (!pre) return;
      root.children = root.children.map((child) => (child === pre ? wrapCodeBlock(pre, this.options.lang) : child));
    },
  };
}
