/**
 * Highlighted code at build time: Shiki with a light and a dark theme switched by
 * CSS alone, token colours emitted as classes, and their CSS served as the virtual
 * module `virtual:site/code-colours.css` (imported by the question layout, the only pages with code).
 */
import type { AstroIntegration } from "astro";
import { bundledThemes } from "shiki";
import { createCodeTransformer, paletteCss, themePalette } from "../lib/code-block";

const CODE_THEMES = { light: "github-light-default", dark: "github-dark-default" } as const;

/** The code block backgrounds, as --site-color-code-bg in src/styles/tokens.css: token colours must read on them. */
export const CODE_BACKGROUNDS = { light: "#f6f8fa", dark: "#0d1117" } as const;

const VIRTUAL_ID = "virtual:site/code-colours.css";
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

export function codeBlocks(): AstroIntegration {
  return {
    name: "site:code-blocks",
    hooks: {
      "astro:config:setup": async ({ updateConfig }) => {
        const light = (await bundledThemes[CODE_THEMES.light]()).default;
        const dark = (await bundledThemes[CODE_THEMES.dark]()).default;
        const css = paletteCss({ light: themePalette(light), dark: themePalette(dark) }, CODE_BACKGROUNDS);
        updateConfig({
          markdown: {
            shikiConfig: {
              themes: { light, dark },
              defaultColor: false,
              wrap: null,
              transformers: [createCodeTransformer({ light, dark })],
            },
          },
          vite: {
            plugins: [
              {
                name: "site:code-colours",
                resolveId: (id: string) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
                load: (id: string) => (id === RESOLVED_ID ? css : undefined),
              },
            ],
          },
        });
      },
    },
  };
}
