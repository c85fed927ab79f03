/**
 * The build records its own timings: `withTimings([...integrations])` marks the moments of `astro build` (config
 * loaded, content synced, bundled, pages written, done), times every `astro:build:done` hook of every integration,
 * and takes the spans other build code reports through `recordSpan` (the content check, the preview images). At the
 * end it writes them, with the process's peak memory and CPU time, to `<cacheDir>/build-timings.json` (never the
 * output folder); `npm run bench` prints them as a phase table (src/lib/build-timings.ts).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import type { BuildSpan, BuildTimings } from "../lib/build-timings.ts";

const TIMINGS_FILE = "build-timings.json";

interface Recorder {
  marks: Partial<Record<keyof BuildTimings["marks"], number>>;
  spans: BuildSpan[];
}

// Shared through globalThis: the content config and the image route run in Vite's module graph, a copy of
// this module apart from the one astro.config.mjs loaded.
const KEY = Symbol.for("handbook.build-timings");

function recorder(): Recorder {
  const shared = globalThis as { [KEY]?: Recorder };
  shared[KEY] ??= { marks: {}, spans: [] };
  return shared[KEY];
}

/** Notes a span of build work (`performance.now()` times) for the build's timings. */
export function recordSpan(span: BuildSpan): void {
  recorder().spans.push(span);
}

type Hooks = NonNullable<AstroIntegration["hooks"]>;

function timedHooks(integration: AstroIntegration): AstroIntegration {
  const hooks: Record<string, unknown> = { ...integration.hooks };
  const done = hooks["astro:build:done"];
  if (typeof done === "function") {
    hooks["astro:build:done"] = async (...args: unknown[]) => {
      const startMs = performance.now();
      try {
        return await (done as (...a: unknown[]) => unknown)(...args);
      } finally {
        recordSpan({ name: `astro:build:done ${integration.name}`, startMs, endMs: performance.now() });
      }
    };
  }
  return { ...integration, hooks: hooks as Hooks };
}

/**
 * Wraps the site's integrations so the build records its timings. The first one marks the start of the build,
 * the last one writes the figures once every other `astro:build:done` hook has run.
 */
export function withTimings(integrations: readonly AstroIntegration[]): AstroIntegration[] {
  const record = recorder();
  let cacheDir = "";
  let pages = 0;
  const mark = (name: keyof BuildTimings["marks"]) => {
    record.marks[name] = performance.now();
  };
  const first: AstroIntegration = {
    name: "site:build-timings",
    hooks: {
      "astro:config:setup": ({ command, updateConfig }) => {
        if (command !== "build") return;
        mark("configSetup");
        updateConfig({
          vite: {
            plugins: [
              {
                name: "site:build-timings",
                // Each environment's bundle (server, client) ends here; the last one before rendering counts.
                writeBundle: () => {
                  if (record.marks.generated === undefined) mark("bundled");
                },
              },
            ],
          },
        });
      },
      "astro:config:done": ({ config }) => {
        mark("configDone");
        cacheDir = fileURLToPath(config.cacheDir);
      },
      "astro:build:start": () => mark("buildStart"),
      "astro:build:generated": () => mark("generated"),
    },
  };
  const last: AstroIntegration = {
    name: "site:build-timings-write",
    hooks: {
      "astro:build:done": ({ pages: built }) => {
        pages = built.length;
        mark("done");
        const { marks } = record;
        const usage = process.resourceUsage();
        const timings: BuildTimings = {
          version: 1,
          startedAt: new Date(performance.timeOrigin).toISOString(),
          marks: {
            configSetup: marks.configSetup ?? 0,
            configDone: marks.configDone ?? 0,
            buildStart: marks.buildStart ?? 0,
            bundled: marks.bundled,
            generated: marks.generated,
            done: marks.done ?? performance.now(),
          },
          spans: record.spans,
          peakRssBytes: usage.maxRSS * 1024,
          cpuMs: Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000),
          pages,
        };
        if (!cacheDir) return;
        mkdirSync(cacheDir, { recursive: true });
        writeFileSync(join(cacheDir, TIMINGS_FILE), `${JSON.stringify(timings, null, 2)}\n`);
      },
    },
  };
  return [first, ...integrations.map(timedHooks), last];
}
