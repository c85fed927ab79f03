// Search: queries land on the right question and section, the dialog is usable with keys alone, a search
// is a shareable URL, topics narrow results, the searched words are marked on the page a result opens,
// topic aliases find their sections, and a question page downloads nothing of search until one starts.
import { readFileSync } from "node:fs";
import type { Locator, Page } from "@playwright/test";
import { parse as parseYaml } from "yaml";
import { expect, questionSlugs, test } from "./fixtures.ts";

const topicCount = Object.keys(
  parseYaml(readFileSync(new URL("../../content/topics.yaml", import.meta.url), "utf8")) as object,
).length;

/** [query, question slug that must come first, section id that must be among its sections]. */
const QUERIES: readonly (readonly [string, string, string])[] = [
  ["vector store", "marketing-content-generation", "data-pipeline"],
  ["regression tests", "evaluation-and-monitoring", "automated-testing"],
  ["GPT-4", "cost-optimization", "tiered-service-levels"],
  ["connection pooling", "deployment-challenges", "latency-improvements"],
  ["Discord", "staying-current", "weekly-deep-dives"],
  ["LoRA", "fine-tuning-experience", "parameter-efficient-approach"],
  ["drift", "evaluation-and-monitoring", "model-drift-detection"],
  ["catastrophic forgetting", "fine-tuning-experience", "over-aggressive-training"],
  ["canary deployments", "prompt-engineering-in-production", "version-control"],
  ["semantic similarity cache", "cost-optimization", "response-caching"],
  ["similarity_threshold", "cost-optimization", "response-caching"],
  ["spot instances", "cost-optimization", "resource-management"],
  ["arXiv", "staying-current", "daily-information-sources"],
  ["temperature", "deployment-challenges", "consistency-solutions"],
  ["cold start", "deployment-challenges", "latency-root-cause-analysis"],
  ["FAQ database", "genai-project-end-to-end", "key-challenges-and-solutions"],
  ["LLaMA-7B", "fine-tuning-experience", "project-context"],
  ["Andrew Ng", "staying-current", "daily-information-sources"],
  ["chain-of-thought", "prompt-engineering-in-production", "advanced-techniques"],
  ["A/B testing", "prompt-engineering-in-production", "iterative-refinement"],
  ["audience personas", "marketing-content-generation", "data-pipeline"],
  ["small validation set", "fine-tuning-experience", "insufficient-validation"],
  ["test new prompts with a subset of traffic", "prompt-engineering-in-production", "version-control"],
  ["scale compute resources based on demand", "cost-optimization", "resource-management"],
];

/** Files that are search code or index: none may load before a search starts. */
const SEARCH_ASSET = /\/pagefind\/|\/_astro\/search-(ui|landing)\.|\/search\/data\.json/;

function searchPanel(page: Page): Locator {
  return page.locator("[data-search-page]");
}

function dialog(page: Page): Locator {
  return page.getByRole("dialog", { name: "Search" });
}

/** The result list items of a panel once the results for `query` are shown. */
async function resultsFor(panel: Locator, query: string): Promise<Locator> {
  await expect(panel.getByRole("status")).toContainText(`“${query}”`);
  return panel
    .getByRole("list", { name: "Results" })
    .getByRole("listitem")
    .filter({ has: panel.page().getByRole("heading") });
}

/** The path of the question a result links to, without query or hash. */
async function questionOf(result: Locator): Promise<string> {
  const href = (await result.getByRole("heading").getByRole("link").getAttribute("href")) ?? "";
  return new URL(href, "http://x").pathname;
}

async function sectionIdsOf(result: Locator): Promise<string[]> {
  const hrefs = await result
    .locator(".search-result__section > a")
    .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  return hrefs.map((h) => new URL(h, "http://x").hash.slice(1));
}

async function openWithSlash(page: Page): Promise<Locator> {
  await page.locator("body").press("/");
  await expect(dialog(page)).toBeVisible();
  return dialog(page);
}

test.describe("a query lands on its question and section", () => {
  for (const [query, slug, section] of QUERIES) {
    test(`"${query}" → ${slug} #${section}`, async ({ site, page }) => {
      await site.goto(`/search/?q=${encodeURIComponent(query)}`);
      const results = await resultsFor(searchPanel(page), query);
      const first = results.first();
      expect(await questionOf(first)).toBe(site.path(`/questions/${slug}/`));
      expect(await sectionIdsOf(first)).toContain(section);
    });
  }
});

test.describe("the search dialog", () => {
  test("opens with /, shows results as you type, and moves through them with the arrow keys", async ({
    site,
    page,
  }) => {
    await site.goto("/questions/cost-optimization/");
    const box = await openWithSlash(page);
    const input = box.getByRole("searchbox", { name: "Search the answers" });
    await expect(input).toBeFocused();
    await input.pressSequentially("drift", { delay: 30 });
    const results = await resultsFor(box, "drift");
    expect(await questionOf(results.first())).toBe(site.path("/questions/evaluation-and-monitoring/"));
    // The section excerpt marks the word.
    await expect(results.first().locator(".search-result__section mark").first()).toHaveText(/drift/i);

    const links = box.getByRole("list", { name: "Results" }).getByRole("link");
    await input.press("ArrowDown");
    await expect(links.nth(0)).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await expect(links.nth(1)).toBeFocused();
    await page.keyboard.press("ArrowUp");
    await expect(links.nth(0)).toBeFocused();
    await page.keyboard.press("ArrowUp");
    await expect(input).toBeFocused();
    // Typing while on a result goes on in the field.
    await input.press("ArrowDown");
    await page.keyboard.type("s");
    await expect(input).toBeFocused();
    await expect(input).toHaveValue("drifts");
  });

  test("Enter opens the top question's best section with the words highlighted there", { tag: "@base-path" }, async ({ site, page }) => {
    await site.goto("/");
    const box = await openWithSlash(page);
    await box.getByRole("searchbox").pressSequentially("spot instances", { delay: 20 });
    await resultsFor(box, "spot instances");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(
      /\/questions\/cost-optimization\/\?highlight=spot&highlight=instances#resource-management$/,
    );
    const marks = page.locator("mark.search-mark");
    await expect(marks).toHaveText(["Spot", "Instances"]);
    await expect(marks.first()).toBeInViewport();
  });

  test("opens with Ctrl+K, closes with Escape and gives focus back to the button", async ({ site, page }) => {
    await site.goto("/questions/fine-tuning-experience/");
    const trigger = page.getByRole("banner").getByRole("button", { name: "Search" });
    await expect(trigger).toHaveAttribute("aria-keyshortcuts", /Control\+K/);
    await expect(trigger).toHaveAttribute("aria-haspopup", "dialog");
    await page.keyboard.press("Control+k");
    await expect(dialog(page)).toBeVisible();
    await expect(dialog(page).getByRole("searchbox")).toBeFocused();
    await page.keyboard.type("lora");
    await resultsFor(dialog(page), "lora");
    await page.keyboard.press("Escape");
    await expect(dialog(page)).toBeHidden();
    await expect(trigger).toBeFocused();
    // Reopened, it keeps the last search.
    await trigger.press("Enter");
    await expect(dialog(page).getByRole("searchbox")).toHaveValue("lora");
    await page.keyboard.press("Escape");
    await expect(trigger).toBeFocused();
  });

  test("keeps focus inside while open, in both directions", async ({ site, page }) => {
    await site.goto("/");
    const box = await openWithSlash(page);
    await page.keyboard.type("caching");
    await resultsFor(box, "caching");
    for (const key of ["Tab", "Shift+Tab"]) {
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press(key);
        const inside = await page.evaluate(() => document.activeElement?.closest("dialog[open]") !== null);
        expect(inside, `${key} #${i + 1} left the dialog`).toBe(true);
      }
    }
  });

  test("a click on a result closes the dialog, also for a section of the page already open", { tag: "@base-path" }, async ({ site, page }) => {
    await site.goto("/questions/cost-optimization/");
    const box = await openWithSlash(page);
    await page.keyboard.type("spot instances");
    const results = await resultsFor(box, "spot instances");
    await results.first().locator(".search-result__section").first().click();
    await expect(dialog(page)).toBeHidden();
    await expect(page).toHaveURL(/#resource-management$/);
  });

  test("topic chips narrow the results and the sections", async ({ site, page }) => {
    await site.goto("/");
    const box = await openWithSlash(page);
    await page.keyboard.type("cache");
    const all = await resultsFor(box, "cache");
    const unfiltered = await all.count();
    const chip = box.getByRole("group", { name: "Topics" }).getByRole("button", { name: /^Caching/ });
    await chip.click();
    await expect(chip).toHaveAttribute("aria-pressed", "true");
    await expect(box.getByRole("status")).toContainText("in Caching");
    const filtered = box
      .getByRole("list", { name: "Results" })
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading") });
    expect(await filtered.count()).toBeLessThanOrEqual(unfiltered);
    // The deployment answer is under Caching through one section, and only that section is offered.
    const deployment = filtered.filter({ has: page.locator(`a[href*="deployment-challenges"]`) });
    expect(await sectionIdsOf(deployment)).toEqual(["latency-improvements"]);
    // The footer link carries the state to the full page.
    await expect(box.getByRole("link", { name: "Open as a page" })).toHaveAttribute(
      "href",
      site.path("/search/?q=cache&topic=caching"),
    );
    await chip.click();
    await expect(
      box.getByRole("group", { name: "Topics" }).getByRole("button", { name: /^All topics/ }),
    ).toHaveAttribute("aria-pressed", "true");
  });

  test("a topic without words lists the questions and sections that treat it", async ({ site, page }) => {
    await site.goto("/");
    const box = await openWithSlash(page);
    await box.getByRole("button", { name: /^Fine-Tuning/ }).click();
    await expect(box.getByRole("status")).toContainText("on Fine-Tuning");
    const first = box
      .getByRole("list", { name: "Results" })
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading") })
      .first();
    expect(await questionOf(first)).toBe(site.path("/questions/fine-tuning-experience/"));
    expect(await sectionIdsOf(first)).toContain("parameter-efficient-approach");
    await expect(box.getByRole("link", { name: "About Fine-Tuning →" })).toHaveAttribute(
      "href",
      site.path("/topics/fine-tuning/"),
    );
  });

  test("says when nothing matches and offers the topics instead", async ({ site, page }) => {
    await site.goto("/");
    const box = await openWithSlash(page);
    await expect(box.getByRole("status")).toContainText("pick a topic");
    await expect(box.getByRole("group", { name: "Topics" }).getByRole("button")).not.toHaveCount(0);
    await page.keyboard.type("zebra");
    await expect(box.getByRole("status")).toHaveText("No answers match “zebra”.");
    await expect(box.getByRole("link", { name: "Retrieval-Augmented Generation" })).toHaveAttribute(
      "href",
      site.path("/topics/rag/"),
    );
  });
});

test.describe("topic aliases", () => {
  for (const [alias, slug, label] of [
    ["PEFT", "fine-tuning-experience", "Fine-Tuning"],
    ["observability", "evaluation-and-monitoring", "Monitoring"],
  ] as const) {
    test(`"${alias}" finds the sections of ${label} though the answers never use the word`, async ({ site, page }) => {
      await site.goto(`/search/?q=${alias}`);
      const first = (await resultsFor(searchPanel(page), alias)).first();
      expect(await questionOf(first)).toBe(site.path(`/questions/${slug}/`));
      expect((await sectionIdsOf(first)).length).toBeGreaterThan(0);
      await expect(first.getByText(`Matched through the topic ${label}`).first()).toBeVisible();
    });
  }

  test('"hallucination" ranks the answer that uses the word above those tagged with its topic', async ({
    site,
    page,
  }) => {
    await site.goto("/search/?q=hallucination");
    const results = await resultsFor(searchPanel(page), "hallucination");
    expect(await questionOf(results.first())).toBe(site.path("/questions/genai-project-end-to-end/"));
    await expect(results.first().locator(".search-result__section mark").first()).toHaveText(/hallucination/i);
  });
});

test.describe("the search page", () => {
  test("keeps the search in the URL as you type and pick a topic, and restores it from a link", { tag: "@base-path" }, async ({
    site,
    page,
  }) => {
    await site.goto("/search/");
    const panel = searchPanel(page);
    const input = panel.getByRole("searchbox", { name: "Search the answers" });
    await expect(input).toBeFocused();
    await input.pressSequentially("canary", { delay: 20 });
    await resultsFor(panel, "canary");
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
  });

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

test.describe("landing on a result", { tag: "@base-path" }, () => {
  test("marks the words in the answer only, and clears them on request", async ({ site, page }) => {
    await site.goto("/questions/deployment-challenges/?highlight=connection&highlight=pooling#latency-improvements");
    const marks = page.locator("mark.search-mark");
    await expect(marks).toHaveText(["Connection", "Pooling"]);
    // Nothing is marked outside the answer (header, table of contents, navigation).
    await expect(page.locator(":is(header, nav, .toc) mark.search-mark")).toHaveCount(0);
    const bar = page.getByRole("region", { name: "Search highlights" });
    await expect(bar).toContainText("2 matches");
    await bar.getByRole("button", { name: "Clear highlight" }).click();
    await expect(marks).toHaveCount(0);
    await expect(bar).toBeHidden();
    await expect(page).toHaveURL(/\/questions\/deployment-challenges\/#latency-improvements$/);
  });

  test("marks words by their start, not inside other words", async ({ site, page }) => {
    await site.goto("/questions/fine-tuning-experience/?highlight=lora");
    // The bar shows once the highlighter has marked the whole page: wait for it, then read the marks.
    const bar = page.getByRole("region", { name: "Search highlights" });
    await expect(bar).toContainText(/\d+ match(es)? for “lora” highlighted/);
    const count = Number(/(\d+) match/.exec((await bar.textContent()) ?? "")?.[1]);
    const marks = page.locator("mark.search-mark");
    await expect(marks).toHaveCount(count);
    expect(count).toBeGreaterThan(0);
    for (const text of await marks.allTextContents()) expect(text.toLowerCase().startsWith("lora")).toBe(true);
  });
});

test.describe("weight", { tag: "@base-path" }, () => {
  test("a question page downloads no search code or index until a search starts", async ({ site, page }) => {
    const requested: string[] = [];
    page.on("request", (request) => requested.push(request.url()));
    await site.goto("/questions/evaluation-and-monitoring/");
    await page.waitForLoadState("networkidle");
    expect(requested.filter((url) => SEARCH_ASSET.test(url))).toEqual([]);

    const box = await openWithSlash(page);
    await page.keyboard.type("drift");
    await resultsFor(box, "drift");
    const loaded = requested.filter((url) => SEARCH_ASSET.test(url)).map((url) => new URL(url).pathname);
    expect(loaded).toEqual(
      expect.arrayContaining([
        site.path("/pagefind/pagefind.js"),
        site.path("/search/data.json"),
        expect.stringMatching(/\.pf_index$/),
      ]),
    );
  });

  test("a page opened without ?highlight= does not load the highlighter", async ({ site, page }) => {
    const requested: string[] = [];
    page.on("request", (request) => requested.push(request.url()));
    await site.goto("/questions/cost-optimization/#resource-management");
    await page.waitForLoadState("networkidle");
    expect(requested.filter((url) => /pagefind-highlight|search-landing/.test(url))).toEqual([]);
  });
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
