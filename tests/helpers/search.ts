// Helpers shared by the search specs: the two search panels, their results, and opening the dialog.
import { expect, type Locator, type Page } from "@playwright/test";

/**
 * Files that are search code, index or templates (the dialog borrows them from the search page): none may load
 * before a search starts.
 */
export const SEARCH_ASSET = /\/pagefind\/|\/_astro\/search-(ui|landing)\.|\/search\/(data\.json)?$/;

/** The search page's own panel. */
export function searchPanel(page: Page): Locator {
  return page.locator("[data-search-page]");
}

/** The header's search dialog. */
export function dialog(page: Page): Locator {
  return page.getByRole("dialog", { name: "Search" });
}

/** The result list items of a panel once the results for `query` are shown. */
export async function resultsFor(panel: Locator, query: string): Promise<Locator> {
  await expect(panel.getByRole("status")).toContainText(`“${query}”`);
  return panel
    .getByRole("list", { name: "Results" })
    .getByRole("listitem")
    .filter({ has: panel.page().getByRole("heading") });
}

/** The path of the question a result links to, without query or hash. */
export async function questionOf(result: Locator): Promise<string> {
  const href = (await result.getByRole("heading").getByRole("link").getAttribute("href")) ?? "";
  return new URL(href, "http://x").pathname;
}

/** The heading ids of the sections a result lists. */
export async function sectionIdsOf(result: Locator): Promise<string[]> {
  const hrefs = await result
    .locator(".search-result__section > a")
    .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  return hrefs.map((h) => new URL(h, "http://x").hash.slice(1));
}

/** Opens the header's search dialog with the "/" shortcut. */
export async function openWithSlash(page: Page): Promise<Locator> {
  await page.locator("body").press("/");
  await expect(dialog(page)).toBeVisible();
  return dialog(page);
}
