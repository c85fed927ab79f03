// Search: queries land on the right question and section, the dialog is usable with keys alone, topics narrow
// results and topic aliases find their sections. Also: search-page.spec.ts (the /search/ page),
// search-landing.spec.ts (the page a result opens, and what loads when), search-failures.spec.ts.
import { dialog, openWithSlash, questionOf, resultsFor, searchPanel, sectionIdsOf } from "../helpers/search.ts";
import { expect, test } from "./fixtures.ts";

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
    // A result's title sits one level below the dialog's h2 (the search page's template has them at h2).
    await expect(results.first().getByRole("heading", { level: 3 })).toBeVisible();
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

  test(
    "Enter opens the top question's best section with the words highlighted there",
    { tag: "@base-path" },
    async ({ site, page }) => {
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
    },
  );

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

  test(
    "a click on a result closes the dialog, also for a section of the page already open",
    { tag: "@base-path" },
    async ({ site, page }) => {
      await site.goto("/questions/cost-optimization/");
      const box = await openWithSlash(page);
      await page.keyboard.type("spot instances");
      const results = await resultsFor(box, "spot instances");
      await results.first().locator(".search-result__section").first().click();
      await expect(dialog(page)).toBeHidden();
      await expect(page).toHaveURL(/#resource-management$/);
    },
  );

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
