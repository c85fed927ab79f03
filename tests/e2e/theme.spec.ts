import { expect, test } from "./fixtures.ts";

const background = (page: import("@playwright/test").Page) =>
  page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test("the theme follows the system until the reader picks one", async ({ site, page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await site.goto("/");
  const dark = await background(page);
  await page.emulateMedia({ colorScheme: "light" });
  expect(await background(page)).not.toBe(dark);
});

test("the theme choice persists across reloads and pages", async ({ site, page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await site.goto("/questions/cost-optimization/");
  const light = await background(page);
  await page.getByRole("combobox", { name: "Theme" }).selectOption("dark");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  const dark = await background(page);
  expect(dark).not.toBe(light);
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  expect(await background(page)).toBe(dark);
  await expect(page.getByRole("combobox", { name: "Theme" })).toHaveValue("dark");
  await site.goto("/");
  expect(await background(page)).toBe(dark);
  await page.getByRole("combobox", { name: "Theme" }).selectOption("auto");
  await page.reload();
  expect(await background(page)).toBe(light);
});

test("the saved theme is applied by a script in the head before any stylesheet, so it never flashes", async ({
  site,
  page,
}) => {
  await site.goto("/");
  const order = await page.evaluate(() =>
    [...document.head.children]
      .map((el) =>
        el.tagName === "SCRIPT" && !el.getAttribute("src") && !el.getAttribute("type")
          ? "theme"
          : el.tagName === "LINK" && el.getAttribute("rel") === "stylesheet"
            ? "css"
            : "",
      )
      .filter(Boolean),
  );
  expect(order.indexOf("theme")).toBeGreaterThanOrEqual(0);
  expect(order.indexOf("theme")).toBeLessThan(order.indexOf("css"));
});
