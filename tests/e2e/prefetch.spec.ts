// Instant navigation: the next question (and a search result) is fetched when the reader shows intent
// (hover or keyboard focus), nothing is fetched ahead at load, and the prefetched page opens from cache.
import type { Page, Request } from "@playwright/test";
import { builtPages, builtSiteDir, pageKind } from "../helpers/site-pages.mjs";
import { openDialog, resultLinks, searchTrigger } from "../helpers/a11y.ts";
import { expect, test, type Site } from "./fixtures.ts";

const pages = builtPages(builtSiteDir());
const sitePaths = new Set(pages.map((p) => p.path));
const question = pages.find((p) => pageKind(p.path) === "question");

/** A URL's path inside the site, without the base path, query or hash; a path outside the base stays whole. */
function sitePath(site: Site, href: string): string {
  const path = new URL(href, site.baseURL).pathname;
  const base = new URL(site.baseURL).pathname;
  return path.startsWith(base) ? path.slice(base.length) : path;
}

/** Requests for other pages of the site (HTML documents), as site paths without query or hash. */
function pageRequests(site: Site, page: Page): { paths: string[]; stop(): void } {
  const paths: string[] = [];
  const onRequest = (request: Request) => {
    const path = sitePath(site, request.url());
    if (sitePaths.has(path) && request.resourceType() !== "document") paths.push(path);
    else if (sitePaths.has(path) && request.frame() !== page.mainFrame()) paths.push(path);
  };
  page.on("request", onRequest);
  return { paths, stop: () => page.off("request", onRequest) };
}

test(
  "a question page prefetches nothing at load and the next question on hover",
  { tag: "@base-path" },
  async ({ site, page }) => {
    test.skip(!question, "the build has no question page");
    const seen = pageRequests(site, page);
    // networkidle: nothing in flight for half a second after load, so an eager prefetch would have started by now.
    await site.goto(question!.path, { waitUntil: "networkidle" });
    expect(seen.paths, "pages fetched without any intent").toEqual([]);

    const next = page.getByRole("link", { name: /next question/i });
    const href = sitePath(site, new URL((await next.getAttribute("href")) ?? "", page.url()).href);
    await next.hover();
    await expect.poll(() => seen.paths, { message: "hovering Next question fetched it" }).toContain(href);
    expect(new Set(seen.paths), "only the hovered page was fetched").toEqual(new Set([href]));
    seen.stop();

    // The click is served from the prefetch cache: no second network fetch of the document.
    const fromNetwork: string[] = [];
    page.on("response", (response) => {
      if (response.request().resourceType() === "document" && !response.fromServiceWorker()) {
        fromNetwork.push(`${response.url()} ${response.status()} ${response.headers()["x-from-cache"] ?? ""}`);
      }
    });
    await next.click();
    await page.waitForURL((url) => sitePath(site, url.href) === href);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  },
);

test(
  "focusing the previous-question link with the keyboard prefetches it too",
  { tag: "@base-path" },
  async ({ site, page }) => {
    const later = pages.filter((p) => pageKind(p.path) === "question")[1];
    test.skip(!later, "the build has fewer than two question pages");
    const seen = pageRequests(site, page);
    await site.goto(later!.path, { waitUntil: "networkidle" });
    const prev = page.getByRole("link", { name: /previous question/i });
    const href = sitePath(site, new URL((await prev.getAttribute("href")) ?? "", page.url()).href);
    await prev.focus();
    await expect.poll(() => seen.paths).toContain(href);
    seen.stop();
  },
);

test("hovering a search result prefetches its page", { tag: "@base-path" }, async ({ site, page }) => {
  test.skip(!question, "the build has no question page");
  await site.goto(question!.path);
  const trigger = await searchTrigger(page);
  test.skip(trigger === null, "the header has no search button");
  await trigger!.click();
  const dialog = openDialog(page);
  await dialog.getByRole("searchbox").fill("monitoring");
  const result = resultLinks(dialog).first();
  await expect(result).toBeVisible({ timeout: 15_000 });
  const seen = pageRequests(site, page);
  const href = sitePath(site, new URL((await result.getAttribute("href")) ?? "", page.url()).href);
  await result.hover();
  await expect.poll(() => seen.paths, { message: `hovering the result for /${href} fetched it` }).toContain(href);
  seen.stop();
});
