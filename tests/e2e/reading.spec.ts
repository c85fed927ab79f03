import { readQuestions } from "../helpers/content.ts";
import { expect, questionSlugs, test } from "./fixtures.ts";

const questions = readQuestions();

test("the home page lists every question in order with its summary and topics", async ({ site, page }) => {
  await site.goto("/");
  const cards = page.locator("ol.questions > li");
  await expect(cards).toHaveCount(questions.length);
  const links = cards.getByRole("heading", { level: 2 }).getByRole("link");
  await expect(links).toHaveText(questions.map((q) => q.title));
  for (const [i, q] of questions.entries()) {
    await expect(links.nth(i)).toHaveAttribute("href", site.path(`/questions/${q.slug}/`));
    await expect(cards.nth(i).locator(".card__summary")).not.toBeEmpty();
    await expect(
      cards
        .nth(i)
        .getByRole("list", { name: /topics/i })
        .getByRole("listitem"),
    ).toHaveCount(q.topics.length);
  }
  await expect(page.getByRole("heading", { name: "Make these answers yours" })).toBeVisible();
  await expect(page.getByText("These practical experience answers should be customized")).toBeVisible();
});

test("the slugs in the fixtures match the content folder", () => {
  expect(questions.map((q) => q.slug)).toEqual([...questionSlugs]);
});

for (const q of questions) {
  test(`${q.slug}: the h1 is the question and every answer heading has a readable id`, async ({ site, page }) => {
    await site.goto(`/questions/${q.slug}/`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(q.title);
    await expect(page).toHaveTitle(new RegExp(`^${q.title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
    const headings = page.locator(".prose :is(h2, h3, h4)");
    expect(await headings.count()).toBeGreaterThan(3);
    const ids = await headings.evaluateAll((els) => els.map((el) => el.id));
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
    expect(new Set(ids).size).toBe(ids.length);
    await expect(page.getByText(/min read/)).toBeVisible();
    await expect(page.getByRole("link", { name: "All questions" }).first()).toHaveAttribute("href", site.path("/"));
  });
}

test("table of contents links land on their sections below the sticky header", async ({ site, page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await site.goto("/questions/deployment-challenges/");
  const toc = page.getByRole("navigation", { name: "On this page" });
  const links = toc.getByRole("link");
  const count = await links.count();
  expect(count).toBeGreaterThan(8);
  const headerBottom = (await page.locator(".site-header").boundingBox())?.height ?? 0;
  for (const i of [0, 3, count - 1]) {
    const link = links.nth(i);
    const hash = (await link.getAttribute("href")) ?? "";
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${hash}$`));
    const heading = page.locator(hash);
    await expect(heading).toBeInViewport();
    await expect.poll(async () => (await heading.boundingBox())?.y ?? -1).toBeGreaterThanOrEqual(headerBottom - 1);
  }
  await expect(toc.locator('a[aria-current="true"]')).toHaveCount(1);
});

test("the table of contents collapses above the answer on a phone", async ({ site, page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await site.goto("/questions/cost-optimization/");
  const summary = page.getByText("On this page", { exact: true });
  await expect(summary).toBeVisible();
  const firstLink = page.getByRole("navigation", { name: "On this page" }).getByRole("link").first();
  await expect(firstLink).toBeHidden();
  await summary.click();
  await expect(firstLink).toBeVisible();
  const tocBox = await page.locator(".toc").boundingBox();
  const bodyBox = await page.locator(".question__body").boundingBox();
  expect(tocBox && bodyBox && tocBox.y < bodyBox.y).toBe(true);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0);
});

test("next and previous walk through all questions in order", async ({ site, page }) => {
  // Sixteen page loads, each awaited: more than the default 30 s on a busy two-core machine.
  test.setTimeout(90_000);
  await site.goto(`/questions/${questionSlugs[0]}/`);
  const forward: string[] = [];
  for (;;) {
    forward.push(new URL(page.url()).pathname);
    const next = page.getByRole("link", { name: /^Next question/ });
    if ((await next.count()) === 0) break;
    // Wait for the new page before reading it: a prefetched page can arrive in the middle of the next check.
    const from = page.url();
    await next.click();
    await page.waitForURL((url) => url.href !== from);
  }
  expect(forward).toEqual(questionSlugs.map((s) => site.path(`/questions/${s}/`)));
  const back: string[] = [];
  for (;;) {
    back.push(new URL(page.url()).pathname);
    const prev = page.getByRole("link", { name: /^Previous question/ });
    if ((await prev.count()) === 0) break;
    // Wait for the new page before reading it: a prefetched page can arrive in the middle of the next check.
    const from = page.url();
    await prev.click();
    await page.waitForURL((url) => url.href !== from);
  }
  expect(back).toEqual([...forward].reverse());
});

test(
  "an unknown URL gets the 404 page with a way back",
  { tag: "@base-path" },
  async ({ site, page, consoleErrors }) => {
    consoleErrors.allow(/404/);
    const response = await site.goto("/questions/no-such-question/");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This page does not exist");
    await expect(page.getByRole("link", { name: questions[0]?.title ?? "" })).toBeVisible();
  },
);

test("a skip link leads to the main content", async ({ site, page }) => {
  await site.goto("/questions/cost-optimization/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});

test("placeholders and adapt notes are marked as things to fill in", async ({ site, page }) => {
  await site.goto("/questions/genai-project-end-to-end/");
  const placeholder = page.locator(".prose .site-placeholder", { hasText: "[Company/Domain]" });
  await expect(placeholder).toBeVisible();
  const bg = await placeholder.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(bg).not.toBe("rgba(0, 0, 0, 0)");
  await expect(page.locator(".adapt-note")).toContainText("Adapt this template with your actual experience");
  await site.goto("/questions/prompt-engineering-in-production/");
  await expect(page.locator("pre .site-placeholder", { hasText: "[role]" })).toBeVisible();
});

test("on a phone, where the header has no room for its links, the footer reaches every part of the site", async ({
  site,
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await site.goto(`/questions/${questionSlugs[0]}/`);
  await expect(page.getByRole("navigation", { name: "Site" })).toBeHidden();
  const footer = page.getByRole("navigation", { name: "Footer" });
  const expected: [string, string][] = [
    ["All questions", "/"],
    ["Topics", "/topics/"],
    ["Search", "/search/"],
    ["Question cards", "/practice/cards/"],
  ];
  for (const [name, path] of expected) {
    const link = footer.getByRole("link", { name, exact: true });
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute("href", site.path(path));
  }
  await footer.getByRole("link", { name: "Topics", exact: true }).click();
  await expect(page).toHaveURL(site.url("/topics/"));
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});
