// The question cards are paged (100 to a page) once there are more than fit on one; the 8 questions are one page:
// every card on /practice/cards/, no previous or next link, and the page's own canonical address.
import { expect, questionSlugs, test } from "./fixtures.ts";

test("the 8 question cards are one page, without previous or next links, canonical at /practice/cards/", async ({
  site,
  page,
}) => {
  await site.goto("/practice/cards/");
  await expect(page.getByRole("list", { name: "Question cards" }).getByRole("listitem")).toHaveCount(
    questionSlugs.length,
  );
  await expect(page.getByRole("navigation", { name: "Pages of the question cards" })).toHaveCount(0);
  await expect(page.locator('a[rel="prev"], a[rel="next"]')).toHaveCount(0);
  const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
  expect(new URL(canonical ?? "").pathname).toBe(site.path("/practice/cards/"));
  // No second page is built.
  const second = await page.request.get(site.url("/practice/cards/page/2/"));
  expect(second.status()).toBe(404);
});
