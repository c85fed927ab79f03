// Smoke tests: the built site is served, and the harness itself works (browser, base path, clipboard).
import { test, expect } from "./fixtures.ts";

test("the home page responds 200 and has a heading", { tag: "@base-path" }, async ({ site, page }) => {
  const response = await site.goto("/");
  expect(response?.status()).toBe(200);
  await expect(page.locator("h1").first()).toBeVisible();
});

test("an unknown URL responds 404", { tag: "@base-path" }, async ({ site, consoleErrors }) => {
  // Chromium logs the failed document load itself as a console error.
  consoleErrors.allow(/status of 404/);
  const response = await site.goto("/no-such-page-e2e-smoke/");
  expect(response?.status()).toBe(404);
});

test("the browser context can write and read the clipboard", async ({ site, page }) => {
  await site.goto("/");
  const text = `e2e clipboard ${Date.now()}`;
  const read = await page.evaluate(async (value) => {
    await navigator.clipboard.writeText(value);
    return navigator.clipboard.readText();
  }, text);
  expect(read).toBe(text);
});
