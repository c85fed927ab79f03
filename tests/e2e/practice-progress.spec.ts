// Practice progress: marked questions, next unpractised and random, reset, the print cards and the question list
// loaded on demand.
import { expect, questionSlugs, test } from "./fixtures.ts";
import { questions, KEY, PROJECT, PROMPTS, seed, stored } from "./practice-helpers.ts";

test.describe("progress", () => {
  test("mark as practised persists and the home page counts it", async ({ site, page }) => {
    await site.goto(PROJECT);
    const marks = page.getByRole("button", { name: "Mark as practised" });
    await expect(marks).toHaveCount(2);
    await marks.first().click();
    // Both the bar's and the end-of-answer button show the same state.
    for (const mark of await marks.all()) await expect(mark).toHaveAttribute("aria-pressed", "true");
    await page.reload();
    await expect(marks.last()).toHaveAttribute("aria-pressed", "true");

    await site.goto("/");
    const area = page.locator("site-practice-progress");
    await expect(area.locator(".progress__count")).toHaveText("1 of 8 practised");
    const cards = page.locator("ol.questions > li");
    await expect(cards.nth(0).getByText("Practised")).toBeVisible();
    await expect(cards.nth(1).getByText("Practised")).toBeHidden();
    await expect(area.getByRole("link", { name: /^Next unpractised/ })).toHaveAttribute(
      "href",
      site.path("/questions/marketing-content-generation/"),
    );

    // Unmarking at the end of the answer takes it off again.
    await site.goto(PROJECT);
    await marks.last().click();
    await expect(marks.first()).toHaveAttribute("aria-pressed", "false");
    await site.goto("/");
    await expect(area.locator(".progress__count")).toHaveText("0 of 8 practised");
  });

  test("next unpractised and random question go to questions not yet practised", async ({ site, page }) => {
    const practised = questionSlugs.filter((s) => s !== "cost-optimization" && s !== "staying-current");
    await seed(site, page, { practised });
    await site.goto("/");
    const area = page.locator("site-practice-progress");
    await expect(area.locator(".progress__count")).toHaveText("6 of 8 practised");
    const next = area.getByRole("link", { name: /^Next unpractised/ });
    await expect(next).toHaveAttribute("href", site.path("/questions/cost-optimization/"));
    await expect(next).toHaveAccessibleName(
      "Next unpractised: How do you optimize costs while maintaining quality in LLM applications?",
    );
    for (let i = 0; i < 5; i++) {
      await page.reload();
      // The area shows once its script has run and chosen the link.
      await expect(area).toBeVisible();
      await expect(area.getByRole("link", { name: "Random question" })).toHaveAttribute(
        "href",
        new RegExp(`^(${site.path("/questions/cost-optimization/")}|${site.path("/questions/staying-current/")})$`),
      );
    }
    await area.getByRole("link", { name: /^Next unpractised/ }).click();
    await expect(page).toHaveURL(site.url("/questions/cost-optimization/"));
    // From a question, "next unpractised" is the one after it.
    await expect(page.locator("site-practice-bar").getByRole("link", { name: /^Next unpractised/ })).toHaveAttribute(
      "href",
      site.path("/questions/staying-current/"),
    );
  });

  test("with every question practised there is no next link, and random still works", async ({ site, page }) => {
    await seed(site, page, { practised: [...questionSlugs] });
    await site.goto("/");
    const area = page.locator("site-practice-progress");
    await expect(area.locator(".progress__count")).toHaveText("8 of 8 practised");
    await expect(area.getByText("Every question practised.")).toBeVisible();
    await expect(area.getByRole("link", { name: /^Next unpractised/ })).toBeHidden();
    await expect(area).toBeVisible();
    await expect(area.getByRole("link", { name: "Random question" })).toHaveAttribute(
      "href",
      new RegExp(`^${site.path("/questions/")}(${questionSlugs.join("|")})/$`),
    );
  });

  test("reset asks first, can be cancelled from the keyboard, and clears progress", async ({ site, page }) => {
    await seed(site, page, {
      practised: ["genai-project-end-to-end", "cost-optimization", "staying-current"],
      fills: { role: "tutor" },
    });
    await site.goto("/");
    const area = page.locator("site-practice-progress");
    const reset = area.getByRole("button", { name: "Reset progress" });
    await reset.focus();
    await page.keyboard.press("Enter");
    const confirm = area.getByRole("group", { name: /Forget which questions you have practised/ });
    await expect(confirm).toBeVisible();
    await expect(confirm.getByRole("button", { name: "Cancel" })).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(confirm).toBeHidden();
    await expect(reset).toBeFocused();
    await expect(area.locator(".progress__count")).toHaveText("3 of 8 practised");

    await page.keyboard.press("Enter");
    await page.keyboard.press("Shift+Tab");
    await expect(confirm.getByRole("button", { name: "Yes, reset" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(area.locator(".progress__count")).toHaveText("0 of 8 practised");
    await expect(area.locator(".progress__count")).toBeFocused();
    await expect(area.getByRole("status")).toHaveText("Progress reset: 0 of 8 practised");
    await expect(reset).toBeHidden();
    await expect(page.locator("ol.questions").getByText("Practised").filter({ visible: true })).toHaveCount(0);
    const after = await stored(page);
    expect(after["practised"]).toEqual([]);
    expect(after["fills"]).toEqual({ role: "tutor" });
    await page.reload();
    await expect(area.locator(".progress__count")).toHaveText("0 of 8 practised");
  });
});

test.describe("print cards", { tag: "@base-path" }, () => {
  test("the home page links to the cards, one per question, printed without chrome", async ({ site, page }) => {
    await site.goto("/");
    await page.getByRole("link", { name: "Print the question cards" }).click();
    await expect(page).toHaveURL(site.url("/practice/cards/"));
    const cards = page.getByRole("list", { name: "Question cards" }).getByRole("listitem");
    await expect(cards).toHaveCount(questions.length);
    for (const [i, q] of questions.entries()) {
      await expect(cards.nth(i).getByRole("heading", { level: 2 })).toHaveText(q.title);
      await expect(cards.nth(i)).toContainText(`Question ${q.order} of ${questions.length}`);
    }
    await expect(page.getByRole("button", { name: "Print the cards" })).toBeVisible();
    // No answers on the cards.
    await expect(page.locator(".prose")).toHaveCount(0);

    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("heading", { level: 1, name: "Question cards" })).toBeHidden();
    await expect(page.locator(".site-header")).toBeHidden();
    await expect(cards.first()).toHaveCSS("break-inside", "avoid");
    const lines = await cards.first().locator(".qcard__line").count();
    expect(lines).toBeGreaterThanOrEqual(5);
  });
});

test.describe("the question list, loaded on demand", { tag: "@base-path" }, () => {
  const LIST = "/practice/questions.json";

  test("a question page loads no list until another question is practised, then one for all its links", async ({
    site,
    page,
  }) => {
    const lists: string[] = [];
    page.on("request", (request) => {
      if (new URL(request.url()).pathname.endsWith(LIST)) lists.push(new URL(request.url()).pathname);
    });
    await site.goto(PROJECT);
    const nextLinks = page.getByRole("link", { name: /^Next unpractised/ });
    await expect(nextLinks).toHaveCount(2);
    for (const link of await nextLinks.all())
      await expect(link).toHaveAttribute("href", site.path("/questions/marketing-content-generation/"));
    expect(await page.content()).not.toContain("data-questions");
    // Marking the question being read changes nothing about what comes next: still no list.
    await page.getByRole("button", { name: "Mark as practised" }).first().click();
    await page.waitForLoadState("networkidle");
    expect(lists).toEqual([]);

    await page.evaluate(
      (key) => localStorage.setItem(key, JSON.stringify({ v: 1, practised: ["marketing-content-generation"] })),
      KEY,
    );
    await page.reload();
    const prompts = questions.find((q) => q.slug === "prompt-engineering-in-production");
    // all() takes the links there are at that moment: wait for both, or a page still loading yields none.
    await expect(nextLinks).toHaveCount(2);
    for (const link of await nextLinks.all()) {
      await expect(link).toHaveAttribute("href", site.path(PROMPTS));
      await expect(link).toHaveAccessibleName(`Next unpractised: ${prompts?.title}`);
    }
    expect(lists).toEqual([site.path(LIST)]);
  });

  test("Random question takes a first-time reader to a question, loading the list on the way", async ({
    site,
    page,
  }) => {
    const lists: string[] = [];
    page.on("request", (request) => {
      if (new URL(request.url()).pathname.endsWith(LIST)) lists.push(request.url());
    });
    await site.goto("/");
    const random = page.locator("site-practice-progress").getByRole("link", { name: "Random question" });
    await expect(random).toBeVisible();
    expect(lists).toEqual([]);
    await random.click();
    await expect(page).toHaveURL(
      new RegExp(`${site.url("/questions/").replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}[a-z0-9-]+/$`),
    );
    expect(lists).toHaveLength(1);
  });
});
