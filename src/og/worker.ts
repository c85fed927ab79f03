/**
 * A worker thread that draws preview cards (src/og/render.ts) for src/og/pool.ts, so images are
 * drawn on every core. Node runs this file as it is (type stripping), outside Vite's bundle.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { parentPort } from "node:worker_threads";
import { ImageCache } from "./cache.ts";
import { renderCard } from "./render.ts";
import type { DrawRequest, DrawResult } from "./pool.ts";

if (!parentPort) throw new Error("src/og/worker.ts runs as a worker thread of src/og/pool.ts");
const port = parentPort;

// Each drawn card leaves a 3 MB pixel buffer that resvg-js frees only when its JavaScript object is collected,
// and V8 does not count that memory, so it rarely collects: a thousand cards kept gigabytes. A full collection
// every few cards (between messages, so the finalisers run) keeps the thread at its working size.
setFlagsFromString("--expose-gc");
const collect = runInNewContext("gc") as () => void;
const COLLECT_EVERY = 8;
let drawn = 0;

port.on("message", async (request: DrawRequest) => {
  try {
    const { png, layoutMs, rasterMs } = await renderCard(request.card, request.plan, { fontDir: request.fontDir });
    // Kept for later builds here, so the build's own thread, busy rendering pages, does not write it.
    if (request.cache) new ImageCache(request.cache.dir).write(request.cache.key, png);
    const result: DrawResult = { id: request.id, png, ms: layoutMs + rasterMs };
    port.postMessage(result, [png.buffer as ArrayBuffer]);
  } catch (error) {
    const result: DrawResult = { id: request.id, error: error instanceof Error ? error.message : String(error) };
    port.postMessage(result);
  }
  if (++drawn % COLLECT_EVERY === 0) collect();
});
