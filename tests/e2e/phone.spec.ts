// A phone (390 x 844): the answer on the first screen of every question, practice mode off and on; the header's
// menu of the site's pages; the "On this page" bar. The cross-engine suite runs the first-screen measure
// (tests/helpers/first-screen.mjs) and the menu and bar in Firefox and WebKit (tests/engines/checks/layout.ts).
import type { Page } from "@playwright/test";
import { PHONE, answerStart } from "../helpers/first-screen.mjs";
import { expect, questionSlugs, test } from "./fixtures.ts";

const menuButton = (page: Page) => page.getByRole("banner").getByRole("button", { name: "Menu" });
const menu = (page: Page) => page.getByRole("navigation", { name: "Site menu" });
const SITE_PAGES = ["All questions", "Topics", "Search", "Your practice", "Mock round", "Question cards"];

/** The first screen's figures of a question, once its scripts have started (the search button is defined). */
async function firstScreen(page: Page) {
  await expect(page.locator("site-practice-bar [data-toggle]")).toBeVisible();
  return page.evaluate(answerStart);
}

test.describe("on a phone", () => {
  test.use({ viewport: PHONE });

  test("every question shows its first answer heading and the line under it on the first screen", async ({
    site,
    page,
  }) => {
    const late: string[] = [];
    for (const slug of questionSlugs) {
      await site.goto(`/questions/${slug}/`);
      const { heading, firstLine, viewport } = await firstScreen(page);
      if (!heading || !firstLine) late.push(`${slug}: no answer heading or no line under it`);
      else if (firstLine.bottom > viewport)
        late.push(`${slug}: the line under the first heading ends at ${firstLine.bottom} px, below ${viewport}`);
    }
    expect(late).toEqual([]);
  });

  test("with practice mode on, every question shows its first section's Reveal on the first screen, from the first paint", async ({
    site,
    page,
  }) => {
    await site.goto(`/questions/${questionSlugs[0]}/`);
    await page.getByRole("button", { name: "Practice mode" }).click();
    await expect(page.getByRole("button", { name: "Practice mode" })).toHaveAttribute("aria-pressed", "true");
    const late: string[] = [];
    for (const slug of questionSlugs) {
      await site.goto(`/questions/${slug}/`);
      const { reveal, viewport } = await firstScreen(page);
      if (!reveal) late.push(`${slug}: no Reveal button`);
      else if (reveal.bottom > viewport)
        late.push(`${slug}: the first Reveal ends at ${reveal.bottom} px, below ${viewport}`);
    }
    expect(late).toEqual([]);
    // What the header folds away stays one tap from the reader: the summary, the topics and the Markdown copy.
    const fold = page.getByText("Summary and topics", { exact: true });
    await expect(page.getByRole("list", { name: "Topics" })).toBeHidden();
    await fold.click();
    await expect(page.getByRole("list", { name: "Topics" }).getByRole("link").first()).toBeVisible();
    await expect(page.getByRole("button", { name: "Copy as Markdown" })).toBeVisible();
  });

  test("practice mode off keeps the topics and Markdown copy in the header, the topics on one row", async ({
    site,
    page,
  }) => {
    await site.goto(`/questions/${questionSlugs[0]}/`);
    await expect(page.getByText("Summary and topics", { exact: true })).toBeHidden();
    const chips = page.getByRole("list", { name: "Topics" }).getByRole("link");
    expect(await chips.count()).toBeGreaterThan(2);
    const tops = await chips.evaluateAll(
      (links) => new Set(links.map((a) => Math.round(a.getBoundingClientRect().top))).size,
    );
    expect(tops).toBe(1);
    await expect(page.getByRole("link", { name: "View as Markdown" })).toBeVisible();
  });

  test("the header's menu opens the site's pages, says so, and closes on Escape, on a tap outside and on a link", async ({
    site,
    page,
  }) => {
    await site.goto(`/questions/${questionSlugs[1]}/`);
    const button = menuButton(page);
    await expect(button).toHaveAttribute("aria-expanded", "false");
    await expect(menu(page)).toBeHidden();
    await button.click();
    await expect(button).toHaveAttribute("aria-expanded", "true");
    await expect(menu(page).getByRole("link")).toHaveText(SITE_PAGES);
    // Nothing is trapped: Tab goes from the button into the list and on out of it.
    await page.keyboard.press("Tab");
    await expect(menu(page).getByRole("link", { name: "All questions" })).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(menu(page)).toBeHidden();
    await expect(button).toHaveAttribute("aria-expanded", "false");
    await expect(button).toBeFocused();

    await button.click();
    await page.mouse.click(PHONE.width / 2, PHONE.height - 40);
    await expect(menu(page)).toBeHidden();
    await expect(button).toHaveAttribute("aria-expanded", "false");

    await button.click();
    await menu(page).getByRole("link", { name: "Topics" }).click();
    await expect(page).toHaveURL(site.url("/topics/"));
    await expect(menu(page)).toBeHidden();
    const hiddenMenu = page.getByRole("navigation", { name: "Site menu", includeHidden: true });
    await expect(hiddenMenu.getByRole("link", { name: "Topics", includeHidden: true })).toHaveAttribute(
      "aria-current",
      "page",
    );
    // Back to the question: the page the back/forward cache restores has its menu closed.
    await page.goBack();
    await expect(menu(page)).toBeHidden();
    await expect(menuButton(page)).toHaveAttribute("aria-expanded", "false");
  });

  test("the header and the 'On this page' bar keep one line, and every control whole, down to 320 px", async ({
    site,
    page,
  }) => {
    await site.goto("/questions/cost-optimization/");
    for (const width of [390, 360, 320]) {
      await page.setViewportSize({ width, height: PHONE.height });
      await expect.poll(() => page.evaluate(() => innerWidth)).toBe(width);
      const name = page.getByRole("banner").getByRole("link").first();
      const box = await name.boundingBox();
      expect(box?.height, `${width} px: the site name's height`).toBeLessThan(30);
      for (const control of [
        page.getByRole("banner").getByRole("button", { name: "Search" }),
        page.getByRole("combobox", { name: "Theme" }),
        menuButton(page),
      ]) {
        const b = await control.boundingBox();
        expect(
          b?.width,
          `${width} px: ${(await control.getAttribute("aria-label")) ?? "control"} width`,
        ).toBeGreaterThanOrEqual(36);
        expect((b?.x ?? 0) + (b?.width ?? 0)).toBeLessThanOrEqual(width);
      }
      const bar = await page.locator("site-toc summary").boundingBox();
      expect(bar?.height, `${width} px: the 'On this page' bar's height`).toBeLessThan(50);
    }
  });

  test("'On this page' sits under the header, names the section in view and jumps to a section, then closes", async ({
    site,
    page,
  }) => {
    await site.goto("/questions/fine-tuning-experience/");
    const bar = page.locator("site-toc summary");
    const box = await bar.boundingBox();
    expect(box?.y ?? Infinity).toBeLessThan(120);
    const toc = page.getByRole("navigation", { name: "On this page" });
    await bar.click();
    const links = toc.getByRole("link");
    expect(await links.count()).toBeGreaterThan(3);
    const target = links.nth(2);
    const name = (await target.textContent())?.trim() ?? "";
    await target.click();
    await expect(links.first()).toBeHidden();
    const heading = page.locator(".question__body").getByRole("heading", { name, exact: true });
    await expect(heading).toBeInViewport();
    // Under the sticky header and bar, not behind them.
    const barBottom = (await bar.boundingBox())?.y ?? 0;
    await expect
      .poll(async () => ((await heading.boundingBox())?.y ?? 0) >= barBottom + ((await bar.boundingBox())?.height ?? 0))
      .toBe(true);
    await expect(page.locator("[data-toc-current]")).toHaveText(name);

    await bar.click();
    await expect(links.first()).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(links.first()).toBeHidden();
    await expect(bar).toBeFocused();
  });
});

test("wide screens keep the header's section links and no menu button", async ({ site, page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await site.goto("/");
  await expect(menuButton(page)).toBeHidden();
  await expect(page.getByRole("banner").getByRole("link", { name: "Topics" })).toBeVisible();
});

test.describe("on a phone without JavaScript", () => {
  test.use({ viewport: PHONE, javaScriptEnabled: false });

  test("the header's menu still opens the site's pages", async ({ site, page }) => {
    await site.goto("/topics/");
    await menuButton(page).click();
    await expect(menu(page).getByRole("link")).toHaveText(SITE_PAGES);
    await menu(page).getByRole("link", { name: "Search" }).click();
    await expect(page).toHaveURL(site.url("/search/"));
  });
});
