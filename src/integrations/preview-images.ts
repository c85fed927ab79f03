/**
 * previewImages(): what the preview-image renderer (src/og/) needs from Astro, and its report.
 * It hands the renderer the project root, Astro's cache folder (`cacheDir`, where drawn images are
 * kept between builds) and a hash of the renderer's own code and packages (so a change of design,
 * fonts or renderer redraws every image), through a virtual module; after the build it logs one
 * line (images drawn, from cache, time) and records it as JSON in the cache folder.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { AstroIntegration } from "astro";
import { fontLibrary } from "../og/fonts.ts";
import { type ImageStats, STATS_KEY, summary, timings } from "../og/stats.ts";

const VIRTUAL = "virtual:preview-images/config";

/** The renderer's code: every file in src/og/ and the preview modules of src/lib/. */
function designFiles(root: string): string[] {
  const og = join(root, "src", "og");
  const lib = join(root, "src", "lib");
  return [
    ...readdirSync(og).map((f) => join(og, f)),
    ...readdirSync(lib)
      .filter((f) => f.startsWith("preview-"))
      .map((f) => join(lib, f)),
  ].sort();
}

function designHash(root: string): string {
  const hash = createHash("sha256");
  for (const file of designFiles(root)) hash.update(file.slice(root.length)).update(readFileSync(file));
  hash.update(JSON.stringify(fontLibrary(root).versions));
  return hash.digest("hex").slice(0, 16);
}

export function previewImages(): AstroIntegration {
  let cacheDir = "";
  return {
    name: "preview-images",
    hooks: {
      "astro:config:setup": ({ config, command, updateConfig }) => {
        const root = fileURLToPath(config.root);
        cacheDir = fileURLToPath(config.cacheDir);
        const value = {
          root,
          cacheDir,
          design: designHash(root),
          dev: command === "dev",
          workerUrl: pathToFileURL(join(root, "src", "og", "worker.ts")).href,
        };
        updateConfig({
          vite: {
            plugins: [
              {
                name: "preview-images-config",
                resolveId: (id: string) => (id === VIRTUAL ? `\0${VIRTUAL}` : undefined),
                load: (id: string) => (id === `\0${VIRTUAL}` ? `export const config = ${JSON.stringify(value)};` : undefined),
              },
            ],
          },
        });
      },
      "astro:build:done": ({ logger }) => {
        const stats = (globalThis as { [STATS_KEY]?: ImageStats })[STATS_KEY];
        if (!stats || stats.total === 0) return;
        const record = timings(stats);
        logger.info(summary(record));
        const dir = join(cacheDir, "preview-images");
        mkdirSync(dir, { recursive: true });
        writeFileSync(join(dir, "last-build.json"), `${JSON.stringify(record, null, 2)}\n`);
      },
    },
  };
}
