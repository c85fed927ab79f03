// Search shows its results a page at a time and fetches a result's fragment only when it shows it: the count
// comes from the full list, "Show more results" adds the next page and moves focus to its first new result, and a
// topic browsed without words is ordered from the search data, not from every fragment. At 8 questions a page of
// 10 holds every answer, so these tests serve the search page with a page size of 2 (the panel's data-page-size,
// which the search reads: lib/search/paging.ts).
import type { Page } from "@playwright/test";
import { searchPanel } from "../helpers/search.ts";
import { expect, test } from "./fixtures.ts";

/** Serves the search page with `size` results a page, and counts the fragments the page fetches. */
async function withPageSize(page: Page, size: number): Promise<{ fragments: () => number }> {
  await page.route(/\/search\/(\?.*)?$/, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replaceAll(/data-page-size="\d+"/g, `data-page-size="${size}"`);
    await route.fulfill({ response, body: html });
  });
  let count = 0;
  page.on("request", (request) => {
    if (request.url().endsWith(".pf_fragment")) count++;
  });
  return { fragments: () => count };
}

const results = (page: Page) => searchPanel(page).getByRole("list", { name: "Results" }).locator(":scope > li");

test.describe("search results, a page at a time", () => {
  test("with words: counts every match, fetches a page of fragments, and shows more on request", async ({
    site,
    page,
  }) => {
    const fetched = await withPageSize(page, 3);
    await site.goto("/search/?q=model");
    const panel = searchPanel(page);
    await expect(panel.getByRole("status")).toHaveText("8 answers for “model”.");
    await expect(results(page)).toHaveCount(3);
    await expect(panel.getByText("Showing 3 of 8 answers.")).toBeVisible();
    expect(fetched.fragments()).toBe(3);

    const more = panel.getByRole("button", { name: "Show more results" });
    await more.focus();
    await page.keyboard.press("Enter");
    await expect(results(page)).toHaveCount(6);
    // Focus moves to the first result just shown.
    await expect(results(page).nth(3).getByRole("heading").getByRole("link")).toBeFocused();
    await expect(panel.getByText("Showing 6 of 8 answers.")).toBeVisible();
    expect(fetched.fragments()).toBe(6);

    await more.click();
    await expect(results(page)).toHaveCount(8);
    await expect(results(page).nth(6).getByRole("heading").getByRole("link")).toBeFocused();
    await expect(more).toHaveCount(0);
    await expect(panel.getByText(/^Showing \d+ of/)).toHaveCount(0);
    expect(fetched.fragments()).toBe(8);
    // The status keeps the count of the whole search.
    await expect(panel.getByRole("status")).toHaveText("8 answers for “model”.");
  });

  test("a topic without words: the same order and counts as in one page, from a page of fragments", async ({
    site,
    page,
    browser,
  }) => {
    // The whole listing, one page of 10: what the paged listing must match.
    const whole = await browser.newPage();
    await whole.goto(site.url("/search/?topic=deployment"));
    const wholeStatus = searchPanel(whole).getByRole("status");
    await expect(wholeStatus).toContainText("on Deployment");
    const expectedStatus = await wholeStatus.textContent();
    const wholeLinks = results(whole).getByRole("heading").getByRole("link");
    await expect(wholeLinks).toHaveCount(5);
    const expected = await wholeLinks.evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    const sectionLinks = (p: Page) => results(p).getByRole("listitem").getByRole("link");
    const expectedSections = await sectionLinks(whole).evaluateAll((all) => all.map((a) => a.getAttribute("href")));
    expect(expectedSections.length).toBeGreaterThan(0);
    await whole.close();

    const fetched = await withPageSize(page, 2);
    await site.goto("/search/?topic=deployment");
    const panel = searchPanel(page);
    await expect(panel.getByRole("status")).toHaveText(expectedStatus ?? "");
    await expect(results(page)).toHaveCount(2);
    expect(fetched.fragments()).toBe(2);
    const more = panel.getByRole("button", { name: "Show more results" });
    await more.click();
    await expect(results(page)).toHaveCount(4);
    await more.click();
    await expect(results(page)).toHaveCount(5);
    await expect(more).toHaveCount(0);
    expect(fetched.fragments()).toBe(5);
    const links = results(page).getByRole("heading").getByRole("link");
    expect(await links.evaluateAll((all) => all.map((a) => a.getAttribute("href")))).toEqual(expected);
    // Every result lists its sections on the topic, as in one page, and the topic's own page follows the list.
    expect(await sectionLinks(page).evaluateAll((all) => all.map((a) => a.getAttribute("href")))).toEqual(
      expectedSections,
    );
    await expect(panel.getByRole("link", { name: /^About Deployment/ })).toBeVisible();
  });

  test("a new search replaces the paged results and their button", async ({ site, page }) => {
    await withPageSize(page, 2);
    await site.goto("/search/?q=model");
    const panel = searchPanel(page);
    await expect(results(page)).toHaveCount(2);
    await panel.getByRole("searchbox").fill("lora adapter");
    await expect(panel.getByRole("status")).toContainText("“lora adapter”");
    const status = (await panel.getByRole("status").textContent()) ?? "";
    const found = Number(/^(\d+) answer/.exec(status)?.[1]);
    await expect(results(page)).toHaveCount(Math.min(found, 2));
    await expect(panel.getByRole("button", { name: "Show more results" })).toHaveCount(found > 2 ? 1 : 0);
  });

  test("at the built page size, the 8 answers fit one page: no button, sections counted", async ({ site, page }) => {
    await site.goto("/search/?q=model");
    const panel = searchPanel(page);
    await expect(panel.getByRole("status")).toHaveText(/^8 answers, \d+ sections for “model”\.$/);
    await expect(results(page)).toHaveCount(8);
    await expect(panel.getByRole("button", { name: "Show more results" })).toHaveCount(0);
  });
});
