// `npm run budget [build folder]`: the performance budget. For every page of the build it works out, from
// the files, what the browser downloads before any interaction (gzip bytes of HTML, CSS, JS, fonts, images);
// then it opens a question page in Chromium, checks that the browser fetched nothing beyond that at load,
// and measures what opening search and running one query adds. Prints a table and exits non-zero when a
// figure is over its limit in tests/budget.json.

import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { findOrInstallBrowser } from "../helpers/browser.mjs";
import { builtBase, builtPages, builtSiteDir, pageKind, ROOT } from "../helpers/site-pages.mjs";
import { serveStatic } from "../helpers/static-server.mjs";
import { writeSummary } from "../helpers/summary.mjs";
import { fileForUrl, initialDownloads, tally, wireBytes } from "../helpers/weight.mjs";

const budget = JSON.parse(readFileSync(join(ROOT, "tests", "budget.json"), "utf8"));
const dir = builtSiteDir(process.argv[2]);
const base = builtBase(dir);
const site = { dir, base };
const pages = builtPages(dir);

const kb = (/** @type {number} */ bytes) => (bytes / 1024).toFixed(1);

// 1. Before interaction, from the files: the heaviest page of each kind.
/** @type {Map<string, { path: string, sums: ReturnType<typeof tally>, files: Map<string, string> }>} */
const heaviest = new Map();
for (const page of pages) {
  const files = initialDownloads(page.file, `${base}${page.path}`, site);
  const sums = tally(files.keys());
  const kind = pageKind(page.path);
  const current = heaviest.get(kind);
  if (!current || sums.total > current.sums.total) heaviest.set(kind, { path: page.path, sums, files });
}

/** @type {string[]} */
const failures = [];
/** Limits compared, each one a test for `npm test`'s count (a failure is one of them). */
let checks = 0;
/** @type {Record<string, unknown>[]} */
const rows = [];
const order = ["question", "home", "topics", "topic", "search", "404", "other"];
for (const kind of order) {
  const entry = heaviest.get(kind);
  if (!entry) continue;
  const { sums, path } = entry;
  const limit = budget.pages?.[kind] ?? budget.pages?.["*"];
  rows.push({
    "page (heaviest of its kind)": `/${path}`,
    html: kb(sums.html),
    css: kb(sums.css),
    js: kb(sums.js),
    fonts: kb(sums.font),
    images: kb(sums.image),
    "total KiB": kb(sums.total),
    files: sums.count,
    "budget KiB": limit?.total !== undefined ? kb(limit.total) : "-",
  });
  for (const [part, max] of Object.entries(limit ?? {})) {
    const value = part === "requests" ? sums.count : /** @type {Record<string, number>} */ (sums)[part];
    if (value !== undefined && typeof max === "number") checks += 1;
    if (value !== undefined && typeof max === "number" && value > max) {
      failures.push(
        `/${path}: ${part} ${part === "requests" ? value : `${kb(value)} KiB`} is over the budget of ${part === "requests" ? max : `${kb(max)} KiB`}`,
      );
    }
  }
}
console.log(`[budget] before interaction, gzip level 9 (KiB = 1024 bytes), from ${dir}`);
console.table(rows);

// 1b. What the service worker precaches when it installs (after the page has loaded): the files its
// precache list names (the build writes `{url:"…",revision:…}` entries into sw.js: src/lib/offline/worker.ts),
// in gzip bytes.
const swFile = join(dir, "sw.js");
if (existsSync(swFile)) {
  const urls = [...readFileSync(swFile, "utf8").matchAll(/\{url:"([^"]+)",revision:/g)].map((m) => m[1] ?? "");
  const files = urls.map((url) => fileForUrl(url, site));
  const missing = urls.filter((_url, i) => files[i] === null);
  const sums = tally(files.filter((f) => f !== null));
  const limit = budget.precache?.total;
  console.log(
    `[budget] service worker precache: ${sums.count} files, ${kb(sums.total)} KiB gzip (${(sums.total / 1000).toFixed(1)} kB)` +
      (typeof limit === "number" ? `, limit ${(limit / 1000).toFixed(0)} kB` : ""),
  );
  checks += 2;
  if (urls.length === 0)
    failures.push(
      `${swFile}: no precache entries found (has the precache list's form in src/lib/offline/worker.ts changed?)`,
    );
  if (missing.length > 0) failures.push(`${swFile} precaches files the build does not have: ${missing.join(", ")}`);
  if (typeof limit === "number") {
    checks += 1;
    if (sums.total > limit)
      failures.push(
        `service worker precache: ${(sums.total / 1000).toFixed(1)} kB is over the budget of ${(limit / 1000).toFixed(0)} kB`,
      );
  }
} else {
  console.log(`[budget] no service worker in ${dir}: precache not measured`);
}

// 2. In a browser: what a question page really fetches at load, and what search adds.
const question = heaviest.get("question");
if (question) {
  const { path: browserPath } = await findOrInstallBrowser({ headless: true, log: () => {} });
  const server = await serveStatic({ dir, base });
  const browser = await chromium.launch({
    executablePath: browserPath,
    args: [
      ...(process.getuid?.() === 0 ? ["--no-sandbox"] : []),
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
    ],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    /** @type {Set<string>} */
    let fetched = new Set();
    /** @type {string[]} */
    const unknown = [];
    page.on("request", (request) => {
      const file = fileForUrl(request.url(), site);
      if (file) fetched.add(file);
      else if (!request.url().startsWith("data:") && !request.url().startsWith("blob:")) unknown.push(request.url());
    });
    await page.goto(new URL(question.path, server.url).href, { waitUntil: "networkidle" });
    const atLoad = fetched;
    const extra = [...atLoad].filter((f) => !question.files.has(f));
    const observed = tally(atLoad);
    console.log(
      `[budget] Chromium fetched ${observed.count} files (${kb(observed.total)} KiB) loading /${question.path}` +
        (extra.length > 0
          ? `, ${extra.length} not predicted from the HTML: ${extra.map((f) => f.slice(dir.length)).join(", ")}`
          : ", all predicted from the HTML"),
    );
    const limit = budget.pages?.question?.total;
    checks += 2; // predicted files, and the total the browser fetched
    if (extra.length > 0) failures.push(`/${question.path}: the browser fetched files not predicted from the HTML`);
    if (typeof limit === "number" && observed.total > limit)
      failures.push(`/${question.path}: the browser fetched ${kb(observed.total)} KiB at load, over ${kb(limit)} KiB`);

    fetched = new Set();
    const trigger = page.getByRole("banner").getByRole("button", { name: /search/i });
    if ((await trigger.count()) > 0 && (await trigger.first().isVisible())) {
      await trigger.first().click();
      const dialog = page.locator("dialog[open], [role='dialog']:visible").first();
      await dialog.getByRole("searchbox").fill(budget.searchQuery ?? "caching");
      await dialog.getByRole("list").getByRole("link").first().waitFor({ timeout: 15_000 });
      await page.waitForLoadState("networkidle");
      const search = tally([...fetched].filter((f) => !atLoad.has(f)));
      const byKind = {
        js: search.js,
        css: search.css,
        "index + wasm": search.search,
        other: search.other + search.html + search.image + search.font,
      };
      console.log(
        `[budget] opening search and one query ("${budget.searchQuery ?? "caching"}") adds ${search.count} files:`,
      );
      console.table([
        {
          ...Object.fromEntries(Object.entries(byKind).map(([k, v]) => [k, kb(v)])),
          "total KiB": kb(search.total),
          "budget KiB": budget.searchOpen?.total ? kb(budget.searchOpen.total) : "-",
        },
      ]);
      for (const file of [...fetched].filter((f) => !atLoad.has(f)).sort())
        console.log(`           ${kb(wireBytes(file)).padStart(7)} KiB  ${file.slice(dir.length)}`);
      for (const [part, max] of Object.entries(budget.searchOpen ?? {})) {
        const value = /** @type {Record<string, number>} */ (search)[part];
        if (typeof value === "number" && typeof max === "number") checks += 1;
        if (typeof value === "number" && typeof max === "number" && value > max)
          failures.push(`search: ${part} ${kb(value)} KiB is over the budget of ${kb(max)} KiB`);
      }
    } else {
      console.log("[budget] no search button in the header: search not measured");
    }
    checks += 1;
    if (unknown.length > 0) failures.push(`requests outside the build: ${unknown.join(", ")}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

writeSummary({ passed: Math.max(0, checks - failures.length), failed: failures.length });
if (failures.length > 0) {
  console.error(`[budget] over budget:\n  ${failures.join("\n  ")}`);
  process.exit(1);
}
console.log("[budget] all figures within tests/budget.json");
