// `node tests/bench/mock-round.mjs [built-site-dir]`: what the mock round page (/practice/mock/) fetches, measured in
// Chromium against a built site (dist/ by default): at load (until the network is idle), and for one round of three
// questions played to its summary, each scored in full. Service workers are blocked, so the precache is not counted.
// Bytes are the files' gzip size (level 9, as the budget counts them) and their size on disk. Prints, judges nothing.

import { statSync } from "node:fs";
import { chromium } from "playwright-core";
import { findOrInstallBrowser } from "../helpers/browser.mjs";
import { builtBase, builtSiteDir } from "../helpers/site-pages.mjs";
import { serveStatic } from "../helpers/static-server.mjs";
import { fileForUrl, wireBytes } from "../helpers/weight.mjs";

const dir = builtSiteDir(process.argv[2]);
const base = builtBase(dir);
const site = { dir, base };
const kib = (/** @type {number} */ n) => `${(n / 1024).toFixed(1)} KiB`;

/** @param {Iterable<string>} files */
function sizes(files) {
  const list = [...files];
  return {
    files: list.length,
    gzip: list.reduce((sum, f) => sum + wireBytes(f), 0),
    raw: list.reduce((sum, f) => sum + statSync(f).size, 0),
  };
}

const { path: browserPath } = await findOrInstallBrowser({ headless: true, log: () => {} });
const server = await serveStatic({ dir, base });
const browser = await chromium.launch({
  executablePath: browserPath,
  args: [...(process.getuid?.() === 0 ? ["--no-sandbox"] : []), "--disable-gpu", "--disable-background-networking"],
});
try {
  const context = await browser.newContext({ serviceWorkers: "block", viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  /** @type {Set<string>} */
  let fetched = new Set();
  page.on("request", (request) => {
    const file = fileForUrl(request.url(), site);
    if (file) fetched.add(file);
  });
  await page.goto(new URL("practice/mock/", server.url).href, { waitUntil: "networkidle" });
  await page.getByText(/Every question can come up/).waitFor();
  const atLoad = sizes(fetched);
  const data = [...fetched].filter((f) => f.endsWith(".json")).map((f) => f.slice(dir.length + 1));

  fetched = new Set();
  await page.getByRole("button", { name: "Start the round" }).click();
  for (let n = 1; n <= 3; n++) {
    await page.getByText(`Question ${n} of 3`).first().waitFor();
    await page.getByRole("button", { name: "I have answered: score it" }).click();
    const items = page.locator("[data-rubric] fieldset");
    await items.first().waitFor();
    for (const item of await items.all()) await item.getByRole("radio", { name: "Covered" }).check();
    await page.getByRole("button", { name: n < 3 ? "Next question" : "Finish and see the results" }).click();
  }
  await page.getByRole("heading", { name: "Your round" }).waitFor();
  await page.waitForLoadState("networkidle");
  const round = sizes(fetched);
  const roundData = [...fetched].filter((f) => f.endsWith(".json")).map((f) => f.slice(dir.length + 1));

  console.log(`[bench] the mock round page of ${dir}`);
  console.table({
    "at load": { files: atLoad.files, gzip: kib(atLoad.gzip), "on disk": kib(atLoad.raw), data: data.join(", ") },
    "a round of 3": {
      files: round.files,
      gzip: kib(round.gzip),
      "on disk": kib(round.raw),
      data: roundData.join(", "),
    },
  });
} finally {
  await browser.close();
  await server.close();
}
