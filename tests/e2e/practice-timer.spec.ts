// Practice mode's answer timer, and layout stability: the practice and share widgets never push the page.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { PROJECT, seed, toggle } from "./practice-helpers.ts";

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
