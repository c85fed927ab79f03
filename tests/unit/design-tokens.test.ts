// Colours that TypeScript needs as values (the preview card, the code backgrounds that token colours must read
// on) are copies of src/styles/tokens.css, the one source of the design's colours: this test fails when a copy
// and the stylesheet differ.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { CODE_BACKGROUNDS } from "../../src/integrations/code-blocks";
import { CARD_COLOURS } from "../../src/lib/preview/card";

const css = readFileSync(resolve(import.meta.dirname, "../../src/styles/tokens.css"), "utf8");

function token(name: string): string {
  const value = new RegExp(`${name}:\\s*([^;]+);`).exec(css)?.[1]?.trim();
  if (!value) throw new Error(`src/styles/tokens.css has no ${name}`);
  return value.toLowerCase();
}

describe("colour copies match src/styles/tokens.css", () => {
  it("the preview card uses the light theme's paper, ink, muted, accent and border", () => {
    expect(CARD_COLOURS).toEqual({
      paper: token("--site-paper"),
      ink: token("--site-ink-950"),
      muted: token("--site-ink-500"),
      accent: token("--site-indigo-700"),
      accentSoft: token("--site-indigo-100"),
      border: token("--site-ink-200"),
    });
  });

  it("code token colours are checked against the code background of each theme", () => {
    expect(`light-dark(${CODE_BACKGROUNDS.light}, ${CODE_BACKGROUNDS.dark})`).toBe(token("--site-color-code-bg"));
  });
});
