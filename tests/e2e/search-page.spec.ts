// The search page: the search lives in its URL and comes back from a link, it paints in its final layout, the
// script draws the same chips the build drew, and without JavaScript, or when the search code cannot load, it
// lists every topic and question instead.
import { readFileSync } from "node:fs";
import { parse as parseYaml } from "yaml";
import { questionOf, resultsFor, searchPanel } from "../helpers/search.ts";
import { expect, questionSlugs, test } from "./fixtures.ts";

const topicCount = Object.keys(
  parseYaml(readFileSync(new URL("../../content/topics.yaml", import.meta.url), "utf8")) as object,
).length;

test.describe("the search page", () => {
  test("keeps the words typed before its search code has loaded", { tag: "@base-path" }, async ({ site, page }) => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/_astro\/search-ui[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await site.goto("/search/");
    const panel = searchPanel(page);
    const input = panel.getByRole("searchbox", { name: "Search the answers" });
    await expect(input).toBeFocused();
    await input.pressSequentially("canary");
    release();
    await resultsFor(panel, "canary");
    await expect(input).toHaveValue("canary");
    await expect(page).toHaveURL(/\/search\/\?q=canary$/);
  });

  test(
    "keeps the search in the URL as you type and pick a topic, and restores it from a link",
    { tag: "@base-path" },
    async ({ site, page }) => {
      await site.goto("/search/");
      const panel = searchPanel(page);
      const input = panel.getByRole("searchbox", { name: "Search the answers" });
      await expect(input).toBeFocused();
      await input.pressSequentially("canary", { delay: 20 });
      const found = await resultsFor(panel, "canary");
      // A result's title sits one level below the page's h1.
      await expect(found.first().getByRole("heading", { level: 2 })).toBeVisible();
      await expect(page).toHaveURL(/\/search\/\?q=canary$/);
      await panel.getByRole("button", { name: /^Prompt Engineering/ }).click();
      await expect(page).toHaveURL(/\/search\/\?q=canary&topic=prompt-engineering$/);
      await expect(page).toHaveTitle(/^Search: canary · /);

      // The link, opened elsewhere, shows the same search.
      const other = await page.context().newPage();
      await other.goto(page.url());
      const again = searchPanel(other);
      await expect(again.getByRole("searchbox")).toHaveValue("canary");
      await expect(again.getByRole("button", { name: /^Prompt Engineering/ })).toHaveAttribute("aria-pressed", "true");
      const results = await resultsFor(again, "canary");
      expect(await questionOf(results.first())).toBe(site.path("/questions/prompt-engineering-in-production/"));
      await other.close();
    },
  );

  test("ignores a topic it does not know and searches all topics", async ({ site, page }) => {
    await site.goto("/search/?q=drift&topic=no-such-topic");
    const results = await resultsFor(searchPanel(page), "drift");
    expect(await questionOf(results.first())).toBe(site.path("/questions/evaluation-and-monitoring/"));
    await expect(searchPanel(page).getByRole("button", { name: /^All topics/ })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    await expect(page).toHaveURL(/\/search\/\?q=drift$/);
    await expect(page).toHaveTitle(/^Search: drift · /);
  });
});

test.describe("the search page paints in its final layout", () => {
  // The idle page is drawn at build time and a link with words switches to the search layout before first
  // paint: nothing painted may move when the script takes over or the results arrive (Cumulative Layout Shift).
  for (const [width, height] of [
    [390, 844],
    [1280, 720],
  ] as const) {
    for (const [path, status] of [
      ["/search/", "pick a topic"],
      ["/search/?q=drift", "“drift”"],
      ["/search/?topic=caching", "on Caching"],
      ["/search/?q=zebra", "No answers match"],
    ] as const) {
      test(`${path} at ${width}px: no layout shift`, async ({ site, page }) => {
        await page.setViewportSize({ width, height });
        await page.addInitScript(() => {
          const shifts: string[] = [];
          Object.assign(window, { __shifts: shifts });
          new PerformanceObserver((list) => {
            type Shift = PerformanceEntry & { value: number; sources?: { node?: Node | null }[] };
            for (const entry of list.getEntries() as Shift[]) {
              const nodes = (entry.sources ?? []).map((s) =>
                s.node instanceof Element ? `${s.node.tagName.toLowerCase()}.${s.node.className}` : "?",
              );
              shifts.push(`${entry.value.toFixed(4)} ${nodes.join(", ")}`);
            }
          }).observe({ type: "layout-shift", buffered: true });
        });
        await site.goto(path);
        await expect(searchPanel(page).getByRole("status")).toContainText(status);
        // Layout-shift entries are reported after the frame that shifted is presented.
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
        expect(await page.evaluate(() => (window as unknown as { __shifts: string[] }).__shifts)).toEqual([]);
      });
    }
  }
});

test.describe("without JavaScript", { tag: "@base-path" }, () => {
  test.use({ javaScriptEnabled: false });

  test("the header's search is a link to the search page, which lists topics and questions", async ({ site, page }) => {
    await site.goto("/questions/staying-current/");
    const link = page.getByRole("banner").getByRole("link", { name: "Search" });
    await expect(link).toHaveAttribute("href", site.path("/search/"));
    await link.click();
    await expect(page.getByText("Search needs JavaScript")).toBeVisible();
    await expect(page.getByRole("region", { name: "Topics" }).getByRole("link")).toHaveCount(topicCount);
    await expect(page.getByRole("region", { name: "Questions" }).getByRole("link")).toHaveCount(questionSlugs.length);
    await expect(page.getByRole("searchbox")).toBeHidden();
  });
});

test.describe("the chips", () => {
  test("the script draws the same chip markup the build drew, when the search returns to idle", async ({
    site,
    page,
  }) => {
    await site.goto("/search/");
    const panel = searchPanel(page);
    const chips = panel.locator("[data-search-chips]");
    await expect(panel.getByRole("status")).toContainText("pick a topic");
    const built = await chips.innerHTML();
    expect(built).toContain('data-topic="caching"');
    const input = panel.getByRole("searchbox");
    await input.fill("drift");
    await resultsFor(panel, "drift");
    await expect(chips).toHaveAttribute("data-layout", "row");
    await input.fill("");
    await expect(chips).toHaveAttribute("data-layout", "wrap");
    await expect(panel.getByRole("status")).toContainText("pick a topic");
    expect(await chips.innerHTML()).toBe(built);
  });
});

test.describe("when the search code cannot load", () => {
  test("the page shows its lists and says search could not load", async ({ site, page, consoleErrors }) => {
    consoleErrors.allow(/Failed to load resource/);
    await page.route(/\/_astro\/search-ui\.[\w-]+\.js$/, (route) => route.abort());
    await site.goto("/search/?q=drift");
    const notice = page.getByText("Search could not load.");
    await expect(notice).toHaveText(
      "Search could not load. Every answer is still one click away: browse by topic or pick a question below.",
    );
    await expect(page.getByRole("region", { name: "Topics" }).getByRole("link")).toHaveCount(topicCount);
    await expect(page.getByRole("region", { name: "Questions" }).getByRole("link")).toHaveCount(questionSlugs.length);
    await expect(page.getByRole("main").getByRole("searchbox")).toBeHidden();
  });
});
