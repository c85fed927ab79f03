// No sideways scroll: one page of each kind of the build (and the search page with words in its address) fits
// 320, 390 and 1280 px, with the search dialog closed and open on results. The cross-engine suite runs the same
// check (tests/helpers/sideways.mjs) in Firefox and WebKit.
import { builtPages, builtSiteDir } from "../helpers/site-pages.mjs";
import { SIDEWAYS_QUERY, SIDEWAYS_WIDTHS, sidewaysOverflow, sidewaysSamples } from "../helpers/sideways.mjs";
import { expect, test } from "./fixtures.ts";

const samples = sidewaysSamples(builtPages(builtSiteDir()));

for (const path of samples) {
  test(`/${path} does not scroll sideways at ${SIDEWAYS_WIDTHS.join(", ")} px, search closed and open`, async ({
    site,
    page,
  }) => {
    await site.goto(path);
    const problems: string[] = [];
    for (const width of SIDEWAYS_WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      await expect.poll(() => page.evaluate(() => innerWidth)).toBe(width);
      problems.push(...(await page.evaluate(sidewaysOverflow)).map((p) => `${width} px, search closed: ${p}`));

      // The search page's own field is its search: the header's button goes there rather than opening the dialog.
      const trigger = page.getByRole("banner").getByRole("button", { name: "Search" });
      if (!(await trigger.isVisible()) || (await page.locator("[data-search-page]").count()) > 0) continue;
      await trigger.click();
      const dialog = page.getByRole("dialog", { name: "Search" });
      const input = dialog.getByRole("searchbox");
      await expect(input).toBeFocused();
      await input.fill(SIDEWAYS_QUERY);
      await expect(dialog.getByRole("status")).toContainText(`“${SIDEWAYS_QUERY}”`);
      problems.push(...(await page.evaluate(sidewaysOverflow)).map((p) => `${width} px, search open: ${p}`));
      await page.keyboard.press("Escape");
      await expect(dialog).toBeHidden();
    }
    expect(problems).toEqual([]);
  });
}
