// Runs once before the cross-engine suite: finds (or installs) Firefox and WebKit, says which it uses and why,
// and serves the built site (dist/ or E2E_OUT_DIR) under its base path on a free port, with the WebKit load
// harness and the canary page beside it. The test files get all of it through `inject()`.

import type { TestProject } from "vitest/node";
import { type FoundEngine, findOrInstallEngines } from "../helpers/engines.mjs";
import { builtBase, builtPages, builtSiteDir, pageKind } from "../helpers/site-pages.mjs";
import { serveStatic } from "../helpers/static-server.mjs";
import { canaryFiles } from "./canary.ts";
import { LEFT_PATH, LOAD_HARNESS_PATH, leftPageHtml, loadHarnessHtml } from "./load-harness.ts";

export interface SitePage {
  /** Relative to the base path: `""`, `questions/x/`, `404.html`. */
  path: string;
  kind: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    engines: FoundEngine[];
    baseURL: string;
    pages: SitePage[];
  }
}

export default async function setup(project: TestProject) {
  const engines = findOrInstallEngines();
  for (const engine of engines) {
    console.log(`[engines] using ${engine.label}: ${Object.values(engine.tools).join(", ")} (${engine.reason})`);
  }
  const dir = builtSiteDir();
  const base = builtBase(dir);
  const server = await serveStatic({
    dir,
    base,
    extra: {
      [LOAD_HARNESS_PATH]: { type: "text/html; charset=utf-8", body: loadHarnessHtml() },
      [LEFT_PATH]: { type: "text/html; charset=utf-8", body: leftPageHtml() },
      ...canaryFiles(),
    },
  });
  console.log(`[engines] serving ${dir} at ${server.url}`);
  project.provide("engines", engines);
  project.provide("baseURL", server.url);
  project.provide(
    "pages",
    builtPages(dir).map(({ path }) => ({ path, kind: pageKind(path) })),
  );
  return () => server.close();
}
