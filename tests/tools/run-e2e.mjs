// `npm run test:e2e`: finds (or installs) a Chromium, serves the built site in dist/ (or E2E_OUT_DIR) on a
// free port with the project's static server, as a production host would (tests/helpers/static-server.mjs),
// then runs Playwright against it. Extra arguments go to `playwright test`: `npm run test:e2e -- --grep 404`.
//
// A free port per run means two checkouts (or a test run beside `npm start`) never share a server.
// E2E_PORT fixes the port instead.

import { spawn } from "node:child_process";
import { findOrInstallBrowser } from "../helpers/browser.mjs";
import { builtBase, builtSiteDir, ROOT } from "../helpers/site-pages.mjs";
import { serveStatic } from "../helpers/static-server.mjs";

const args = process.argv.slice(2);
const listOnly = args.includes("--list");

/** @type {{ url: string, close(): Promise<void> } | undefined} */
let server;
if (!listOnly) {
  let dir;
  try {
    dir = builtSiteDir();
  } catch (error) {
    console.error(`[e2e] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  server = await serveStatic({ dir, base: builtBase(dir), port: Number(process.env["E2E_PORT"] || 0) });
  console.log(`[e2e] serving ${dir} at ${server.url}`);
}

let browser;
try {
  browser = await findOrInstallBrowser({ headless: true });
} catch (error) {
  console.error(`[e2e] ${error instanceof Error ? error.message : String(error)}`);
  await server?.close();
  process.exit(1);
}

const child = spawn("npx", ["playwright", "test", "--config", "tests/playwright.config.ts", ...args], {
  cwd: ROOT,
  stdio: "inherit",
  env: { ...process.env, E2E_BROWSER_PATH: browser.path, ...(server ? { E2E_BASE_URL: server.url } : {}) },
});

// Ctrl-C reaches Playwright directly (same process group); a plain `kill` of this runner is passed on.
for (const signal of /** @type {const} */ (["SIGINT", "SIGTERM"])) {
  process.on(signal, () => child.kill(signal));
}

child.on("error", async (error) => {
  console.error(`[e2e] could not start Playwright: ${error.message}`);
  await server?.close();
  process.exit(1);
});
child.on("exit", async (code, signal) => {
  await server?.close();
  process.exit(code ?? (signal ? 1 : 0));
});
