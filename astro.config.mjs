// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import { satteri } from "@astrojs/markdown-satteri";

export default defineConfig({
  integrations: [mdx()],
  markdown: { processor: satteri({ features: { headingAttributes: true } }) },
});
