// The page a search result opens marks the searched words, and search costs nothing until it is used: a
// question page downloads no search code or index until a search starts, nor the highlighter without ?highlight=.
import { openWithSlash, resultsFor, SEARCH_ASSET } from "../helpers/search.ts";
import { expect, test } from "./fixtures.ts";

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
        site.path("/search/"),
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
