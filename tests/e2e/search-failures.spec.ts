// Search when something fails: the engine, its data or the dialog's templates do not load (the status says so in
// words for readers, and the next keystroke tries again), the search code itself does not load (the dialog hands
// over to the search page, which lists every topic and question), and the header's search removed from the page
// stops listening.
import { openWithSlash, resultsFor } from "../helpers/search.ts";
import { expect, test } from "./fixtures.ts";

// The dialog needs the search data and, from the search page, the templates it draws results with.
for (const [what, file] of [
  ["data", /\/search\/data\.json$/],
  ["templates", /\/search\/$/],
] as const) {
  test(`a search whose ${what} cannot load says so without build hints, and the next keystroke tries again`, async ({
    site,
    page,
    consoleErrors,
  }) => {
    consoleErrors.allow(/Failed to load resource/);
    await page.route(file, (route) => route.abort());
    await site.goto("/questions/cost-optimization/");
    const box = await openWithSlash(page);
    await page.keyboard.type("drift");
    await expect(box.getByRole("status")).toHaveText("Search could not load. Try again or reload the page.");
    await page.unroute(file);
    await page.keyboard.press("Backspace");
    await resultsFor(box, "drif");
  });
}

test("when the search code cannot load, the dialog hands over to the search page, which lists every answer", async ({
  site,
  page,
  consoleErrors,
}) => {
  consoleErrors.allow(/Failed to load resource/);
  await page.route(/\/_astro\/search-ui\.[\w-]+\.js$/, (route) => route.abort());
  await site.goto("/questions/cost-optimization/");
  await page.locator("body").press("/");
  await expect(page).toHaveURL(/\/search\/\?q=$/);
  await expect(page.getByText("Search could not load.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Questions" }).getByRole("link").first()).toBeVisible();
});

test("the header's search stops listening when it leaves the page, and searches again when put back", async ({
  site,
  page,
}) => {
  await site.goto("/questions/cost-optimization/");
  let box = await openWithSlash(page);
  await page.keyboard.type("drift");
  await resultsFor(box, "drift");
  await page.keyboard.press("Escape");
  await page.evaluate(() => {
    const search = document.querySelector("site-search");
    if (!search) throw new Error("no <site-search> on the page");
    (window as unknown as { __search: Element }).__search = search;
    search.remove();
  });
  // A listener left behind would try to open the removed dialog, which throws (and fails the test).
  await page.locator("body").press("/");
  await page.keyboard.press("Control+k");
  await page.evaluate(() => {
    const search = (window as unknown as { __search: Element }).__search;
    document.querySelector("header")?.append(search);
  });
  box = await openWithSlash(page);
  await page.keyboard.press("Control+a");
  await page.keyboard.type("lora");
  await resultsFor(box, "lora");
});
