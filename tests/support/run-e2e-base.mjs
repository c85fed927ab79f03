// `npm run test:e2e:base`: builds the site as it would be published under a sub-path with its own
// site URL, then runs the whole end-to-end suite against that build, so nothing depends on living at
// `/` of http://localhost:4321. Extra arguments go to `playwright test`.
//
// Environment (all optional):
//   BASE_PATH     base path to build with (default /handbook/)
//   SITE_URL      site URL to build with (default https://example.org)
//   E2E_OUT_DIR   where to build (default: a folder in the system's temp directory)
//   E2E_PORT      port for the preview server (default 4322, so it never meets a server on 4321)

import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const env = {
  ...process.env,
  BASE_PATH: process.env["BASE_PATH"] || "/handbook/",
  SITE_URL: process.env["SITE_URL"] || "https://example.org",
  E2E_OUT_DIR: process.env["E2E_OUT_DIR"] || join(tmpdir(), "genai-handbook-e2e-base"),
  E2E_PORT: process.env["E2E_PORT"] || "4322",
};

console.log(`[e2e:base] building with SITE_URL=${env.SITE_URL} BASE_PATH=${env.BASE_PATH} into ${env.E2E_OUT_DIR}`);
const build = spawnSync("npx", ["astro", "build", "--outDir", env.E2E_OUT_DIR], { cwd: root, stdio: "inherit", env });
if (build.status !== 0) {
  console.error(`[e2e:base] the build failed (${build.error?.message ?? `exit code ${build.status}`})`);
  process.exit(1);
}

const run = spawnSync("node", [join(root, "tests", "support", "run-e2e.mjs"), ...process.argv.slice(2)], { cwd: root, stdio: "inherit", env });
process.exit(run.status ?? 1);
