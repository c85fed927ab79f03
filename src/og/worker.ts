/**
 * A worker thread that draws preview cards (src/og/render.ts) for src/og/pool.ts, so images are
 * drawn on every core. Node runs this file as it is (type stripping), outside Vite's bundle.
 */
import { parentPort } from "node:worker_threads";
import { renderCard } from "./render.ts";
import type { DrawRequest, DrawResult } from "./pool.ts";

if (!parentPort) throw new Error("src/og/worker.ts runs as a worker thread of src/og/pool.ts");
const port = parentPort;
port.on("message", async (request: DrawRequest) => {
  try {
    const { png, layoutMs, rasterMs } = await renderCard(request.card, request.plan, { fontDir: request.fontDir });
    const result: DrawResult = { id: request.id, png, ms: layoutMs + rasterMs };
    port.postMessage(result, [png.buffer as ArrayBuffer]);
  } catch (error) {
    const result: DrawResult = { id: request.id, error: error instanceof Error ? error.message : String(error) };
    port.postMessage(result);
  }
});
