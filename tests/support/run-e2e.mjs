// `npm run test:e2e`: finds (or installs) a Chromium, then runs Playwright against the built
// site in dist/. Extra arguments go to `playwright test`: `npm run test:e2e -- --grep 404`.

import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { findOrInstallBrowser } from "./browser.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const args = process.argv.slice(2);
const listOnly = args.includes("--list");

// `--list` only collects tests; nothing is served, so it needs no build. E2E_OUT_DIR serves another build folder.
const outDir = process.env["E2E_OUT_DIR"] || "dist";
if (!listOnly && !existsSync(resolve(root, outDir))) {
  console.error(`[e2e] ${outDir} does not exist: run \`npm run build\` first (the tests run against the built site).`);
  process.exit(1);
}

let browser;
try {
  browser = await findOrInstallBrowser();
} catch (error) {
  console.error(`[e2e] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

const child = spawn("npx", ["playwright", "test", "--config", "tests/playwright.config.ts", ...args], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, E2E_BROWSER_PATH: browser.path },
});

// Ctrl-C reaches Playwright directly (same process group); a plain `kill` of this runner is passed on.
for (const signal of /** @type {const} */ (["SIGINT", "SIGTERM"])) {
  process.on(signal, () => child.kill(signal));
}

child.on("error", (error) => {
  console.error(`[e2e] could not start Playwright: ${error.message}`);
  process.exit(1);
});
child.on("exit", (code, signal) => {
  process.exit(code ?? (signal ? 1 : 0));
});
