// Navigation time between questions in Chromium over an emulated mobile network: clicking "Next question"
// straight away (cold) against hovering it first, as a reader does, so the prefetch can start. Measured from
// the click to the next page's load event.

import { readFileSync } from "node:fs";
import { chromium } from "playwright-core";
import { builtPages, pageKind } from "../helpers/site-pages.mjs";
import { serveStatic } from "../helpers/static-server.mjs";

/** A slow-ish phone connection, as Lighthouse's "Slow 4G": 150 ms RTT, 1.6 Mbit/s down. */
export const NETWORK = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};

/** @param {number[]} values */
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

/**
 * Walks the questions with "Next question", cold and with a hover first (the time a reader's pointer
 * rests on the link, `dwellMs`), and returns the median times.
 * @param {{ dir: string, base: string, browserPath: string, dwellMs?: number, limit?: number }} options
 */
export async function measureNavigation({ dir, base, browserPath, dwellMs = 300, limit = 8 }) {
  // The walk starts at the first question in reading order: the one without a "previous" link.
  const questions = builtPages(dir).filter((p) => pageKind(p.path) === "question");
  const first = questions.find((p) => !/\srel="?prev\b/.test(readFileSync(p.file, "utf8"))) ?? questions[0];
  const server = await serveStatic({ dir, base });
  const browser = await chromium.launch({
    executablePath: browserPath,
    args: [
      ...(process.getuid?.() === 0 ? ["--no-sandbox"] : []),
      "--disable-gpu",
      "--disable-background-networking",
      "--no-first-run",
    ],
  });
  /** @type {Record<"cold" | "hover", { ms: number[], fromCache: number, prerendered: number }>} */
  const results = { cold: { ms: [], fromCache: 0, prerendered: 0 }, hover: { ms: [], fromCache: 0, prerendered: 0 } };
  try {
    for (const mode of /** @type {const} */ (["cold", "hover"])) {
      // A fresh context per mode: no cache carried over from the other.
      const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send("Network.enable");
      await cdp.send("Network.emulateNetworkConditions", NETWORK);
      // Start on the first page in reading order that has a "Next question" link, and follow the chain.
      await page.goto(new URL(first?.path ?? "", server.url).href, { waitUntil: "load" });
      for (let step = 0; step < limit; step++) {
        const next = page.getByRole("link", { name: /next question/i });
        if ((await next.count()) === 0) break;
        if (mode === "hover") {
          await next.hover();
          await page.waitForTimeout(dwellMs);
        }
        const from = page.url();
        await next.click();
        await page.waitForURL((url) => url.href !== from, { waitUntil: "load" });
        // The browser's own clock, from the click's navigation start to the load event; for a page that was
        // prerendered in the background, from its activation (what the reader waits for).
        const timing = await page.evaluate(() => {
          const [entry] = /** @type {(PerformanceNavigationTiming & { activationStart?: number })[]} */ (
            performance.getEntriesByType("navigation")
          );
          if (!entry) return null;
          const activation = entry.activationStart ?? 0;
          return {
            ms: Math.max(0, entry.loadEventEnd - activation),
            prerendered: activation > 0,
            transfer: entry.transferSize,
            body: entry.encodedBodySize,
          };
        });
        if (!timing) throw new Error(`no navigation timing on ${page.url()}`);
        results[mode].ms.push(Math.round(timing.ms));
        if (timing.prerendered) results[mode].prerendered += 1;
        // Served without downloading the page again: from the prefetch (transfer 0) or a 304 (headers only).
        else if (timing.transfer === 0 || timing.transfer < timing.body) results[mode].fromCache += 1;
        // Back to the start of the next measurement: the pointer off the link, a moment of reading.
        await page.mouse.move(0, 0);
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return {
    network: `${NETWORK.latency} ms RTT, ${((NETWORK.downloadThroughput * 8) / 1024 / 1024).toFixed(1)} Mbit/s`,
    dwellMs,
    cold: {
      median: median(results.cold.ms),
      runs: results.cold.ms.length,
      fromCache: results.cold.fromCache,
      prerendered: results.cold.prerendered,
      all: results.cold.ms,
    },
    hover: {
      median: median(results.hover.ms),
      runs: results.hover.ms.length,
      fromCache: results.hover.fromCache,
      prerendered: results.hover.prerendered,
      all: results.hover.ms,
    },
  };
}
