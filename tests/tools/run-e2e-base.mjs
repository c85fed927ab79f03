// `npm run test:e2e:base`: builds the site as it would be published under a sub-path with its own site URL,
// then runs the end-to-end tests tagged @base-path against that build: every URL in every built file and
// every request of every page (tests/e2e/base-path.spec.ts), and the flows that build URLs at run time
// (search, highlight, short links, sharing, previews, the practice list). Extra arguments go to
// `playwright test`.
//
// The build runs in a throwaway copy of the project (tests/helpers/site-copy.ts) with its own Astro cache, so
// it can run beside the main build without the two sharing a content store.
//
//   --build-only   build, do not test          --no-build   test the build already in E2E_OUT_DIR
//
// Environment (all optional):
//   BASE_PATH     base path to build with (default /handbook/)
//   SITE_URL      site URL to build with (default https://example.org)
//   E2E_OUT_DIR   where to build (default .tmp/dist-base/)

import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { copySite } from "../helpers/site-copy.ts";
import { ROOT } from "../helpers/site-pages.mjs";

const argv = process.argv.slice(2);
const buildOnly = argv.includes("--build-only");
const noBuild = argv.includes("--no-build");
const args = argv.filter((a) => a !== "--build-only" && a !== "--no-build");

const env = {
  ...process.env,
  BASE_PATH: process.env["BASE_PATH"] || "/handbook/",
  SITE_URL: process.env["SITE_URL"] || "https://example.org",
  E2E_OUT_DIR: process.env["E2E_OUT_DIR"] || join(ROOT, ".tmp", "dist-base"),
};

if (!noBuild) {
  console.log(`[e2e:base] building with SITE_URL=${env.SITE_URL} BASE_PATH=${env.BASE_PATH} into ${env.E2E_OUT_DIR}`);
  rmSync(env.E2E_OUT_DIR, { recursive: true, force: true });
  const copy = copySite();
  try {
    const { status, output } = copy.build({
      outDir: env.E2E_OUT_DIR,
      env: { BASE_PATH: env.BASE_PATH, SITE_URL: env.SITE_URL },
    });
    if (status !== 0) {
      console.error(output);
      console.error(`[e2e:base] the build failed (exit code ${status})`);
      process.exit(1);
    }
    console.log(
      output
        .split("\n")
        .filter((line) => /page\(s\) built|Complete!|\[link-check\]|\[pagefind\]/.test(line))
        .join("\n"),
    );
  } finally {
    copy.remove();
  }
}
if (buildOnly) process.exit(0);

const run = spawnSync("node", [join(ROOT, "tests", "tools", "run-e2e.mjs"), "--grep", "@base-path", ...args], {
  cwd: ROOT,
  stdio: "inherit",
  env,
});
process.exit(run.status ?? 1);
