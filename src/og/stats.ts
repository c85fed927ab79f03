/**
 * The build's preview images and what they cost, shared through globalThis between the image route (in
 * Astro's bundle) and the previewImages integration (in Astro's config), which writes the images into the
 * output, logs the cost and records it.
 */
export const STATS_KEY = Symbol.for("handbook.preview-images.stats");
const JOBS_KEY = Symbol.for("handbook.preview-images.jobs");

/** Every image started in this process, by site path (`og/questions/x.png`): its PNG once drawn or read from the cache. */
export function imageJobs(): Map<string, Promise<Uint8Array>> {
  const shared = globalThis as { [JOBS_KEY]?: Map<string, Promise<Uint8Array>> };
  shared[JOBS_KEY] ??= new Map();
  return shared[JOBS_KEY];
}

export interface ImageStats {
  total: number;
  drawn: number;
  cached: number;
  /** Milliseconds spent drawing, summed over threads. */
  drawMs: number;
  /** performance.now() when the images were started and when the last one was ready. */
  startedAt: number;
  finishedAt: number;
  workers: number;
}

/** The record the build writes (`<cacheDir>/preview-images/last-build.json`), for benchmarks. */
export interface ImageTimings {
  readonly images: number;
  readonly drawn: number;
  readonly fromCache: number;
  /** Wall time from the first image started to the last one ready. */
  readonly wallMs: number;
  /** Drawing time summed over worker threads, and per drawn image. */
  readonly drawMs: number;
  readonly msPerDrawnImage: number | null;
  readonly workers: number;
  readonly finishedAt: string;
}

export function timings(s: ImageStats, now = new Date()): ImageTimings {
  return {
    images: s.total,
    drawn: s.drawn,
    fromCache: s.cached,
    wallMs: Math.round(Math.max(0, s.finishedAt - s.startedAt)),
    drawMs: Math.round(s.drawMs),
    msPerDrawnImage: s.drawn > 0 ? Math.round((s.drawMs / s.drawn) * 10) / 10 : null,
    workers: s.workers,
    finishedAt: now.toISOString(),
  };
}

/** The build's one line about its images. */
export function summary(t: ImageTimings): string {
  const seconds = (t.wallMs / 1000).toFixed(1);
  const per =
    t.msPerDrawnImage === null
      ? ""
      : `, ${t.msPerDrawnImage} ms per drawn image on ${t.workers} thread${t.workers === 1 ? "" : "s"}`;
  return `${t.images} preview images in ${seconds} s: ${t.drawn} drawn, ${t.fromCache} from cache${per}`;
}
