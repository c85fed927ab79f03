// Accessibility: axe-core with the WCAG 2.2 A/AA rules on every page of the build (found by walking the
// build folder, so new pages are covered without being listed), in the light and dark themes at a phone
// and a desktop width, and with the search dialog open on the home page and a question page.
import { readFileSync } from "node:fs";
import { builtPages, builtSiteDir, pageKind } from "../helpers/site-pages.mjs";
import { applyView, axeViolations, openDialog, resultLinks, searchTrigger, VIEWS } from "../helpers/a11y.ts";
import { expect, test } from "./fixtures.ts";

const pages = builtPages(builtSiteDir());

test.describe("axe, WCAG 2.2 A/AA", () => {
  // Four full axe runs per page: generous on two cores.
  test.describe.configure({ timeout: 120_000 });

  for (const { path, file } of pages) {
    test(`/${path} in light and dark at 390 and 1280 px`, async ({ site, page }) => {
      // A redirect page (short links) is checked as the page a reader briefly sees: served without its refresh.
      const html = readFileSync(file, "utf8");
      const refresh = /<meta[^>]+http-equiv=["']?refresh["']?[^>]*>/i;
      if (refresh.test(html)) {
        await page.route(site.url(path), (route) =>
          route.fulfill({ contentType: "text/html; charset=utf-8", body: html.replace(refresh, "") }),
        );
      }
      const response = await site.goto(path);
      expect(response?.status(), `status of /${path}`).toBeLessThan(400);
      // Collapsed disclosures (the phone table of contents) are opened so their content is checked too.
      await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
      const violations: string[] = [];
      for (const view of VIEWS) {
        await applyView(page, view);
        violations.push(...(await axeViolations(page, `/${path} ${view.scheme} ${view.width}px`)));
      }
      expect(violations, "axe violations (rule, impact, element)").toEqual([]);
    });
  }
});

test.describe("axe with the search dialog open", () => {
  test.describe.configure({ timeout: 120_000 });
  const samples = [pages.find((p) => pageKind(p.path) === "home"), pages.find((p) => pageKind(p.path) === "question")];

  for (const sample of samples.filter((p) => p !== undefined)) {
    test(`/${sample.path} with search open and showing results`, async ({ site, page }) => {
      await site.goto(sample.path);
      const trigger = await searchTrigger(page);
      test.skip(trigger === null, "this page has no search button in its header");
      const violations: string[] = [];
      for (const view of VIEWS) {
        await applyView(page, view);
        const button = await searchTrigger(page);
        if (!button) continue; // hidden at this width
        await button.click();
        const dialog = openDialog(page);
        await expect(dialog).toBeVisible();
        const input = dialog
          .getByRole("searchbox")
          .or(dialog.getByRole("textbox"))
          .or(dialog.getByRole("combobox"))
          .first();
        await input.fill("caching");
        // Results arrive from the index asynchronously; wait for links in the dialog.
        await expect(resultLinks(dialog).first()).toBeVisible({ timeout: 15_000 });
        violations.push(...(await axeViolations(page, `/${sample.path} search open ${view.scheme} ${view.width}px`)));
        await page.keyboard.press("Escape");
        await expect(dialog).toBeHidden();
      }
      expect(violations, "axe violations with the dialog open").toEqual([]);
    });
  }
});

test("the axe check reports a fault planted in a page, in both themes", async ({ site, page }) => {
  await site.goto("");
  // A known fault: an image with no text alternative, and text that fails contrast only in the dark theme.
  await page.evaluate(() => {
    const img = document.createElement("img");
    img.src = "favicon.svg";
    document.querySelector("main")?.append(img);
    const p = document.createElement("p");
    p.textContent = "Low contrast in the dark";
    p.style.setProperty("color", "light-dark(#000, #222)");
    document.querySelector("main")?.append(p);
  });
  const light = await axeViolations(page, "light");
  expect(light.some((line) => line.includes("image-alt"))).toBe(true);
  expect(light.some((line) => line.includes("color-contrast"))).toBe(false);
  await applyView(page, { scheme: "dark", width: 1280, height: 800 });
  expect((await axeViolations(page, "dark")).some((line) => line.includes("color-contrast"))).toBe(true);
});
