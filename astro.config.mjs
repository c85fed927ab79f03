// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import { satteri } from "@astrojs/markdown-satteri";
import { codeBlocks } from "./src/integrations/code-blocks.ts";
import { linkCheck } from "./src/integrations/link-check.ts";

export default defineConfig({
  trailingSlash: "always",
  // linkCheck() stays last: it reads the finished output, including files other integrations add.
  integrations: [codeBlocks(), mdx(), linkCheck()],
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
