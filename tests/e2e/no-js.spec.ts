import { normalise, readQuestions } from "../helpers/content.ts";
import { expect, test } from "./fixtures.ts";

const questions = readQuestions();

test.describe("with JavaScript disabled", () => {
  test.use({ javaScriptEnabled: false });

  for (const q of questions) {
    test(`${q.slug}: all content and code are visible`, async ({ site, page }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await site.goto(`/questions/${q.slug}/`);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      const pres = page.locator("site-code-block pre");
      await expect(pres).toHaveCount(q.codeBlocks.length);
      for (let i = 0; i < q.codeBlocks.length; i++) await expect(pres.nth(i)).toBeVisible();
      for (const h of await page.locator(".prose :is(h2,h3,h4)").all()) await expect(h).toBeVisible();
      // No dead controls: copy buttons and the theme menu need the script, so they stay hidden.
      await expect(page.getByRole("button", { name: /copy/i })).toHaveCount(0);
      await expect(page.getByRole("combobox", { name: "Theme" })).toHaveCount(0);
      const lastItem = q.listItems.at(-1);
      if (lastItem)
        await expect(page.locator(".prose li").last()).toHaveText(
          new RegExp(
            normalise(lastItem)
              .slice(0, 20)
              .replace(/[.*+?^${}()|[\]\\]/g, "\\$&"),
          ),
        );
    });
  }

  test("the table of contents opens on a phone without a script", async ({ site, page }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    await site.goto("/questions/fine-tuning-experience/");
    await page.getByText("On this page", { exact: true }).click();
    await expect(page.getByRole("navigation", { name: "On this page" }).getByRole("link").first()).toBeVisible();
  });
});
