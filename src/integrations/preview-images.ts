/**
 * previewImages(): what the preview-image renderer (src/og/) needs from Astro, and its report.
 * It hands the renderer the project root, Astro's cache folder (`cacheDir`, where drawn images are
 * kept between builds) and a hash of the renderer's own code and packages (so a change of design,
 * fonts or renderer redraws every image), through a virtual module. Once the pages are built it writes
 * every image into the output (drawn meanwhile on worker threads), logs one line (images drawn, from
 * cache, time) and records it as JSON in the cache folder. Register it before linkCheck(), which checks
 * that each page's og:image exists.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { writeFile } from "node:fs/promises";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { AstroIntegration } from "astro";
import { fontLibrary } from "../og/fonts.ts";
import { type ImageStats, STATS_KEY, imageJobs, summary, timings } from "../og/stats.ts";
import { recordSpan } from "./build-timings.ts";

const VIRTUAL = "virtual:preview-images/config";

/** The renderer's code: every file in src/og/ and src/lib/preview/ (the card's layout, fitting and fonts). */
function designFiles(root: string): string[] {
  return [join(root, "src", "og"), join(root, "src", "lib", "preview")]
    .flatMap((dir) => readdirSync(dir).map((f) => join(dir, f)))
    .sort();
}

/** A hash of the renderer's code (`designFiles`) and of every package it draws with (font files, Satori, resvg, zlib). */
export function designHash(root: string): string {
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
                load: (id: string) =>
                  id === `\0${VIRTUAL}` ? `export const config = ${JSON.stringify(value)};` : undefined,
              },
            ],
          },
        });
      },
      "astro:build:done": async ({ dir: outDir, logger }) => {
        // The image route started every image and listed none; the pages are written, so now the images are.
        const out = fileURLToPath(outDir);
        const written = new Set<string>();
        for (const [path, png] of imageJobs()) {
          const file = join(out, path);
          if (!written.has(dirname(file))) mkdirSync(dirname(file), { recursive: true });
          written.add(dirname(file));
          await writeFile(file, await png);
        }
        const stats = (globalThis as { [STATS_KEY]?: ImageStats })[STATS_KEY];
        if (!stats || stats.total === 0) return;
        const record = timings(stats);
        logger.info(summary(record));
        recordSpan({
          name: "preview images",
          startMs: stats.startedAt,
          endMs: stats.finishedAt,
          alongside: true,
          note: `${record.drawn} drawn, ${record.fromCache} from cache`,
        });
        const dir = join(cacheDir, "preview-images");
        mkdirSync(dir, { recursive: true });
        writeFileSync(join(dir, "last-build.json"), `${JSON.stringify(record, null, 2)}\n`);
      },
    },
  };
}
