// The reader's storage misbehaves: blocked (reading localStorage throws), full (writing throws) or holding
// practice data this version cannot read (another format version, wrong-typed fields). Pages keep working, the
// theme still switches, the reader is told, and their data is read or kept aside, never overwritten unseen.
// Every test also fails on an uncaught exception (fixtures.ts), which is what blocked storage used to cause.
import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { CURRENT_VERSION, STORAGE_KEY } from "../../src/lib/practice/storage.ts";
import { expect, test, type Site } from "./fixtures.ts";

const KEY = STORAGE_KEY;
const QUESTION = "/questions/genai-project-end-to-end/";
const toggle = (page: Page) => page.getByRole("button", { name: "Practice mode" });
const notice = (page: Page) => page.locator("site-practice-bar [data-practice-notice]");
const theme = (page: Page) => page.getByRole("combobox", { name: "Theme" });

/** Stores text under a key, as an earlier visit (or another version of the site) would have. */
async function store(site: Site, page: Page, key: string, value: string): Promise<void> {
  await site.goto("/practice/cards/");
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [key, value] as const);
}

async function storageSnapshot(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() =>
    Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k) ?? ""])),
  );
}

test.describe("storage blocked", () => {
  test.beforeEach(async ({ page }) => {
    // What a browser does when the reader blocks site data: even reading the property throws.
    await page.addInitScript(() => {
      Object.defineProperty(window, "localStorage", {
        configurable: true,
        get() {
          throw new DOMException("The operation is insecure.", "SecurityError");
        },
      });
    });
  });

  test("pages load without errors and the theme still switches for the page", async ({ site, page }) => {
    await page.emulateMedia({ colorScheme: "light" });
    for (const path of ["/", QUESTION, "/topics/", "/search/"]) {
      await site.goto(path);
      await expect(theme(page)).toHaveValue("auto");
    }
    const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await theme(page).selectOption("dark");
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(light);
    await theme(page).selectOption("auto");
    await expect(page.locator("html")).not.toHaveAttribute("data-theme", /./);
  });

  test("practice mode works for the visit and says it cannot be remembered", async ({ site, page }) => {
    await site.goto(QUESTION);
    await expect(notice(page)).toBeHidden();
    await toggle(page).click();
    await expect(toggle(page)).toHaveAttribute("aria-pressed", "true");
    await expect(page.getByRole("button", { name: /^Reveal section: / }).first()).toBeVisible();
    await expect(notice(page)).toBeVisible();
    await expect(notice(page)).toHaveText(
      /does not let the site store anything, so your practice progress lasts only while this page is open/,
    );
  });
});

test.describe("storage full", () => {
  test("practice still works and says the progress was not saved", async ({ site, page }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      };
    });
    await site.goto(QUESTION);
    await toggle(page).click();
    await expect(toggle(page)).toHaveAttribute("aria-pressed", "true");
    await expect(notice(page)).toHaveText(
      /storage for the site is full, so your latest practice progress was not saved/,
    );
  });
});

test.describe("practice data this version cannot read", () => {
  test("data of a newer format is kept aside, the reader is told, and only then is anything written", async ({
    site,
    page,
  }) => {
    const newer = JSON.stringify({
      v: CURRENT_VERSION + 1,
      on: true,
      practised: ["staying-current"],
      streak: { "staying-current": 3 },
    });
    await store(site, page, KEY, newer);
    await site.goto(QUESTION);
    await expect(notice(page)).toBeVisible();
    const format = CURRENT_VERSION + 1;
    await expect(notice(page)).toHaveText(
      new RegExp(
        `could not be read: it was saved by a newer version of this site \\(format ${format}\\)\\. Practice starts afresh here\\. The original is kept unchanged .* under “site-practice:kept:[0-9a-f]{8}”\\. Download the original$`,
      ),
    );
    // The original can be downloaded from the notice as it was.
    const [file] = await Promise.all([
      page.waitForEvent("download"),
      notice(page).getByRole("link", { name: "Download the original" }).click(),
    ]);
    expect(await readFile((await file.path()) ?? "", "utf8")).toBe(newer);
    await expect(toggle(page)).toHaveAttribute("aria-pressed", "false");
    const kept = await storageSnapshot(page);
    const keptKey = Object.keys(kept).find((k) => k.startsWith("site-practice:kept:")) ?? "";
    expect(kept[keptKey]).toBe(newer);
    expect(kept[KEY]).toBe(newer); // nothing written yet

    await toggle(page).click();
    await expect(toggle(page)).toHaveAttribute("aria-pressed", "true");
    const after = await storageSnapshot(page);
    expect(JSON.parse(after[KEY] ?? "{}")).toMatchObject({ v: CURRENT_VERSION, on: true });
    expect(after[keptKey]).toBe(newer);

    // Read in full now: no notice on the next page, and the copy is still there.
    await page.reload();
    await expect(toggle(page)).toHaveAttribute("aria-pressed", "true");
    await expect(notice(page)).toBeHidden();
    expect((await storageSnapshot(page))[keptKey]).toBe(newer);
  });

  test("data from before the format had a version is kept aside too", async ({ site, page }) => {
    const old = JSON.stringify({ on: true, practised: ["cost-optimization"] });
    await store(site, page, KEY, old);
    await site.goto(QUESTION);
    await expect(notice(page)).toHaveText(
      /could not be read: it has no format version\. Practice starts afresh here\. The original is kept unchanged/,
    );
    const kept = await storageSnapshot(page);
    expect(Object.entries(kept).filter(([k, v]) => k.startsWith("site-practice:kept:") && v === old)).toHaveLength(1);
    expect(kept[KEY]).toBe(old);
  });

  test("a wrong-typed field is named, the rest is used, and the original is kept", async ({ site, page }) => {
    const partly = JSON.stringify({ v: 1, on: true, practised: "all", timerMinutes: 3 });
    await store(site, page, KEY, partly);
    await site.goto(QUESTION);
    await expect(toggle(page)).toHaveAttribute("aria-pressed", "true");
    await expect(notice(page)).toHaveText(
      /Part of your saved practice progress could not be read \(the field practised\); the rest is used\. The original is kept unchanged/,
    );
    const kept = await storageSnapshot(page);
    expect(Object.entries(kept).filter(([k, v]) => k.startsWith("site-practice:kept:") && v === partly)).toHaveLength(
      1,
    );
    // The home page tells the same reader too.
    await site.goto("/");
    await expect(page.locator("site-practice-progress [data-practice-notice]")).toHaveText(
      /Part of your saved practice progress could not be read/,
    );
  });

  test("a malformed record (answers, schedule, rounds) is named once practice uses it, and the original is kept before any write", async ({
    site,
    page,
  }) => {
    const broken = JSON.stringify({
      v: CURRENT_VERSION,
      on: true,
      answers: { [QUESTION.split("/")[2] ?? ""]: { "project-overview": 42, intro: "Kept words" } },
    });
    await store(site, page, KEY, broken);
    await site.goto(QUESTION);
    await expect(notice(page)).toHaveText(
      /Part of your saved practice progress could not be read \(the field answers\); the rest is used\. The original is kept unchanged/,
    );
    await expect(page.getByRole("textbox", { name: "Your answer for Introduction" })).toHaveCount(0);
    const kept = await storageSnapshot(page);
    expect(Object.entries(kept).filter(([k, v]) => k.startsWith("site-practice:kept:") && v === broken)).toHaveLength(
      1,
    );
    await page.getByRole("textbox", { name: "Your answer for Project Overview" }).fill("New words");
    await page.getByRole("textbox", { name: "Your answer for Project Overview" }).press("Tab");
    await expect
      .poll(async () => JSON.parse((await storageSnapshot(page))[KEY] ?? "{}").answers)
      .toEqual({ "genai-project-end-to-end": { intro: "Kept words", "project-overview": "New words" } });
  });

  test("when there is no room for a copy, nothing is written over the original", async ({ site, page }) => {
    const newer = JSON.stringify({ v: 3, on: false, practised: ["cost-optimization"] });
    await store(site, page, KEY, newer);
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      };
    });
    await site.goto(QUESTION);
    await expect(notice(page)).toHaveText(
      /has no room to keep a copy, so nothing you do here is saved and the original stays as it is/,
    );
    await toggle(page).click();
    await expect(toggle(page)).toHaveAttribute("aria-pressed", "true");
    expect(await storageSnapshot(page)).toEqual({ [KEY]: newer });
  });
});
