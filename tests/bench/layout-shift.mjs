// `node tests/bench/layout-shift.mjs [build folder] [path,path,…]`: every layout shift of every built page (or
// the paths given, `?q=` allowed), at 390 px (phone) and 1280 px, with the elements that moved and where from
// and to (y and height in CSS px, clipped to the viewport; [0,0] is off-screen). Lighthouse 12.2 cannot name
// them on Chromium 156 (its layout-shifts audit fails to parse the trace), so this reads the browser's own
// PerformanceObserver('layout-shift') entries. LAYOUT_SHIFT_THROTTLE=1 adds Lighthouse's slow-phone throttling
// (4x CPU, slow 4G; 1x and fast for desktop). Figures only, judged by nothing: the e2e tests and `npm run audit`
// hold the limits. Pages without shifts print one line each.

import { chromium } from "playwright-core";
import { findOrInstallBrowser } from "../helpers/browser.mjs";
import { builtBase, builtPages, builtSiteDir } from "../helpers/site-pages.mjs";
import { serveStatic } from "../helpers/static-server.mjs";

const dir = builtSiteDir(process.argv[2]);
const paths = process.argv[3]?.split(",") ?? builtPages(dir).map((p) => p.path);
const throttle = process.env["LAYOUT_SHIFT_THROTTLE"] === "1";
const VIEWS = /** @type {const} */ ([
  { name: "phone", width: 390, height: 844, mobile: true },
  { name: "desktop", width: 1280, height: 720, mobile: false },
]);

const { path: executablePath } = await findOrInstallBrowser();
const server = await serveStatic({ dir, base: builtBase(dir) });
const browser = await chromium.launch({
  executablePath,
  args: [
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
});

/**
 * One shift as the page reports it.
 * @typedef {{ value: number, time: number, hadRecentInput: boolean, sources: string[] }} Shift
 */

try {
  for (const view of VIEWS) {
    for (const path of paths) {
      const context = await browser.newContext({
        viewport: { width: view.width, height: view.height },
        isMobile: view.mobile,
        hasTouch: view.mobile,
        deviceScaleFactor: view.mobile ? 3 : 1,
      });
      const page = await context.newPage();
      if (throttle) {
        const cdp = await context.newCDPSession(page);
        await cdp.send("Network.enable");
        await cdp.send("Network.emulateNetworkConditions", {
          offline: false,
          latency: view.mobile ? 150 : 40,
          downloadThroughput: ((view.mobile ? 1.6 : 10) * 1024 * 1024) / 8,
          uploadThroughput: (750 * 1024) / 8,
        });
        await cdp.send("Emulation.setCPUThrottlingRate", { rate: view.mobile ? 4 : 1 });
      }
      await page.addInitScript(() => {
        /** @type {Shift[]} */
        const shifts = [];
        Object.assign(window, { __layoutShifts: shifts });
        /** @param {Node | null | undefined} node */
        const describe = (node) => {
          if (!(node instanceof Element)) return node ? `#text "${(node.textContent ?? "").trim().slice(0, 30)}"` : "?";
          const classes =
            typeof node.className === "string" && node.className.trim()
              ? `.${node.className.trim().split(/\s+/).join(".")}`
              : "";
          return `${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ""}${classes}`;
        };
        new PerformanceObserver((list) => {
          for (const entry of /** @type {any[]} */ (list.getEntries())) {
            shifts.push({
              value: entry.value,
              time: Math.round(entry.startTime),
              hadRecentInput: entry.hadRecentInput,
              sources: (entry.sources ?? []).map(
                (/** @type {any} */ s) =>
                  `${describe(s.node)} [${Math.round(s.previousRect.y)},${Math.round(s.previousRect.height)}]->[${Math.round(s.currentRect.y)},${Math.round(s.currentRect.height)}]`,
              ),
            });
          }
        }).observe({ type: "layout-shift", buffered: true });
      });
      await page.goto(new URL(path, server.url).href, { waitUntil: "load" });
      // Late work (search results, deferred scripts) has time to land; entries arrive after their frame.
      await page.waitForTimeout(throttle ? 5000 : 2000);
      const shifts = /** @type {Shift[]} */ (await page.evaluate(() => /** @type {any} */ (window).__layoutShifts));
      // Chromium's phone emulation sometimes flags the first shifts as following input; a real phone would not,
      // so every shift counts here.
      const total = shifts.reduce((sum, s) => sum + s.value, 0);
      console.log(
        `${view.name} ${view.width}px /${path}: CLS ${total.toFixed(4)}${shifts.length ? "" : " (no shifts)"}`,
      );
      for (const s of shifts) console.log(`    ${s.value.toFixed(4)} at ${s.time} ms: ${s.sources.join(" | ")}`);
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
