// `npm run bench [-- <built-site-dir>]`: figures for the site search, measured in Chromium against the
// built site (dist/ by default; built first only if it does not exist). Prints, and judges nothing:
//   - what a question page downloads before any search, and what opening search then adds;
//   - the search index on disk;
//   - search latency over a fixed list of queries: Pagefind alone, Pagefind plus the result data the UI
//     shows, and from the last keystroke to the results on screen in the real dialog.
// BASE_PATH is honoured as in astro.config.mjs (the site is served under it).

import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import { extname, join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { findOrInstallBrowser } from "../helpers/browser.mjs";

const QUERIES = [
  "vector store",
  "regression tests",
  "GPT-4",
  "connection pooling",
  "Discord",
  "LoRA",
  "drift",
  "catastrophic forgetting",
  "canary deployments",
  "semantic similarity cache",
  "similarity_threshold",
  "spot instances",
  "arXiv",
  "temperature",
  "PEFT",
  "observability",
  "hallucination",
  "test new prompts with a subset of traffic",
];
const QUESTION_PAGE = "questions/evaluation-and-monitoring/";
const ROUNDS = 5;

const root = resolve(import.meta.dirname, "..", "..");
const dir = resolve(root, process.argv[2] ?? "dist");
const base = `/${(process.env["BASE_PATH"] ?? "").split("/").filter(Boolean).join("/")}/`.replace(/^\/\/$/, "/");

if (!existsSync(dir)) {
  if (process.argv[2]) {
    console.error(`[bench] ${dir} does not exist`);
    process.exit(1);
  }
  console.log("[bench] dist/ does not exist: building it once with `astro build`");
  const built = spawnSync("npx", ["astro", "build"], { cwd: root, stdio: "inherit" });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
if (!existsSync(join(dir, "pagefind", "pagefind.js"))) {
  console.error(`[bench] ${dir} has no pagefind/ bundle: is it a build of this site?`);
  process.exit(1);
}

// ---- a static server for the built site under the base path ----------------------------------------
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".svg": "image/svg+xml",
};
const server = createServer(async (req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
  if (!path.startsWith(base)) return void res.writeHead(404).end();
  let file = join(dir, path.slice(base.length));
  if (!file.startsWith(dir)) return void res.writeHead(403).end();
  try {
    if (statSync(file).isDirectory()) file = join(file, "index.html");
    const body = await readFile(file);
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((done) => server.listen(0, "127.0.0.1", done));
const address = server.address();
const origin = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
const siteUrl = (path) => `${origin}${base}${path}`;

// ---- helpers ----------------------------------------------------------------------------------------
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const ms = (n) => `${n.toFixed(1)} ms`;

/** Groups a downloaded file for the report. */
function groupOf(url) {
  const path = new URL(url).pathname.slice(base.length - 1);
  if (/\/_astro\/search-(ui|landing)\./.test(path)) return "search UI code (site)";
  if (/\/_astro\/.*\.js$/.test(path)) return "other site scripts";
  if (path.endsWith("/pagefind/pagefind.js")) return "pagefind.js";
  if (path.endsWith("/pagefind/pagefind-worker.js")) return "pagefind-worker.js";
  if (/\/pagefind\/wasm\./.test(path)) return "Pagefind WebAssembly";
  if (/\.pf_index$/.test(path)) return "index chunks";
  if (/\.pf_fragment$/.test(path)) return "result fragments";
  if (/\.pf_filter$/.test(path)) return "filter data";
  if (/\/pagefind\//.test(path)) return "Pagefind metadata";
  if (path.endsWith("/search/data.json")) return "topic data (search/data.json)";
  if (/\.css$/.test(path)) return "CSS";
  if (/\.html$|\/$/.test(path)) return "HTML";
  return "other";
}

/** Records every response of a page with its raw and gzip-compressed size. */
function recordDownloads(page) {
  const files = [];
  page.on("response", async (response) => {
    try {
      const body = await response.body();
      files.push({ url: response.url(), raw: body.length, gzip: gzipSync(body).length });
    } catch {
      // Redirects and aborted requests have no body.
    }
  });
  return files;
}

function printDownloads(title, files) {
  const groups = new Map();
  for (const f of files) {
    const g = groups.get(groupOf(f.url)) ?? { count: 0, raw: 0, gzip: 0 };
    g.count++;
    g.raw += f.raw;
    g.gzip += f.gzip;
    groups.set(groupOf(f.url), g);
  }
  const raw = files.reduce((n, f) => n + f.raw, 0);
  const gzip = files.reduce((n, f) => n + f.gzip, 0);
  console.log(`\n${title}: ${files.length} files, ${kb(raw)} (${kb(gzip)} gzipped)`);
  for (const [name, g] of [...groups].sort((a, b) => b[1].raw - a[1].raw)) {
    console.log(
      `  ${name.padEnd(32)} ${String(g.count).padStart(3)} × ${kb(g.raw).padStart(9)}  ${kb(g.gzip).padStart(9)} gz`,
    );
  }
}

function folderBytes(path, filter = () => true) {
  let bytes = 0;
  let count = 0;
  for (const entry of readdirSync(path, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !filter(entry.name)) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    count++;
  }
  return { bytes, count };
}

// ---- measurements -----------------------------------------------------------------------------------
const quiet = { log: () => {} };
const { path: executablePath } = await findOrInstallBrowser(quiet);
const browser = await chromium.launch({
  executablePath,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
});

try {
  console.log(`[bench] ${dir} served at ${siteUrl("")}; Chromium ${browser.version()}`);

  // 1. A question page before and after opening search.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const files = recordDownloads(page);
  await page.goto(siteUrl(QUESTION_PAGE), { waitUntil: "networkidle" });
  const before = files.splice(0);
  printDownloads(`Question page /${QUESTION_PAGE}, before any search`, before);
  const searchBefore = before.filter((f) => /\/pagefind\/|search-ui|search\/data\.json/.test(f.url));
  console.log(`  search code or index among them: ${searchBefore.length} files`);

  const opened = performance.now();
  await page.locator("body").press("/");
  await page.keyboard.type(QUERIES[0]);
  await page.locator("dialog[open] .search-results").waitFor();
  const firstResults = performance.now() - opened;
  await page.waitForLoadState("networkidle");
  printDownloads(`Opening search and typing "${QUERIES[0]}"`, files.splice(0));
  console.log(
    `  from "/" to the first results on screen: ${ms(firstResults)} (cold: code, WebAssembly and index loaded)`,
  );

  // 2. Latency, warm: Pagefind alone and with the fragments the UI renders.
  const timings = await page.evaluate(
    async ({ queries, rounds, bundle }) => {
      const pagefind = await import(bundle);
      const search = [];
      const withData = [];
      for (let round = 0; round < rounds; round++) {
        for (const q of queries) {
          const t0 = performance.now();
          const response = await pagefind.search(q);
          const t1 = performance.now();
          await Promise.all(response.results.map((r) => r.data()));
          const t2 = performance.now();
          // The first round also loads index chunks and fragments: report warm rounds only.
          if (round > 0) {
            search.push(t1 - t0);
            withData.push(t2 - t0);
          }
        }
      }
      return { search, withData };
    },
    { queries: QUERIES, rounds: ROUNDS, bundle: `${base}pagefind/pagefind.js` },
  );

  // 3. Latency as a reader sees it: last keystroke to the results of that query in the dialog.
  const input = page.locator("dialog[open] [data-search-input]");
  const onScreen = [];
  for (const q of QUERIES) {
    await input.fill("");
    const t0 = performance.now();
    await input.fill(q);
    await page.waitForFunction(
      (query) => document.querySelector("dialog[open] [data-search-status]")?.textContent?.includes(`“${query}”`),
      q,
    );
    onScreen.push(performance.now() - t0);
  }

  console.log(`\nSearch latency over ${QUERIES.length} queries (median; warm, after each query ran once):`);
  console.log(`  pagefind.search()                         ${ms(median(timings.search))}`);
  console.log(`  pagefind.search() + data() of all results ${ms(median(timings.withData))}`);
  console.log(`  typed query → results in the dialog       ${ms(median(onScreen))} (includes the UI's 60 ms debounce)`);
  await context.close();

  // 4. The index on disk.
  const bundle = join(dir, "pagefind");
  const all = folderBytes(bundle);
  const fragments = folderBytes(join(bundle, "fragment"));
  const index = folderBytes(join(bundle, "index"));
  const filter = folderBytes(join(bundle, "filter"));
  const wasm = folderBytes(bundle, (name) => name.startsWith("wasm."));
  console.log(`\nIndex on disk (${bundle}):`);
  console.log(`  pagefind/ folder          ${String(all.count).padStart(3)} files ${kb(all.bytes).padStart(10)}`);
  console.log(`  index chunks              ${String(index.count).padStart(3)} files ${kb(index.bytes).padStart(10)}`);
  console.log(
    `  result fragments          ${String(fragments.count).padStart(3)} files ${kb(fragments.bytes).padStart(10)}`,
  );
  console.log(`  filter data               ${String(filter.count).padStart(3)} files ${kb(filter.bytes).padStart(10)}`);
  console.log(`  WebAssembly               ${String(wasm.count).padStart(3)} files ${kb(wasm.bytes).padStart(10)}`);
} finally {
  await browser.close();
  server.close();
}
