// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import { satteri } from "@astrojs/markdown-satteri";
import { codeBlocks } from "./src/integrations/code-blocks.ts";

export default defineConfig({
  trailingSlash: "always",
  integrations: [codeBlocks(), mdx()],
  markdown: {
    // Heading attributes give every answer section a permanent, readable id: `## Caching { #response-caching }`.
    processor: satteri({ features: { headingAttributes: true } }),
  },
  vite: {
    build: {
      rolldownOptions: {
        onwarn(warning, warn) {
          // Every MDX module carries Astro's "use astro:head-inject" directive; the warning is noise.
          if (warning.code === "MODULE_LEVEL_DIRECTIVE") return;
          warn(warning);
        },
      },
    },
  },
});
