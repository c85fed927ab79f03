import { readQuestions } from "../helpers/content.ts";
import { expect, test } from "./fixtures.ts";

const questions = readQuestions();

test("code is highlighted in light and dark with different colours", async ({ site, page }) => {
  await site.goto("/questions/evaluation-and-monitoring/");
  const keyword = page.locator("pre.is-highlighted span", { hasText: /^def$/ }).first();
  const plainFg = await page
    .locator("pre.is-highlighted")
    .first()
    .evaluate((el) => getComputedStyle(el).color);
  await page.emulateMedia({ colorScheme: "light" });
  const light = await keyword.evaluate((el) => getComputedStyle(el).color);
  await page.emulateMedia({ colorScheme: "dark" });
  const dark = await keyword.evaluate((el) => getComputedStyle(el).color);
  expect(light).not.toBe(dark);
  expect(light).not.toBe(plainFg);
  // No highlighter runs in the browser: the colours are in the HTML and CSS.
  expect(await page.evaluate(() => document.querySelectorAll("script[src*='shiki']").length)).toBe(0);
});

test("every code block has a language label, and the two plain-text blocks stay plain", async ({ site, page }) => {
  for (const q of questions) {
    await site.goto(`/questions/${q.slug}/`);
    const blocks = page.locator("site-code-block");
    await expect(blocks).toHaveCount(q.codeBlocks.length);
    await expect(blocks.locator(".code-block__lang")).toHaveText(
      q.codeBlocks.map((b) => (b.lang === "python" ? "Python" : "Text")),
    );
    for (const [i, b] of q.codeBlocks.entries()) {
      if (b.lang !== "text") continue;
      const pre = blocks.nth(i).locator("pre");
      await expect(pre).toHaveClass(/is-plain/);
      expect(await pre.locator("[class*='sl-']").count()).toBe(0);
    }
  }
});

test("the copy button puts the exact code on the clipboard and says so", async ({ site, page }) => {
  const q = questions.find((x) => x.slug === "cost-optimization");
  if (!q) throw new Error("cost-optimization is missing");
  await site.goto(`/questions/${q.slug}/`);
  for (const i of [0, 2]) {
    const block = page.locator("site-code-block").nth(i);
    const button = block.getByRole("button", { name: /copy/i });
    await button.focus();
    await page.keyboard.press("Enter");
    await expect(block.getByRole("status")).toHaveText("Code copied to clipboard");
    await expect(button).toHaveText("Copied");
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(q.codeBlocks[i]?.code);
  }
});

test("long code lines scroll inside the block on a phone", async ({ site, page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await site.goto("/questions/deployment-challenges/");
  const pre = page.locator("site-code-block pre").first();
  const { scroll, client } = await pre.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  expect(scroll).toBeGreaterThan(client);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0);
});
