// Playwright configuration for the end-to-end tests. Run it through `npm run test:e2e`
// (tests/tools/run-e2e.mjs), which finds a browser, serves the build on a free port and passes both in.
//
// Environment:
//   E2E_BASE_URL      where the built site is served, base path included (set by run-e2e.mjs)
//   E2E_BROWSER_PATH  Chromium executable to launch (default: Playwright's own)
//   Without E2E_BASE_URL (plain `npx playwright test`), `astro preview` serves E2E_OUT_DIR (default dist/)
//   on E2E_PORT (default 4321) under BASE_PATH (default `/`).
//   CI                set on CI: `test.only` forbidden
import { defineConfig } from "@playwright/test";

// Node's `process`, typed locally: the project has no @types/node.
declare const process: {
  env: Record<string, string | undefined>;
  getuid?: () => number;
};

const env = process.env;
const isCI = Boolean(env["CI"]);
const port = Number(env["E2E_PORT"] || 4321);
const basePath = `/${(env["BASE_PATH"] ?? "").replace(/^\/+|\/+$/g, "")}/`.replace(/^\/\/$/, "/");
const givenBaseURL = env["E2E_BASE_URL"];
const baseURL = givenBaseURL || `http://127.0.0.1:${port}${basePath}`;
const executablePath = env["E2E_BROWSER_PATH"] || undefined;
const outDir = env["E2E_OUT_DIR"] || undefined;
const isRoot = process.getuid?.() === 0;

export default defineConfig({
  testDir: "./e2e",
  outputDir: "../test-results",
  fullyParallel: true,
  // axe scans at several widths and themes take many seconds each on a 2-core machine.
  timeout: 90_000,
  forbidOnly: isCI,
  workers: 2,
  // No retries, on CI either: a test that passes only on its second try is a broken test.
  retries: 0,
  reporter: "list",
  use: {
    baseURL,
    // Off unless asked for (E2E_TRACE=1): recording every test's trace, to keep only a failing one's, cost about a
    // fifth of the suite's time. A failure still leaves its screenshot and the page's ARIA snapshot.
    trace: env["E2E_TRACE"] ? "retain-on-failure" : "off",
    screenshot: "only-on-failure",
    permissions: ["clipboard-read", "clipboard-write"],
    // The service worker would install, precache and take over pages in every test, and its fetches would
    // race with what other tests count (prefetches, requests at load). tests/e2e/offline.spec.ts allows it
    // and tests it; every other test sees the site as a first visit without one.
    serviceWorkers: "block",
  },
  projects: [
    {
      name: "chromium",
      use: {
        // Not devices["Desktop Chrome"]: its user agent would claim Playwright's Chrome build on
        // Windows whichever browser really runs.
        browserName: "chromium",
        viewport: { width: 1280, height: 720 },
        launchOptions: {
          ...(executablePath ? { executablePath } : {}),
          args: [
            ...(isRoot ? ["--no-sandbox"] : []),
            // A closed network makes Chromium's background services retry and log noisily.
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
          ],
        },
      },
    },
  ],
  ...(givenBaseURL
    ? {}
    : {
        webServer: {
          // `--ignore-lock`: Astro 7's preview refuses to start while another preview of this project
          // runs (lock file .astro/preview.json), and auto-backgrounds itself when it detects a coding
          // agent; either would break Playwright's server handling. With the flag it runs in the
          // foreground alongside any other preview and leaves the lock file alone.
          command: `npm run preview -- --port ${port} --host 127.0.0.1 --ignore-lock${outDir ? ` --outDir ${outDir}` : ""}`,
          cwd: "..",
          url: baseURL,
          reuseExistingServer: false,
          timeout: 60_000,
        },
      }),
});
