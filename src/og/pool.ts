/**
 * Draws preview cards on worker threads (src/og/worker.ts), one per core, so a cold build draws
 * its images in parallel. Workers start on the first card and stop when the queue is empty. Where
 * Node cannot run the worker's TypeScript (no type stripping), cards are drawn in this thread.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { PreviewCard } from "../lib/preview/card.ts";
import type { CardPlan } from "./fonts.ts";
import { ImageCache } from "./cache.ts";
import { renderCard } from "./render.ts";

export interface DrawRequest {
  readonly id: number;
  readonly card: PreviewCard;
  readonly plan: CardPlan;
  readonly fontDir: string;
  /** Where to keep the drawn image for later builds (src/og/cache.ts), written by the thread that drew it. */
  readonly cache?: { readonly dir: string; readonly key: string } | undefined;
}

export type DrawResult = { id: number; png: Uint8Array; ms: number; error?: undefined } | { id: number; error: string };

interface Job {
  readonly request: DrawRequest;
  resolve(result: { png: Uint8Array; ms: number }): void;
  reject(error: Error): void;
}

export class DrawPool {
  private readonly queue: Job[] = [];
  private readonly running = new Map<Worker, Job>();
  private readonly idle: Worker[] = [];
  private readonly workers: Worker[] = [];
  private nextId = 1;
  readonly size: number;

  constructor(
    private readonly workerUrl: URL,
    size = availableParallelism(),
  ) {
    const canStrip = Boolean((process.features as { typescript?: unknown }).typescript);
    this.size = canStrip ? Math.max(1, size) : 0;
  }

  draw(
    card: PreviewCard,
    plan: CardPlan,
    fontDir: string,
    cache?: DrawRequest["cache"],
  ): Promise<{ png: Uint8Array; ms: number }> {
    const request: DrawRequest = { id: this.nextId++, card, plan, fontDir, cache };
    if (this.size === 0) {
      return renderCard(card, plan, { fontDir }).then(({ png, layoutMs, rasterMs }) => {
        if (cache) new ImageCache(cache.dir).write(cache.key, png);
        return { png, ms: layoutMs + rasterMs };
      });
    }
    return new Promise((resolve, reject) => {
      this.queue.push({ request, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.queue.length > 0) {
      const worker = this.idle.pop() ?? (this.workers.length < this.size ? this.start() : undefined);
      if (!worker) return;
      const job = this.queue.shift() as Job;
      this.running.set(worker, job);
      worker.postMessage(job.request);
    }
    if (this.running.size === 0) this.stop();
  }

  private start(): Worker {
    const worker = new Worker(this.workerUrl);
    worker.unref();
    this.workers.push(worker);
    worker.on("message", (result: DrawResult) => {
      const job = this.running.get(worker);
      this.running.delete(worker);
      if (job?.request.id === result.id) {
        if (result.error === undefined) job.resolve({ png: result.png, ms: result.ms });
        else job.reject(new Error(result.error));
      }
      this.idle.push(worker);
      this.pump();
    });
    worker.on("error", (error) => {
      // A crashed worker fails the card it was drawing; the others go on.
      this.running.get(worker)?.reject(error);
      this.running.delete(worker);
      this.workers.splice(this.workers.indexOf(worker), 1);
      this.pump();
    });
    return worker;
  }

  /** Ends the workers (they are started again if more cards come). */
  stop(): void {
    for (const worker of this.workers.splice(0)) void worker.terminate();
    this.idle.length = 0;
  }
}
