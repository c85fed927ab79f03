/**
 * Highlighted code at build time: Shiki with a light and a dark theme switched by
 * CSS alone, token colours emitted as classes, and their CSS served as the virtual
 * module `virtual:site/code-colours.css` (imported by the question layout, the only pages with code).
 *
 * The highlighting is Astro's own (`satteriCreateHighlightFn`, with this site's Shiki config), run by the
 * Markdown processor's plugin `codeHighlight` (astro.config.mjs) instead of Astro's built-in step, so that each
 * block is highlighted once: a block already highlighted in this build, or in an earlier one (kept in Astro's cache
 * folder under `code-blocks/`, by a hash of its code, language, meta, the themes, this site's code-block code and
 * the packages' versions), is reused. A missing or unreadable entry is highlighted again; entries no block of a
 * build used are removed when it ends.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { threadId } from "node:worker_threads";
import type { AstroIntegration, ShikiConfig } from "astro";
import { satteriCreateHighlightFn, satteriHighlightPlugin } from "@astrojs/markdown-satteri";
import type { HastPluginDefinition } from "satteri";
import { bundledThemes } from "shiki";
import { createCodeTransformer, paletteCss, themePalette } from "../lib/code-block";
import { packageVersions, sourceText } from "./build-cache";

const CODE_THEMES = { light: "github-light-default", dark: "github-dark-default" } as const;

/** The code block backgrounds, as --site-color-code-bg in src/styles/tokens.css: token colours must read on them. */
export const CODE_BACKGROUNDS = { light: "#f6f8fa", dark: "#0d1117" } as const;

const VIRTUAL_ID = "virtual:site/code-colours.css";
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/** What the highlighting of every block depends on besides the block itself. */
const PACKAGES = ["shiki", "@astrojs/markdown-satteri", "satteri"];
const OWN_CODE = ["src/lib/code-block.ts", "src/lib/mdx-text.ts", "src/lib/contrast.ts", "src/lib/placeholders.ts"];

type Highlight = (code: string, lang: string, meta?: string) => Promise<unknown>;

export interface BlockHighlighterSetup {
  readonly highlight: Highlight;
  /** `<cacheDir>/code-blocks`, or undefined outside a build (the dev server keeps its blocks in memory only). */
  readonly folder: string | undefined;
  /** Hash of everything but the block that the result depends on: themes, the site's code-block code, versions. */
  readonly salt: string;
}

function readEntry(path: string): unknown {
  try {
    return (JSON.parse(readFileSync(path, "utf8")) as { node?: unknown }).node;
  } catch {
    return undefined;
  }
}

function writeEntry(folder: string, key: string, node: unknown): void {
  const path = join(folder, `${key}.json`);
  const temporary = `${path}.${process.pid}.${threadId}.tmp`;
  try {
    mkdirSync(folder, { recursive: true });
    writeFileSync(temporary, JSON.stringify({ node }));
    renameSync(temporary, path);
  } catch {
    // A cache that cannot be written only means the block is highlighted again next time.
    rmSync(temporary, { force: true });
  }
}

/**
 * Highlights each distinct block once: from this process's memory, else the cache folder, else `highlight`
 * (whose result is then kept in both). `prune()` removes the folder's entries that no block asked for.
 */
export function blockHighlighter(setup: () => Promise<BlockHighlighterSetup>) {
  const memory = new Map<string, unknown>();
  const used = new Set<string>();
  let folder: string | undefined;
  return {
    async highlight(code: string, lang: string, meta?: string): Promise<unknown> {
      const current = await setup();
      folder = current.folder;
      const key = createHash("sha256")
        .update(JSON.stringify([current.salt, lang, meta ?? null, code]))
        .digest("hex")
        .slice(0, 40);
      used.add(key);
      let node = memory.get(key);
      if (node === undefined && folder) node = readEntry(join(folder, `${key}.json`));
      if (node === undefined) {
        node = await current.highlight(code, lang, meta);
        if (folder) writeEntry(folder, key, node);
      }
      memory.set(key, node);
      // Each page gets its own copy: later plugins may change the tree they are given.
      return structuredClone(node);
    },
    /** Removes the entries of the cache folder that no block asked for since the last prune. */
    prune(): void {
      if (!folder || used.size === 0) return;
      let entries: string[] = [];
      try {
        entries = readdirSync(folder);
      } catch {
        return;
      }
      for (const entry of entries)
        if (!used.has(entry.replace(/\.json$/, ""))) rmSync(join(folder, entry), { force: true });
      used.clear();
    },
  };
}

let configure: ((value: BlockHighlighterSetup) => void) | undefined;
const ready = new Promise<BlockHighlighterSetup>((resolve) => (configure = resolve));
const blocks = blockHighlighter(() => ready);

/** The Markdown processor's plugin that highlights code blocks (astro.config.mjs), once each. */
export const codeHighlight: HastPluginDefinition = satteriHighlightPlugin(
  blocks.highlight as Parameters<typeof satteriHighlightPlugin>[0],
  undefined,
);

export function codeBlocks(): AstroIntegration {
  return {
    name: "site:code-blocks",
    hooks: {
      "astro:config:setup": async ({ config, command, updateConfig }) => {
        const light = (await bundledThemes[CODE_THEMES.light]()).default;
        const dark = (await bundledThemes[CODE_THEMES.dark]()).default;
        const css = paletteCss({ light: themePalette(light), dark: themePalette(dark) }, CODE_BACKGROUNDS);
        const shikiConfig = {
          themes: { light, dark },
          defaultColor: false as const,
          wrap: null,
          transformers: [createCodeTransformer({ light, dark })],
        };
        const root = fileURLToPath(config.root);
        const folder = command === "build" ? join(fileURLToPath(config.cacheDir), "code-blocks") : undefined;
        const salt = createHash("sha256")
          .update(
            JSON.stringify([CODE_THEMES, CODE_BACKGROUNDS, packageVersions(PACKAGES, join(root, "package.json"))]),
          )
          .update(OWN_CODE.map((file) => sourceText(join(root, file))).join("\0"))
          .digest("hex");
        const highlight = await satteriCreateHighlightFn("shiki", shikiConfig as unknown as ShikiConfig);
        if (!highlight) throw new Error("code-blocks: Astro's Shiki highlighter could not be created");
        configure?.({ highlight: highlight as Highlight, folder, salt });
        updateConfig({
          // Astro's own highlighting step is off: the processor's codeHighlight plugin runs the same highlighter.
          markdown: { syntaxHighlight: false, shikiConfig },
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
      "astro:build:done": () => blocks.prune(),
    },
  };
}
