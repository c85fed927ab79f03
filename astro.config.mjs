// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import { satteri } from "@astrojs/markdown-satteri";
import { codeBlocks, codeHighlight } from "./src/integrations/code-blocks.ts";
import { linkCheck, pageLinkStore } from "./src/integrations/link-check.ts";
import { pagefindIndex } from "./src/integrations/pagefind.ts";
import { completeCsp } from "./src/integrations/csp.ts";
import sitemap from "@astrojs/sitemap";
import { previewImages } from "./src/integrations/preview-images.ts";
import { offline } from "./src/integrations/offline.ts";
import { safeOutput } from "./src/integrations/safe-output.ts";
import { incrementalGuard } from "./src/integrations/incremental-guard.ts";
import { withTimings } from "./src/integrations/build-timings.ts";
import { resolveDeployConfig } from "./src/lib/deploy-config.ts";
import { sitePath } from "./src/lib/routes.ts";
import { isSitemapPage } from "./src/lib/sitemap.ts";
import { cspHash } from "./src/lib/csp.ts";
import { INLINE_SCRIPTS } from "./src/lib/inline-scripts.ts";
import { INLINE_STYLES } from "./src/lib/inline-styles.ts";

// Where the site is published: SITE_URL (origin, for canonical and social URLs) and BASE_PATH
// (the folder it is served from), e.g. SITE_URL=https://example.org BASE_PATH=/handbook/.
const { site, base } = resolveDeployConfig(process.env);
// The page check parses every built page once and leaves its links here for the link check.
const pageLinks = pageLinkStore();

export default defineConfig({
  site,
  base,
  trailingSlash: "always",
  // Prefetch on intent only: links that opt in with data-astro-prefetch (prev/next, search results). With
  // clientPrerender, Astro also writes Speculation Rules (hashed into the CSP) that let Chromium prefetch and
  // prerender those links on hover or pointer-down ("moderate"); other browsers get <link rel="prefetch">.
  prefetch: { prefetchAll: false, defaultStrategy: "hover" },
  // incrementalBuild: a page whose code and content (its cacheKey, src/data/content.ts pageCacheKey) are as at the
  // last build is copied from Astro's cache folder instead of rendered again.
  experimental: { clientPrerender: true, incrementalBuild: true },
  security: {
    // Astro writes a <meta http-equiv="content-security-policy"> into every page and hashes the scripts and
    // styles it bundles; the site's own inline scripts (src/lib/inline-scripts.ts, written by InlineScript.astro)
    // and its one inline style (the cascade layer order, src/lib/inline-styles.ts) are hashed here. completeCsp() drops the hashes a page does not use, puts the policy first in <head> and
    // fails the build on any inline code a page holds without a hash. Nothing may load from another origin. Pagefind compiles its WebAssembly
    // ('wasm-unsafe-eval') and runs without a worker (noWorker); the only worker is the service worker, the
    // site's own file. Directives that a <meta> policy ignores
    // (frame-ancestors, report-uri, sandbox) would only log errors, so they are not listed. See README, Security.
    csp: {
      directives: [
        "default-src 'none'",
        "base-uri 'self'",
        "connect-src 'self'",
        "font-src 'self'",
        "form-action 'self'",
        "img-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "worker-src 'self'",
      ],
      scriptDirective: {
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: Object.values(INLINE_SCRIPTS).map(
          (code) => /** @type {`sha256-${string}`} */ (cspHash(code).slice(1, -1)),
        ),
      },
      styleDirective: {
        resources: ["'self'"],
        // The cascade layer order, written inline first in every page's <head> (src/lib/inline-styles.ts).
        hashes: Object.values(INLINE_STYLES).map(
          (code) => /** @type {`sha256-${string}`} */ (cspHash(code).slice(1, -1)),
        ),
      },
    },
  },
  // offline() writes the service worker from the finished pages, search index and preview images, so it comes
  // after completeCsp(), pagefindIndex() and previewImages() (which writes the images drawn while the pages
  // rendered); linkCheck() reads the finished output, including files other integrations add; safeOutput() stays
  // last: it builds into a hidden folder and swaps it in for dist/ only once every check has passed. withTimings()
  // records how long each phase and hook took (<cacheDir>/build-timings.json, for `npm run bench`).
  integrations: withTimings([
    // A page is copied from the last build only when that build finished rendering and none ran beside it.
    incrementalGuard(),
    codeBlocks(),
    // Static parts of an answer become HTML strings; a, h2, h3 and h4 stay elements: the question page replaces them.
    mdx({ optimize: { ignoreElementNames: ["a", "h2", "h3", "h4"] } }),
    completeCsp({ pageLinks }),
    pagefindIndex(),
    sitemap({ filter: (page) => isSitemapPage(sitePath(base, new URL(page).pathname)) }),
    previewImages(),
    offline(),
    linkCheck({ pageLinks }),
    safeOutput(),
  ]),
  markdown: {
    // Heading attributes give every answer section a permanent, readable id: `## Caching { #response-caching }`.
    // Code blocks are highlighted by the processor's codeHighlight plugin, once each (src/integrations/code-blocks.ts).
    processor: satteri({ features: { headingAttributes: true }, hastPlugins: [codeHighlight] }),
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
