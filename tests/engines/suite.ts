// One engine's run of the cross-engine suite: one browser session for every check, a proxy sink for the
// browser's own traffic, and after every test a look at what the page reported (console errors, uncaught
// exceptions, policy violations): any of it fails that test. The checks live in checks/, one file per area;
// checks/layout.ts holds the layout checks at phone and desktop widths.

import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, inject } from "vitest";
import { ROOT } from "../helpers/site-pages.mjs";
import { CANARY_PATH } from "./canary.ts";
import { a11yChecks } from "./checks/a11y.ts";
import { featureChecks } from "./checks/features.ts";
import { layoutChecks } from "./checks/layout.ts";
import { loadChecks } from "./checks/loads.ts";
import { networkChecks } from "./checks/network.ts";
import { screenshotChecks } from "./checks/screenshots.ts";
import { bounded, type Driver, type EngineName } from "./driver.ts";
import { launchFirefox } from "./firefox.ts";
import type { SitePage } from "./global-setup.ts";
import { type ProxySink, startProxySink } from "./network.ts";
import type { PageMessages } from "./webkit-console.ts";
import { launchWebKit, webkitLoadRun } from "./webkit.ts";

/** What every check gets: the live session and the facts of the run. */
export interface EngineContext {
  readonly engine: EngineName;
  /** The session (throws before it has started). */
  readonly driver: Driver;
  readonly pages: readonly SitePage[];
  readonly sink: ProxySink;
  /** Where screenshots go: test-results/engines/<engine>/. */
  readonly shotsDir: string;
  /** WebKit only: the console messages of each page's load, from the normal MiniBrowser run. */
  readonly webkitLoads: Promise<PageMessages[]> | undefined;
}

/** Registers the whole suite for one engine. */
export function engineSuite(engine: EngineName): void {
  const found = inject("engines").find((e) => e.engine === engine);
  if (!found) throw new Error(`${engine} was not set up by tests/engines/global-setup.ts`);
  const baseURL = inject("baseURL");
  const pages = inject("pages");
  const shotsDir = join(ROOT, "test-results", "engines", engine);
  let driver: Driver | undefined;
  let sink: ProxySink | undefined;
  let webkitLoads: Promise<PageMessages[]> | undefined;

  const context: EngineContext = {
    engine,
    get driver() {
      if (!driver) throw new Error(`the ${engine} session did not start`);
      return driver;
    },
    pages,
    get sink() {
      if (!sink) throw new Error("the proxy sink did not start");
      return sink;
    },
    shotsDir,
    get webkitLoads() {
      return webkitLoads;
    },
  };

  describe(engine, () => {
    beforeAll(async () => {
      mkdirSync(shotsDir, { recursive: true });
      sink = await startProxySink();
      if (engine === "webkit") {
        const tools = {
          driver: found.tools["driver"] ?? "",
          minibrowser: found.tools["minibrowser"] ?? "",
          xvfb: found.tools["xvfb"] ?? "",
          xdotool: found.tools["xdotool"] ?? "",
        };
        const origin = new URL(baseURL).origin;
        // The load run goes on beside the session (its own display), and the load checks wait for it.
        webkitLoads = webkitLoadRun({
          tools,
          origin,
          paths: [CANARY_PATH, ...pages.map((p) => new URL(p.path, baseURL).pathname)],
          proxyPort: sink.port,
        }).then((r) => r.pages);
        webkitLoads.catch(() => {}); // reported by the load checks
        driver = bounded(await launchWebKit({ tools, baseURL, proxyPort: sink.port }));
      } else {
        driver = bounded(
          await launchFirefox({ executablePath: found.tools["firefox"] ?? "", baseURL, proxyPort: sink.port }),
        );
      }
      console.log(`[engines] ${engine}: ${driver.version}`);
    }, 90_000);

    afterAll(async () => {
      await webkitLoads?.catch(() => {});
      await driver?.close();
      await sink?.close();
    });

    afterEach(async () => {
      if (!driver) return;
      expect(
        await driver.problems(),
        "console errors, uncaught exceptions or Content-Security-Policy violations",
      ).toEqual([]);
    });

    featureChecks(context);
    layoutChecks(context);
    a11yChecks(context);
    screenshotChecks(context);
    networkChecks(context);
    loadChecks(context);
  });
}
