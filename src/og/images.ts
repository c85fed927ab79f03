/**
 * The build's preview images: every card is checked for characters no font can draw (the build
 * stops naming each one, its code point and the file it comes from), then each image comes from
 * the cache when nothing it is drawn from changed, or is drawn on the worker pool. Drawing starts
 * for all cards as soon as the image route lists them. In a build the route lists no paths: Astro
 * would render it first and wait for each image, with nothing else to do; instead the pages are
 * rendered while the workers draw, and the previewImages integration writes every image into the
 * output afterwards (`imageJobs`, src/og/stats.ts). `astro dev` draws each image when the route is asked for it.
 */
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { config } from "virtual:preview-images/config";
import type { CardField, PreviewCard } from "../lib/preview/card.ts";
import { ImageCache, cacheKey } from "./cache.ts";
import { describeChar, fontLibrary } from "./fonts.ts";
import type { CardPlan } from "./fonts.ts";
import { DrawPool } from "./pool.ts";
import { type ImageStats, STATS_KEY, imageJobs } from "./stats.ts";

export interface PreviewImage {
  /** Site path of the PNG, such as `og/questions/x.png`. */
  readonly path: string;
  readonly card: PreviewCard;
  /** Which file each field's text comes from, for error messages. */
  readonly sources: Partial<Record<CardField, string>>;
}

const FIELD_NAMES: Record<CardField, string> = {
  title: "title",
  eyebrow: "eyebrow",
  description: "description",
  tags: "topic name",
  siteName: "site name",
};

const jobs = imageJobs();
const cache = new ImageCache(join(config.cacheDir, "preview-images"));
const fontDir = join(config.cacheDir, "preview-images", "fonts");
let pool: DrawPool | undefined;
const workerUrl = () => (config.workerUrl === "" ? new URL("./worker.ts", import.meta.url) : new URL(config.workerUrl));

function stats(): ImageStats {
  const shared = globalThis as { [STATS_KEY]?: ImageStats };
  shared[STATS_KEY] ??= {
    total: 0,
    drawn: 0,
    cached: 0,
    drawMs: 0,
    startedAt: performance.now(),
    finishedAt: 0,
    workers: 0,
  };
  return shared[STATS_KEY];
}

/** Every character of the cards that no font can draw, as one message; undefined when all can be drawn. */
function undrawable(images: readonly { image: PreviewImage; plan: CardPlan }[]): string | undefined {
  const lines = images.flatMap(({ image, plan }) =>
    plan.missing.map(
      ({ field, char }) =>
        `  - ${image.sources[field] ?? "the site's code"}, ${FIELD_NAMES[field]} “${image.card.title}”: ${describeChar(char)} (image ${image.path})`,
    ),
  );
  if (lines.length === 0) return undefined;
  return [
    `Preview images: no font the site ships can draw ${lines.length === 1 ? "this character" : `these ${lines.length} characters`}:`,
    ...lines,
    "Write the text without them, or add a font that covers them to src/lib/preview/fonts.ts (README: Fonts and renderer for the preview images).",
  ].join("\n");
}

/** The image's cache key, and its PNG when the cache has it. */
function lookup(image: PreviewImage, plan: CardPlan): { key: string; hit: Uint8Array | undefined } {
  const key = cacheKey({
    card: image.card,
    fonts: plan.fonts.map((f) => f.copyName),
    emoji: plan.emoji,
    design: config.design,
  });
  return { key, hit: config.dev ? undefined : cache.read(key) };
}

/**
 * Images one worker thread draws before another is worth starting: each loads the renderer and parses the fonts
 * again, which costs about as much as drawing a few dozen cards.
 */
const IMAGES_PER_WORKER = 100;

function job(image: PreviewImage, plan: CardPlan, { key, hit } = lookup(image, plan)): Promise<Uint8Array> {
  const s = stats();
  s.total += 1;
  if (hit) {
    s.cached += 1;
    s.finishedAt = performance.now();
    return Promise.resolve(hit);
  }
  pool ??= new DrawPool(workerUrl());
  s.workers = pool.size;
  return pool.draw(image.card, plan, fontDir, config.dev ? undefined : { dir: cache.dir, key }).then(
    ({ png, ms }) => {
      s.drawn += 1;
      s.drawMs += ms;
      s.finishedAt = performance.now();
      return png;
    },
    (error: unknown) => {
      throw new Error(
        `Preview image ${image.path} (${image.sources.title ?? image.card.title}): ${error instanceof Error ? error.message : String(error)}`,
      );
    },
  );
}

/**
 * Checks every card and starts making every image; call it from the image route's getStaticPaths.
 * Throws, before anything is drawn, when some character cannot be drawn.
 */
export function startPreviewImages(images: readonly PreviewImage[]): void {
  const library = fontLibrary(config.root);
  const planned = images.map((image) => ({ image, plan: library.planCard(image.card) }));
  const problem = undrawable(planned);
  if (problem) throw new Error(problem);
  stats().startedAt = performance.now();
  const fresh = planned
    .filter(({ image }) => !jobs.has(image.path))
    .map((p) => ({ ...p, found: lookup(p.image, p.plan) }));
  const toDraw = fresh.filter((p) => p.found.hit === undefined).length;
  pool ??= new DrawPool(
    workerUrl(),
    Math.min(availableParallelism(), Math.max(1, Math.ceil(toDraw / IMAGES_PER_WORKER))),
  );
  for (const { image, plan, found } of fresh) {
    if (!jobs.has(image.path)) {
      const started = job(image, plan, found);
      // The image is asked for later (written by the integration, or served in dev); a failure is reported then,
      // not as an unhandled rejection.
      started.catch(() => undefined);
      jobs.set(image.path, started);
    }
  }
}

/** The PNG of one image (started by `startPreviewImages`, or drawn now, as in `astro dev`). */
export function previewPng(image: PreviewImage): Promise<Uint8Array> {
  const started = jobs.get(image.path);
  if (started && !config.dev) return started;
  const plan = fontLibrary(config.root).planCard(image.card);
  const problem = undrawable([{ image, plan }]);
  if (problem) return Promise.reject(new Error(problem));
  const fresh = job(image, plan);
  jobs.set(image.path, fresh);
  return fresh;
}
