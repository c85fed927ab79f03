// Offline reading and installing: the service worker the build writes (Workbox's runtime modules), "Save for
// offline", the offline page, search and practice with the network off, and an update from one build to the next
// in the same browser profile. These are the only end-to-end tests with service workers allowed (the others block
// them: tests/playwright.config.ts).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { writeServiceWorker } from "../../src/integrations/offline.ts";
import { parseOfflineList } from "../../src/lib/offline/list.ts";
import { builtBase, builtSiteDir } from "../helpers/site-pages.mjs";
import { serveStatic } from "../helpers/static-server.mjs";
import { axeViolations, applyView, VIEWS } from "../helpers/a11y.ts";
import { expect, questionSlugs, test, type Site } from "./fixtures.ts";

test.use({ serviceWorkers: "allow" });

const dir = builtSiteDir();
// tests/e2e/a11y.spec.ts checks every built page, the offline page and the home page's panel among them, in all
// four views; here the states it cannot reach (saved lists shown, a finished save) get the two extremes.
const SOME_VIEWS = [VIEWS[0]!, VIEWS[3]!];
const list = parseOfflineList(JSON.parse(readFileSync(join(dir, "offline", "files.json"), "utf8")));

/** Resolves once a service worker controls the page (it registers on load and claims the page). */
async function controlled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((done) => navigator.serviceWorker.addEventListener("controllerchange", done, { once: true }));
  });
}

/** Whether the caches hold a response for a URL (query ignored, as the worker matches pages). */
function cached(page: Page, url: string): Promise<boolean> {
  return page.evaluate(async (u) => (await caches.match(u, { ignoreSearch: true })) !== undefined, url);
}

/** Every cached request and its status, across every cache of the origin. */
function cacheContents(page: Page): Promise<{ cache: string; url: string; method: string; status: number }[]> {
  return page.evaluate(async () => {
    const rows = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const response = await cache.match(request);
        rows.push({ cache: name, url: request.url, method: request.method, status: response?.status ?? 0 });
      }
    }
    return rows;
  });
}

/** Presses "Save for offline" in the footer of a topic page and waits for the count to complete. */
async function saveEverything(page: Page, site: Site): Promise<void> {
  await site.goto("/topics/caching/");
  await controlled(page);
  const footer = page.getByRole("contentinfo");
  await footer.getByRole("button", { name: "Save for offline" }).click();
  await expect(footer.getByRole("status")).toHaveText(
    new RegExp(
      `^Saved ${list.pages.length} of ${list.pages.length} pages and the search index: .* It uses [\\d.]+ (kB|MB) on this device\\.$`,
    ),
    { timeout: 30_000 },
  );
}

test.describe("installable", () => {
  test(
    "the manifest, its icons and the service worker meet Chromium's install criteria",
    { tag: "@base-path" },
    async ({ site, page }) => {
      await site.goto("/");
      await controlled(page);
      const cdp = await page.context().newCDPSession(page);
      const { url, errors, data } = (await cdp.send("Page.getAppManifest")) as {
        url: string;
        errors: { message: string }[];
        data?: string;
      };
      expect(url).toBe(site.url("/manifest.webmanifest"));
      expect(errors, "manifest parse errors").toEqual([]);
      const manifest = JSON.parse(data ?? "{}");
      expect(manifest).toMatchObject({
        name: "GenAI Interview Handbook",
        short_name: "GenAI Handbook",
        start_url: site.path("/"),
        scope: site.path("/"),
        id: site.path("/"),
        display: "standalone",
        theme_color: "#fcfcfb",
        background_color: "#fcfcfb",
        user_preferences: { color_scheme_dark: { theme_color: "#14171a", background_color: "#14171a" } },
      });
      // Each icon is a PNG of the size it claims (width and height from its IHDR chunk).
      for (const icon of manifest.icons as { src: string; sizes: string; purpose: string }[]) {
        const response = await page.request.get(new URL(icon.src, site.url()).href);
        expect(response.headers()["content-type"]).toBe("image/png");
        const png = await response.body();
        const [w, h] = icon.sizes.split("x").map(Number);
        expect([png.readUInt32BE(16), png.readUInt32BE(20)], icon.src).toEqual([w, h]);
      }
      expect(manifest.icons.map((i: { sizes: string; purpose: string }) => `${i.sizes} ${i.purpose}`)).toEqual(
        expect.arrayContaining(["192x192 any", "512x512 any", "512x512 maskable"]),
      );
      // "in-incognito" is Playwright's throwaway profile, not the site: every other criterion must hold.
      const { installabilityErrors } = (await cdp.send("Page.getInstallabilityErrors")) as {
        installabilityErrors: { errorId: string }[];
      };
      expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== "in-incognito")).toEqual([]);
      // The worker's scope is the base path, and the page links the manifest and both schemes' colours.
      expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)).toBe(site.url("/"));
      await expect(page.locator('meta[name="theme-color"][media="(prefers-color-scheme:dark)"]')).toHaveAttribute(
        "content",
        "#14171a",
      );
    },
  );
});

test.describe("offline", () => {
  test(
    "pages a reader opened read offline; others give the offline page, which lists what is saved",
    { tag: "@base-path" },
    async ({ site, page, context, consoleErrors }) => {
      const [first, second, never] = [questionSlugs[5], questionSlugs[1], questionSlugs[2]].map(
        (slug) => `/questions/${slug}/`,
      );
      // The first page is opened before any worker exists: it is kept once the worker takes over.
      await site.goto(first);
      await controlled(page);
      await expect.poll(() => cached(page, site.url(first))).toBe(true);
      await site.goto(second);
      await expect.poll(() => cached(page, site.url(second))).toBe(true);
      // Only successful same-origin GETs under the scope are kept: not a 404, not a POST.
      consoleErrors.allow(/status of 404/);
      expect((await site.goto("/questions/no-such-question/"))?.status()).toBe(404);
      await page.evaluate(
        (url) => fetch(url, { method: "POST" }).then((r) => r.arrayBuffer()),
        site.url("/topics/caching/"),
      );
      const rows = await cacheContents(page);
      expect(rows.filter((r) => r.url.includes("no-such-question") || r.url.includes("/topics/caching/"))).toEqual([]);
      expect(rows.filter((r) => r.method !== "GET" || r.status !== 200 || !r.url.startsWith(site.url("/")))).toEqual(
        [],
      );

      await context.setOffline(true);
      await site.goto(first);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(
        "How do you optimize costs while maintaining quality in LLM applications?",
      );
      // The shell came with the worker: the home page, search and topics, never opened in this profile.
      await site.goto("/");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("GenAI Interview Handbook");
      // Search opens too, and says why it cannot search: its index is not saved (Pagefind logs the failed fetch).
      consoleErrors.allow(/Pagefind metadata|Failed to load resource: net::ERR_FAILED/);
      await site.goto("/search/");
      await page.getByRole("main").getByRole("searchbox").fill("lora");
      await expect(page.getByText("You're offline, and the search index isn't saved on this device.")).toBeVisible();
      await site.goto("/topics/");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Topics");

      const response = await site.goto(never);
      expect(response?.fromServiceWorker()).toBe(true);
      expect(page.url()).toBe(site.url(never));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("You're offline");
      await expect(
        page.getByText(
          "“What's your approach to prompt engineering for production systems?” isn't saved on this device",
        ),
      ).toBeVisible();
      const questions = page.getByRole("region", { name: "Questions saved on this device" });
      await expect(questions.getByRole("link")).toHaveText([
        "How would you approach building a content generation system for marketing?",
        "How do you optimize costs while maintaining quality in LLM applications?",
      ]);
      await expect(questions.getByRole("link").first()).toHaveAttribute("href", site.path(second));
      await expect(
        page.getByRole("region", { name: "Topics saved on this device" }).getByText("None yet."),
      ).toBeVisible();
      await expect(
        page.getByText("use “Save for offline” on the home page while you have a connection."),
      ).toBeVisible();
      const problems: string[] = [];
      for (const view of SOME_VIEWS) {
        await applyView(page, view);
        problems.push(...(await axeViolations(page, `offline page, ${view.scheme} ${view.width}px`)));
      }
      expect(problems).toEqual([]);
      await page.getByRole("region", { name: "Always available" }).getByRole("link", { name: "Topics" }).click();
      await expect(page).toHaveURL(site.url("/topics/"));

      // Back online, "Try again" opens the page itself.
      await site.goto(never);
      await context.setOffline(false);
      await page.getByRole("button", { name: "Try again" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(
        "What's your approach to prompt engineering for production systems?",
      );
    },
  );

  test(
    "Save for offline keeps every page and the search index; search and practice then work offline",
    { tag: "@base-path" },
    async ({ site, page, context }) => {
      await saveEverything(page, site);
      const problems: string[] = [];
      for (const view of SOME_VIEWS) {
        await applyView(page, view);
        problems.push(
          ...(await axeViolations(page, `footer's Save for offline, ${view.scheme} ${view.width}px`, ".site-footer")),
        );
      }
      await site.goto("/");
      await expect(page.getByRole("region", { name: "Read offline" })).toContainText(
        `Saved on this device: ${list.pages.length} pages`,
      );
      for (const view of SOME_VIEWS) {
        await applyView(page, view);
        problems.push(
          ...(await axeViolations(
            page,
            `home page's Save for offline, ${view.scheme} ${view.width}px`,
            ".offline-panel",
          )),
        );
      }
      expect(problems, "axe on both Save for offline controls after saving").toEqual([]);
      for (const path of list.pages) expect(await cached(page, site.url(path)), path || "(home)").toBe(true);
      for (const path of list.files) expect(await cached(page, site.url(path)), path).toBe(true);
      const rows = await cacheContents(page);
      expect(
        rows.filter((r) => r.status !== 200 || !r.url.startsWith(site.url("/"))),
        "only successful responses of this site",
      ).toEqual([]);
      // The reader's practice data stays in localStorage: no cache holds anything but the site's own files.
      expect(rows.filter((r) => !r.cache.startsWith("genai-handbook-"))).toEqual([]);

      await context.setOffline(true);
      // Search in the dialog: results from the saved index, landing on a saved page with the words marked.
      await site.goto("/topics/caching/");
      await page
        .getByRole("banner")
        .getByRole("button", { name: /search/i })
        .click();
      const dialog = page.getByRole("dialog");
      await dialog.getByRole("searchbox").fill("spot instances");
      await expect(dialog.getByRole("list").getByRole("link").first()).toBeVisible();
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(
        /\/questions\/cost-optimization\/\?highlight=spot&highlight=instances#resource-management$/,
      );
      await expect(page.locator("mark.search-mark")).toHaveText(["Spot", "Instances"]);
      // The search page with ?q=.
      await site.goto("/search/?q=lora");
      await expect(
        page
          .getByRole("main")
          .getByRole("link", { name: /fine-tuning/i })
          .first(),
      ).toBeVisible();

      // The mock round: the outline's index and a round's headings come from the saved copy.
      await site.goto("/practice/mock/");
      await expect(page.getByText("Every question can come up (8).")).toBeVisible();
      await page.getByRole("button", { name: "Start the round" }).click();
      await page.getByRole("button", { name: "I have answered: score it" }).click();
      await expect(page.locator("[data-rubric] fieldset").first()).toBeVisible();
      await page.getByRole("button", { name: "Stop the round" }).click();

      // Practice: mark a question practised and see the home page count it, all offline.
      await site.goto(`/questions/${questionSlugs[0]}/`);
      await page.getByRole("button", { name: "Practice mode" }).click();
      await expect(page.getByRole("button", { name: "Practice mode" })).toHaveAttribute("aria-pressed", "true");
      await page.getByRole("button", { name: "Mark as practised" }).first().click();
      await site.goto("/");
      await expect(page.locator("site-practice-progress .progress__count")).toHaveText("1 of 8 practised");
      await expect(page.getByRole("region", { name: "Read offline" })).toContainText(
        `Saved on this device: ${list.pages.length} pages`,
      );
    },
  );
});

test.describe("a new build", () => {
  // Two copies of the built site served in turn on one origin, the second with changed text and its own
  // service worker, written by the build's own step (src/integrations/offline.ts).
  const base = builtBase(dir);
  const CHANGED = "/questions/cost-optimization/";
  let root: string;
  let before: string;
  let after: string;
  let version: string;

  test.beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), "offline-update-"));
    before = join(root, "before");
    after = join(root, "after");
    cpSync(dir, before, { recursive: true });
    cpSync(dir, after, { recursive: true });
    const edit = (file: string, from: string, to: string) => {
      const text = readFileSync(join(after, file), "utf8");
      if (!text.includes(from)) throw new Error(`${file} has no "${from}" to change`);
      writeFileSync(join(after, file), text.replace(from, to));
    };
    edit("index.html", "Eight questions interviewers ask", "Eight questions, revised, that interviewers ask");
    edit(
      "questions/cost-optimization/index.html",
      "Cost Optimization Strategy</h2>",
      "Cost Optimization Strategy, revised</h2>",
    );
    ({ version } = await writeServiceWorker({ outDir: after, base }));
  });

  test.afterAll(() => rmSync(root, { recursive: true, force: true }));

  async function serve(folder: string, port = 0) {
    return serveStatic({ dir: folder, base, port });
  }

  test("tells the open page, reloads into the new version and drops the old caches", async ({
    page,
    context,
    lockdown,
  }) => {
    test.setTimeout(120_000);
    let server = await serve(before);
    // This test's own server, on another port of the same machine, is the site here.
    lockdown.allow(new RegExp(`^\\w+ ${new URL(server.url).origin.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}/`));
    const url = (path: string) => new URL(path.replace(/^\//, ""), server.url).href;
    try {
      await page.goto(url("/"));
      await controlled(page);
      const panel = page.getByRole("region", { name: "Read offline" });
      await panel.getByRole("button", { name: "Save for offline" }).click();
      await expect(panel.getByRole("status")).toHaveText(/^Saved (\d+) of \1 pages/, { timeout: 30_000 });
      const old = await page.evaluate(() => caches.keys());
      expect(old).toEqual(expect.arrayContaining([list.caches.pages, list.caches.files]));

      // The site is rebuilt with a change and deployed to the same address.
      const { port } = server;
      await server.close();
      server = await serve(after, port);
      await page.reload();
      await expect(page.getByText("Eight questions interviewers ask")).toBeVisible();
      const prompt = page.getByRole("region", { name: "New version" });
      await expect(prompt.getByRole("status")).toHaveText("A new version is available.", { timeout: 30_000 });
      const problems = await axeViolations(page, "update prompt", ".offline-update");
      expect(problems).toEqual([]);
      await prompt.getByRole("button", { name: "Reload" }).click();

      // The page reloads under the new worker: new text, the old runtime caches gone, the saved copy
      // brought up to date by itself.
      await expect(page.getByText("Eight questions, revised, that interviewers ask")).toBeVisible();
      await expect(panel.getByRole("status")).toHaveText(/^Saved (\d+) of \1 pages/, { timeout: 30_000 });
      const now = await page.evaluate(() => caches.keys());
      expect(now.filter((name) => old.includes(name) && !name.includes("-precache-"))).toEqual([]);
      expect(now.some((name) => name.includes(version))).toBe(true);
      await context.setOffline(true);
      await page.goto(url(CHANGED));
      await expect(page.getByRole("heading", { name: "Cost Optimization Strategy, revised" })).toBeVisible();
    } finally {
      await server.close();
    }
  });
});
