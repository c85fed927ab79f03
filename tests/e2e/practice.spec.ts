// Practice mode: the toggle and per-section disclosures, on a 320 px screen and without JavaScript. The other
// practice specs: practice-fills, practice-progress (marks, next, reset, cards, the question list), practice-timer
// (with layout stability), practice-memory (schedule, answers, mock rounds).
import { axeViolations } from "../helpers/a11y.ts";
import { expect, test } from "./fixtures.ts";
import {
  questions,
  KEY,
  PROJECT,
  PROMPTS,
  PROJECT_SECTIONS,
  seed,
  stored,
  toggle,
  revealButtons,
  reveal,
} from "./practice-helpers.ts";

test.describe("practice toggle", () => {
  test("folds the answer to its headings and back, with aria-pressed and aria-expanded", async ({ site, page }) => {
    await site.goto(PROJECT);
    const overview = page.getByText("I led the development of an AI-powered customer support chatbot");
    await expect(toggle(page)).toHaveAttribute("aria-pressed", "false");
    await expect(overview).toBeVisible();
    await expect(revealButtons(page).first()).toBeHidden();

    await toggle(page).click();
    await expect(toggle(page)).toHaveAttribute("aria-pressed", "true");
    await expect(overview).toBeHidden();
    await expect(page.locator("site-code-block, .prose ul").first()).toBeHidden();
    for (const name of PROJECT_SECTIONS) await expect(page.getByRole("heading", { level: 2, name })).toBeVisible();
    await expect(revealButtons(page)).toHaveCount(PROJECT_SECTIONS.length);
    for (const button of await revealButtons(page).all()) {
      await expect(button).toHaveAttribute("aria-expanded", "false");
      await expect(button).toHaveText(/^Reveal/);
      // Every controlled element exists and is hidden.
      const ids = (await button.getAttribute("aria-controls"))?.split(" ") ?? [];
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) await expect(page.locator(`[id="${id}"]`)).toBeHidden();
    }
    await expect(page.locator("site-practice-bar > [role=status][data-status]")).toHaveText(
      /Practice mode on: 6 sections are hidden/,
    );

    await toggle(page).click();
    await expect(toggle(page)).toHaveAttribute("aria-pressed", "false");
    await expect(overview).toBeVisible();
    await expect(revealButtons(page).first()).toBeHidden();
    await expect(page.locator("site-practice-bar > [role=status][data-status]")).toHaveText(
      "Practice mode off: the whole answer is shown.",
    );
  });

  test("reveals one section, all sections, and hides them all again", async ({ site, page }) => {
    await seed(site, page, { on: true });
    await site.goto(PROJECT);
    const overview = page.getByText("I led the development of an AI-powered customer support chatbot");
    const results = page.getByText("Achieved 68% automation rate");

    await reveal(page, "Project Overview").click();
    await expect(reveal(page, "Project Overview")).toHaveAttribute("aria-expanded", "true");
    await expect(reveal(page, "Project Overview")).toHaveText(/^Hide/);
    await expect(overview).toBeVisible();
    await expect(results).toBeHidden();

    await page.getByRole("button", { name: "Reveal all" }).click();
    for (const button of await revealButtons(page).all()) await expect(button).toHaveAttribute("aria-expanded", "true");
    await expect(results).toBeVisible();

    await page.getByRole("button", { name: "Hide all" }).click();
    for (const button of await revealButtons(page).all())
      await expect(button).toHaveAttribute("aria-expanded", "false");
    await expect(overview).toBeHidden();
    await expect(results).toBeHidden();
  });

  test("a section with sub-sections keeps each sub-heading's own disclosure", async ({ site, page }) => {
    await seed(site, page, { on: true });
    await site.goto(PROMPTS);
    // "Systematic Methodology" has no text of its own before its first sub-heading: no button for it.
    await expect(reveal(page, "Systematic Methodology")).toHaveCount(0);
    await expect(page.getByRole("heading", { name: "Initial Design" })).toBeVisible();
    await expect(page.locator("site-code-block").first()).toBeHidden();
    await reveal(page, "Initial Design").click();
    await expect(page.locator("site-code-block").first()).toBeVisible();
    await expect(page.locator("site-code-block").nth(1)).toBeHidden();
  });

  test("works from the keyboard: Enter and Space toggle, focus stays and shows", async ({ site, page }) => {
    await site.goto(PROJECT);
    await toggle(page).focus();
    await page.keyboard.press("Space");
    await expect(toggle(page)).toHaveAttribute("aria-pressed", "true");
    await expect(toggle(page)).toBeFocused();

    const button = reveal(page, "Results and Impact");
    await button.focus();
    await page.keyboard.press("Enter");
    await expect(button).toHaveAttribute("aria-expanded", "true");
    await expect(button).toBeFocused();
    await expect(page.getByText("Achieved 68% automation rate")).toBeVisible();
    await page.keyboard.press("Space");
    await expect(button).toHaveAttribute("aria-expanded", "false");

    // Keyboard focus is visible (the site's focus ring).
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Tab");
    await expect(button).toBeFocused();
    const outline = await button.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).toBe("solid");

    // Tabbing from one hidden section's button skips its hidden content.
    const focusables = await page.evaluate(() => {
      const hidden = [...document.querySelectorAll("[data-practice-hidden]")];
      return hidden
        .flatMap((el) => [...el.querySelectorAll("a, button, input")])
        .filter((el) => (el as HTMLElement).offsetParent !== null).length;
    });
    expect(focusables).toBe(0);
  });

  test("the choice and revealed sections persist across pages and reloads", async ({ site, page }) => {
    await site.goto(PROJECT);
    await toggle(page).click();
    await reveal(page, "Lessons Learned").click();
    await page.reload();
    await expect(toggle(page)).toHaveAttribute("aria-pressed", "true");
    await expect(reveal(page, "Lessons Learned")).toHaveAttribute("aria-expanded", "true");
    await expect(reveal(page, "Project Overview")).toHaveAttribute("aria-expanded", "false");

    // Another question opens folded too.
    await site.goto("/questions/marketing-content-generation/");
    await expect(toggle(page)).toHaveAttribute("aria-pressed", "true");
    await expect(revealButtons(page).first()).toHaveAttribute("aria-expanded", "false");
    expect((await stored(page))["on"]).toBe(true);

    // Switching off also persists.
    await toggle(page).click();
    await site.goto(PROJECT);
    await expect(toggle(page)).toHaveAttribute("aria-pressed", "false");
    await expect(page.getByText("I led the development")).toBeVisible();
  });

  test("the answer never shows before the practice script runs", async ({ site, page }) => {
    await seed(site, page, { on: true });
    // Hold the page's scripts back (the practice bar's among them); the inline pre-paint script must already hide the answer.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/_astro\/[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await site.goto(PROJECT, { waitUntil: "commit" });
    await expect(page.getByRole("heading", { level: 2, name: "Project Overview" })).toBeVisible();
    await expect(page.getByText("I led the development")).toBeHidden();
    await expect(toggle(page)).toBeHidden();
    release();
    await expect(toggle(page)).toHaveAttribute("aria-pressed", "true");
    await expect(page.getByText("I led the development")).toBeHidden();
  });

  test("a link to a section opens that section in practice mode", async ({ site, page }) => {
    await seed(site, page, { on: true });
    await site.goto(`${PROJECT}#results-and-impact`);
    await expect(reveal(page, "Results and Impact")).toHaveAttribute("aria-expanded", "true");
    await expect(page.getByText("Achieved 68% automation rate")).toBeVisible();
    await expect(page.getByText("I led the development")).toBeHidden();
  });

  test("corrupt or foreign stored data is ignored", async ({ site, page }) => {
    await site.goto("/practice/cards/");
    await page.evaluate((key) => localStorage.setItem(key, "{not json"), KEY);
    await site.goto(PROJECT);
    await expect(toggle(page)).toHaveAttribute("aria-pressed", "false");
    await page.evaluate(
      (key) => localStorage.setItem(key, JSON.stringify({ v: 1, on: true, practised: "all", fills: [1] })),
      KEY,
    );
    await page.reload();
    await expect(toggle(page)).toHaveAttribute("aria-pressed", "true");
    await expect(page.getByRole("button", { name: "Mark as practised" }).first()).toHaveAttribute(
      "aria-pressed",
      "false",
    );
  });
});

test.describe("layout and accessibility", () => {
  test("practice mode fits a 320px screen", async ({ site, page }) => {
    await seed(site, page, { on: true });
    await page.setViewportSize({ width: 320, height: 700 });
    await site.goto(PROMPTS);
    await page.getByText("Fill in the blanks").click();
    await page.getByRole("button", { name: "Reveal all" }).click();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    for (const name of ["Practice mode", "Mark as practised", "Reveal all", "Hide all", "Start"]) {
      const box = await page.getByRole("button", { name, exact: true }).first().boundingBox();
      expect(box?.height ?? 0).toBeGreaterThanOrEqual(24);
      expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(320);
    }
  });

  for (const scheme of ["light", "dark"] as const) {
    for (const width of [390, 1280]) {
      test(`no axe violations in practice mode and on the home page (${scheme}, ${width}px)`, async ({
        site,
        page,
      }) => {
        await seed(site, page, { on: true, practised: ["genai-project-end-to-end"], fills: { role: "maths tutor" } });
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme: scheme, reducedMotion: "reduce" });
        await site.goto(PROMPTS);
        await reveal(page, "Initial Design").click();
        await page.getByText("Fill in the blanks").click();
        await page.locator("[data-practice-timer]").getByRole("button", { name: "Start" }).click();
        expect(await axeViolations(page, `practice mode ${scheme} ${width}px`, "main")).toEqual([]);

        await site.goto("/");
        await page.locator("site-practice-progress").getByRole("button", { name: "Reset progress" }).click();
        expect(await axeViolations(page, `home with progress ${scheme} ${width}px`, "main")).toEqual([]);
      });
    }
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a question shows the whole answer and no practice controls", async ({ site, page }) => {
    await site.goto(PROJECT);
    for (const name of ["Practice mode", "Mark as practised", "Reveal all", "Start"]) {
      await expect(page.getByRole("button", { name })).toHaveCount(0);
    }
    await expect(page.getByRole("link", { name: /Next unpractised/ })).toHaveCount(0);
    await expect(page.getByText("Done with this question?")).toBeHidden();
    await expect(page.getByRole("textbox")).toHaveCount(0);
    await expect(page.getByText("I led the development")).toBeVisible();
    await expect(page.getByText("Achieved 68% automation rate")).toBeVisible();
    await expect(page.locator('.site-placeholder[data-placeholder="company-domain"]')).toHaveText("[Company/Domain]");
  });

  test("the home page explains practice mode and links the cards, with no dead controls", async ({ site, page }) => {
    await site.goto("/");
    await expect(page.getByRole("heading", { name: "Practise before you read" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Print the question cards" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Reset progress" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Random question" })).toHaveCount(0);
    await expect(page.getByText("of 8 practised")).toBeHidden();
    await expect(page.locator("ol.questions").getByText("Practised").filter({ visible: true })).toHaveCount(0);
  });

  test("the cards page lists every question without a print button", async ({ site, page }) => {
    await site.goto("/practice/cards/");
    await expect(page.getByRole("list", { name: "Question cards" }).getByRole("listitem")).toHaveCount(
      questions.length,
    );
    await expect(page.getByRole("button", { name: "Print the cards" })).toHaveCount(0);
  });
});
