// Practice mode (issue 7): the toggle and per-section disclosures, fill-ins, progress, the timer,
// print cards and the page without JavaScript.
import type { Page } from "@playwright/test";
import { readQuestions } from "../helpers/content.ts";
import { axeViolations } from "../helpers/a11y.ts";
import { STORAGE_KEY } from "../../src/lib/practice/storage.ts";
import { expect, questionSlugs, test, type Site } from "./fixtures.ts";

const questions = readQuestions();
const KEY = STORAGE_KEY;
const PROJECT = "/questions/genai-project-end-to-end/";
const PROMPTS = "/questions/prompt-engineering-in-production/";
/** The section headings of the project question, in order. */
const PROJECT_SECTIONS = [
  "Answer Structure",
  "Project Overview",
  "Technical Implementation",
  "Key Challenges and Solutions",
  "Results and Impact",
  "Lessons Learned",
];

/** Stores a practice state (as the site would) before the test's first real page. */
async function seed(site: Site, page: Page, state: Record<string, unknown>): Promise<void> {
  await site.goto("/practice/cards/");
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [
    KEY,
    JSON.stringify({ v: 1, ...state }),
  ] as const);
}

async function stored(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? "{}"), KEY);
}

const fills = (page: Page) => page.locator("[data-practice-fills]");
const toggle = (page: Page) => page.getByRole("button", { name: "Practice mode" });
const revealButtons = (page: Page) =>
  page.locator(".question__body").getByRole("button", { name: /^(Reveal|Hide) section: / });
const reveal = (page: Page, section: string) =>
  page.locator(".question__body").getByRole("button", { name: new RegExp(`^(Reveal|Hide) section: ${section}$`) });

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

test.describe("fill-ins", () => {
  test("the reader's words replace every same placeholder, in prose and code, and persist", async ({ site, page }) => {
    await seed(site, page, { on: true });
    await site.goto(PROMPTS);
    await page.getByRole("button", { name: "Reveal all" }).click();
    await page.getByText("Fill in the blanks").click();
    const role = fills(page).getByRole("textbox", { name: "role", exact: true });
    await expect(role).toBeVisible();
    await expect(fills(page).getByRole("textbox")).toHaveCount(8);
    await role.fill("maths tutor");
    await fills(page).getByRole("textbox", { name: "audience" }).fill("Year 9 pupils");
    const roleSpans = page.locator('.site-placeholder[data-placeholder="role"]');
    for (const span of await roleSpans.all()) await expect(span).toHaveText("maths tutor");
    const code = page.locator("site-code-block").first().locator("pre");
    await expect(code).toContainText("System: You are a maths tutor helping Year 9 pupils with [task].");

    await page.reload();
    await expect(code).toContainText("You are a maths tutor helping Year 9 pupils");
    // The disclosure stays closed at load (opening it would push the answer down); its count tells.
    await expect(fills(page).locator("summary")).toHaveText("Fill in the blanks (2 of 8 filled)");
    await page.getByText("Fill in the blanks").click();
    await expect(fills(page).getByRole("textbox", { name: "role", exact: true })).toHaveValue("maths tutor");
    expect((await stored(page))["fills"]).toEqual({ role: "maths tutor", audience: "Year 9 pupils" });

    // Out of practice mode the page shows the original text again.
    await toggle(page).click();
    await expect(code).toContainText("System: You are a [role] helping [audience] with [task].");
    await toggle(page).click();
    await expect(code).toContainText("You are a maths tutor");
  });

  test("fill-ins in prose are shared by every question with the same placeholder", async ({ site, page }) => {
    await seed(site, page, { on: true, fills: { "company-domain": "Acme Bank" } });
    await site.goto(`${PROJECT}#project-overview`);
    await expect(page.locator('.site-placeholder[data-placeholder="company-domain"]')).toHaveText("Acme Bank");
    await expect(page.getByText("customer support chatbot for Acme Bank.")).toBeVisible();
    await expect(fills(page).locator("summary")).toHaveText(/\(1 of \d+ filled\)$/);
    await page.getByText("Fill in the blanks").click();
    await expect(fills(page).getByRole("textbox", { name: "Company/Domain" })).toHaveValue("Acme Bank");
  });

  test("the copy button still copies the original code after filling in", async ({ site, page }) => {
    await seed(site, page, { on: true, fills: { role: "maths tutor", task: "fractions" } });
    await site.goto(PROMPTS);
    await page.getByRole("button", { name: "Reveal all" }).click();
    const block = page.locator("site-code-block").first();
    await expect(block.locator("pre")).toContainText("You are a maths tutor");
    await block.getByRole("button", { name: /copy/i }).click();
    await expect(block.getByRole("status")).toHaveText("Code copied to clipboard");
    const original = questions.find((q) => q.slug === "prompt-engineering-in-production")?.codeBlocks[0]?.code;
    expect(original).toContain("[role]");
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(original);
  });

  test("Clear empties the fields and restores the placeholders; input is cleaned and capped", async ({
    site,
    page,
  }) => {
    await seed(site, page, { on: true });
    await site.goto(PROMPTS);
    await page.getByRole("button", { name: "Reveal all" }).click();
    await page.getByText("Fill in the blanks").click();
    const task = fills(page).getByRole("textbox", { name: "task", exact: true });
    await expect(task).toHaveAttribute("maxlength", "60");
    await task.fill("  long\tdivision  ");
    const span = page.locator('.site-placeholder[data-placeholder="task"]').first();
    await expect(span).toHaveText("long division");
    await expect(span).toHaveAttribute("data-filled", "");

    await page.getByRole("button", { name: "Clear my words" }).click();
    await expect(task).toHaveValue("");
    // Focus goes back to the first field, ready for new words.
    await expect(fills(page).getByRole("textbox", { name: "role", exact: true })).toBeFocused();
    await expect(span).toHaveText("[task]");
    await expect(page.locator("[data-practice-fills]").getByRole("status")).toHaveText(
      "Your words on this page are cleared",
    );
    expect((await stored(page))["fills"]).toEqual({});
  });
});

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

test.describe("timer", () => {
  test("counts down visibly, pauses, resumes and resets; speaks rarely", async ({ site, page }) => {
    await page.clock.install({ time: new Date("2026-03-01T09:00:00Z") });
    await seed(site, page, { on: true });
    await site.goto(PROJECT);
    // From here time moves only when the test says: on a busy machine a second of real time between two
    // steps would otherwise turn "1 minute left" into "59 seconds left".
    await page.clock.pauseAt(new Date("2026-03-01T09:10:00Z"));
    const timer = page.locator("[data-practice-timer]");
    const clock = timer.getByRole("timer");
    const status = timer.getByRole("status");
    await expect(clock).toHaveText("02:00");
    // The clock is not a live region and sits in none.
    expect(
      await clock.evaluate((el) =>
        el.closest('[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], [role="log"]'),
      ),
    ).toBeNull();

    await timer.getByRole("button", { name: "Start" }).click();
    await expect(status).toHaveText("Timer started: 2 minutes");
    await expect(timer.getByRole("combobox", { name: "Timer length" })).toBeDisabled();
    await page.clock.runFor(15_000);
    await expect(clock).toHaveText("01:45");
    await expect(status).toHaveText("Timer started: 2 minutes");
    await page.clock.runFor(45_000);
    await expect(clock).toHaveText("01:00");
    await expect(status).toHaveText("1 minute left");

    await timer.getByRole("button", { name: "Pause" }).click();
    await expect(status).toHaveText("Timer paused, 1 minute left");
    await page.clock.runFor(20_000);
    await expect(clock).toHaveText("01:00");
    await timer.getByRole("button", { name: "Resume" }).click();
    await page.clock.runFor(30_000);
    await expect(clock).toHaveText("00:30");
    await expect(status).toHaveText("30 seconds left");
    await page.clock.runFor(31_000);
    await expect(clock).toHaveText("00:00");
    await expect(status).toHaveText("Time is up");
    await expect(timer.getByRole("button", { name: "Start again" })).toBeVisible();

    await timer.getByRole("button", { name: "Reset", exact: true }).click();
    await expect(clock).toHaveText("02:00");
    await expect(status).toHaveText("Timer reset to 2 minutes");
    await expect(timer.getByRole("button", { name: "Start" })).toBeVisible();
  });

  test("the timer's controls wait for its script, so an early choice is not lost", async ({ site, page }) => {
    await seed(site, page, { on: true });
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/_astro\/practice-session[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await site.goto(PROJECT);
    const timer = page.locator("[data-practice-timer]");
    const length = timer.getByRole("combobox", { name: "Timer length" });
    await expect(length).toBeVisible();
    await expect(length).toBeDisabled();
    await expect(timer.getByRole("button", { name: "Start" })).toBeDisabled();
    release();
    await length.selectOption("3");
    await expect(timer.getByRole("timer")).toHaveText("03:00");
    await expect(timer.getByRole("button", { name: "Start" })).toBeEnabled();
  });

  test("the chosen length is kept and a one-minute run ends at zero", async ({ site, page }) => {
    await page.clock.install({ time: new Date("2026-03-01T09:00:00Z") });
    await seed(site, page, { on: true });
    await site.goto(PROJECT);
    const timer = page.locator("[data-practice-timer]");
    await timer.getByRole("combobox", { name: "Timer length" }).selectOption("1");
    await expect(timer.getByRole("timer")).toHaveText("01:00");
    await page.reload();
    await expect(timer.getByRole("combobox", { name: "Timer length" })).toHaveValue("1");
    await timer.getByRole("button", { name: "Start" }).click();
    await page.clock.runFor(60_000);
    await expect(timer.getByRole("timer")).toHaveText("00:00");
    await expect(timer.getByRole("status")).toHaveText("Time is up");
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

test.describe("layout stability", () => {
  /** Elements that moved after the page was first painted, among those the practice and share widgets could push. */
  async function watchShifts(page: Page, watched: string): Promise<void> {
    await page.addInitScript((selector) => {
      const moved: string[] = [];
      const take = (entries: PerformanceEntryList) => {
        for (const entry of entries as (PerformanceEntry & { sources?: { node: Node | null }[] })[]) {
          for (const { node } of entry.sources ?? []) {
            if (node instanceof Element && node.matches(selector))
              moved.push(`${node.tagName.toLowerCase()}.${node.className}`);
          }
        }
      };
      const observer = new PerformanceObserver((list) => take(list.getEntries()));
      observer.observe({ type: "layout-shift", buffered: true });
      // Reads every shift so far, including those the observer has not yet been called back with.
      Object.assign(window, { __moved: () => (take(observer.takeRecords()), moved) });
    }, watched);
    // Scripts that start after the first paint, as on a slow phone; the list arrives later still.
    await page.route(/\/_astro\/[^/]*\.js$|\/practice\/questions\.json$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      await route.continue();
    });
  }

  /** Shifts so far, read once the page has rendered the frame after its last change (two animation frames). */
  const moved = (page: Page) =>
    page.evaluate(async () => {
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      return (window as unknown as { __moved: () => string[] }).__moved();
    });

  for (const width of [390, 1280]) {
    for (const returning of [false, true]) {
      const visit = returning ? "a returning reader" : "a first visit";
      test(`nothing in or below a question's header moves when its scripts start (${width}px, ${visit})`, async ({
        site,
        page,
      }) => {
        if (returning) await seed(site, page, { practised: ["staying-current"] });
        await page.setViewportSize({ width, height: 844 });
        await watchShifts(
          page,
          ".question__header, .question__header *, .question__layout, .practice-finish, .practice-finish *",
        );
        await site.goto("/questions/cost-optimization/");
        await expect(toggle(page)).toBeVisible();
        await expect(page.getByRole("button", { name: "Copy as Markdown" })).toBeVisible();
        // A phone's bar keeps only the switch: "Next unpractised" waits at the end of the answer there.
        const next = width < 640 ? page.locator(".practice-finish") : page.locator("site-practice-bar");
        await expect(next.getByRole("link", { name: /^Next unpractised/ })).toBeAttached();
        await expect(page.locator("site-practice-bar").getByRole("link", { name: /^Next unpractised/ })).toBeVisible({
          visible: width >= 640,
        });
        await page.waitForLoadState("networkidle");
        expect(await moved(page)).toEqual([]);
      });

      test(`nothing on the home page moves when the practice area starts (${width}px, ${visit})`, async ({
        site,
        page,
      }) => {
        if (returning) await seed(site, page, { practised: ["staying-current"] });
        await page.setViewportSize({ width, height: 844 });
        await watchShifts(page, ".practice-home, .practice-home *, .practice-home ~ *, .practice-home ~ * *");
        await site.goto("/");
        await expect(page.locator("site-practice-progress")).toBeVisible();
        await expect(page.locator(".progress__count")).toHaveText(`${returning ? 1 : 0} of 8 practised`);
        await page.waitForLoadState("networkidle");
        expect(await moved(page)).toEqual([]);
      });
    }
  }
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
