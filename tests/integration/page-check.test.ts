/**
 * The page check (src/integrations/csp.ts, one page: src/integrations/page-check.ts) gives the same pages, the
 * same problems and the same links whether it runs in this thread or on worker threads (which a build of many pages
 * uses), reports each problem with its page, and fails on a page it cannot read rather than skipping it.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { checkPages, checkPagesCached, pageCheckThreads, PAGES_PER_WORKER } from "../../src/integrations/csp";
import { cspHash } from "../../src/lib/csp";

const workerUrl = pathToFileURL(resolve(import.meta.dirname, "../../src/integrations/page-check-worker.ts"));
const scripts = ["console.log(1)", "console.log(2)", "console.log(3)"];
const policy = `default-src 'none'; script-src 'self' ${scripts.map(cspHash).join(" ")}`;
const page = (n: number, body: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Page ${n}</title>` +
  `<meta http-equiv="content-security-policy" content="${policy}"></head><body><main id="top-${n}">${body}</main></body></html>`;

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A folder of pages: most fine, one with an inline script the policy has no hash for, one with no policy. */
function pages(): { root: string; files: string[] } {
  const { root, files } = goodPages();
  writeFileSync(join(root, "unsafe.html"), page(9, "<script>alert(1)</script>"));
  writeFileSync(join(root, "bare.html"), "<!DOCTYPE html><html><head><title>Bare</title></head><body></body></html>");
  return { root, files: [...files, "unsafe.html", "bare.html"] };
}

/** A folder of pages that all pass. */
function goodPages(): { root: string; files: string[] } {
  const root = mkdtempSync(join(tmpdir(), "page-check-"));
  dirs.push(root);
  const files: string[] = [];
  for (let n = 0; n < 9; n++) {
    const body = `<script>${scripts[n % 3]}</script><a href="/p${(n + 1) % 9}/#top-${(n + 1) % 9}">next</a>`;
    writeFileSync(join(root, `p${n}.html`), page(n, body));
    files.push(`p${n}.html`);
  }
  return { root, files };
}

describe("the page check", () => {
  it("checks pages alike in this thread and on two worker threads", async () => {
    const here = pages();
    const there = pages();
    const options = { keep: [], siteOrigin: "https://example.org" };
    const inThread = await checkPages(here.root, here.files, options, { threads: 0 });
    const onWorkers = await checkPages(there.root, there.files, options, { threads: 2, workerUrl });

    const comparable = (results: typeof inThread) =>
      results.map(({ links: { stamp: _stamp, ...links }, ...r }) => ({ ...r, links }));
    expect(comparable(onWorkers)).toEqual(comparable(inThread));
    expect(onWorkers.map((r) => r.file)).toEqual(here.files);
    for (const file of here.files)
      expect(readFileSync(join(there.root, file), "utf8")).toBe(readFileSync(join(here.root, file), "utf8"));

    const first = inThread[0];
    // Only the hash of the page's own script is left, and the policy comes straight after <meta charset>.
    expect(readFileSync(join(here.root, "p0.html"), "utf8")).toContain(
      `<meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src 'none'; script-src 'self' ${cspHash(scripts[0] ?? "")}">`,
    );
    expect(first?.removed).toBe(2);
    expect(first?.links.ids).toEqual(new Set(["top-0"]));
    expect(first?.links.links).toContainEqual({ element: "a", attribute: "href", value: "/p1/#top-1" });
    expect(inThread.find((r) => r.file === "unsafe.html")?.problems.join("\n")).toMatch(/inline script/i);
    expect(inThread.find((r) => r.file === "bare.html")?.hasPolicy).toBe(false);
  });

  it("fails, naming the page, when a worker cannot read one", async () => {
    const { root, files } = pages();
    await expect(
      checkPages(
        root,
        [...files, "missing/index.html"],
        { keep: [], siteOrigin: undefined },
        { threads: 2, workerUrl },
      ),
    ).rejects.toThrow(/Page check failed: .*missing\/index\.html/s);
  });

  it("starts worker threads only when each has enough pages to be worth its start", () => {
    expect(pageCheckThreads(41, 2, true)).toBe(0);
    expect(pageCheckThreads(PAGES_PER_WORKER * 2 - 1, 2, true)).toBe(0);
    expect(pageCheckThreads(PAGES_PER_WORKER * 2, 2, true)).toBe(2);
    expect(pageCheckThreads(2066, 2, true)).toBe(2);
    expect(pageCheckThreads(2066, 8, true)).toBe(8);
    expect(pageCheckThreads(2066, 1, true)).toBe(0);
    expect(pageCheckThreads(2066, 2, false)).toBe(0);
  });

  it("finishes pages an earlier build checked from what it found, and checks again when anything changed", async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), "page-check-cache-"));
    dirs.push(cacheDir);
    const projectRoot = resolve(import.meta.dirname, "../..");
    const options = { keep: [], siteOrigin: undefined };
    const run = (root: string, files: string[]) =>
      checkPagesCached(root, files, options, { threads: 0, cacheDir, projectRoot });
    const withoutStamps = (results: Awaited<ReturnType<typeof run>>["results"]) =>
      results.map(({ links: { stamp: _stamp, ...links }, ...r }) => ({ ...r, links }));

    const first = goodPages();
    const cold = await run(first.root, first.files);
    expect(cold.fromCache).toBe(false);
    const second = goodPages();
    const warm = await run(second.root, second.files);
    expect(warm.fromCache).toBe(true);
    expect(withoutStamps(warm.results)).toEqual(withoutStamps(cold.results));
    for (const file of first.files)
      expect(readFileSync(join(second.root, file), "utf8")).toBe(readFileSync(join(first.root, file), "utf8"));

    // One page changed: everything is checked again, and the changed page's problem is found.
    const third = goodPages();
    writeFileSync(join(third.root, "p3.html"), page(3, "<script>alert(3)</script>"));
    const changed = await run(third.root, third.files);
    expect(changed.fromCache).toBe(false);
    expect(changed.results.find((r) => r.file === "p3.html")?.problems.join("\n")).toMatch(/inline script/i);
    // A check that found problems is not kept: the same pages are checked again, and fail again.
    const again = goodPages();
    writeFileSync(join(again.root, "p3.html"), page(3, "<script>alert(3)</script>"));
    expect((await run(again.root, again.files)).fromCache).toBe(false);
  });
});
