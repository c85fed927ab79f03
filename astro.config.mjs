// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import { satteri } from "@astrojs/markdown-satteri";
import { codeBlocks } from "./src/integrations/code-blocks.ts";
import { linkCheck } from "./src/integrations/link-check.ts";
import { pagefindIndex } from "./src/integrations/pagefind.ts";
import { sitemap } from "./src/integrations/sitemap.ts";
import { resolveDeployConfig } from "./src/lib/deploy-config.ts";

// Where the site is published: SITE_URL (origin, for canonical and social URLs) and BASE_PATH
// (the folder it is served from), e.g. SITE_URL=https://example.org BASE_PATH=/handbook/.
const { site, base } = resolveDeployConfig(process.env);

export default defineConfig({
  site,
  base,
  trailingSlash: "always",
  // linkCheck() stays last: it reads the finished output, including files other integrations add.
  integrations: [codeBlocks(), mdx(), pagefindIndex(), sitemap(), linkCheck()],
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
