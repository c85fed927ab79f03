// Keyboard only: Tab walks a question page from the top through every control in reading order, each
// stop showing a focus ring; the search dialog opens, is used and is left with keys alone.
import type { Page } from "@playwright/test";
import { builtPages, builtSiteDir, pageKind } from "../helpers/site-pages.mjs";
import { openDialog, resultLinks, searchTrigger } from "../helpers/a11y.ts";
import { expect, test } from "./fixtures.ts";

const question = builtPages(builtSiteDir()).find((p) => pageKind(p.path) === "question");
const nextQuestion = builtPages(builtSiteDir()).filter((p) => pageKind(p.path) === "question")[1];

/** One Tab stop: where it is on the page and whether its focus indicator shows. */
interface Stop {
  index: number;
  area: "skip" | "site-name" | "site-nav" | "search" | "theme" | "toc" | "code-copy" | "pager" | "footer" | "other";
  label: string;
  ring: boolean;
  visible: boolean;
}

/** Numbers every control a keyboard user should reach (visible, tabbable, not inert) in DOM order. */
async function markTabbables(page: Page): Promise<number> {
  return page.evaluate(() => {
    const selector = "a[href], button, select, input:not([type=hidden]), textarea, summary, [tabindex]";
    let n = 0;
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      const tabbable =
        el.tabIndex >= 0 &&
        !(el as HTMLButtonElement).disabled &&
        !el.closest("[inert], dialog:not([open])") &&
        el.checkVisibility({
          visibilityProperty: true,
          opacityProperty: false,
        }) &&
        el.getClientRects().length > 0;
      if (tabbable) el.dataset["kbd"] = String(n++);
    }
    return n;
  });
}

/** Describes the focused element. */
async function currentStop(page: Page): Promise<Stop | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body || !el.dataset["kbd"])
      return el && el !== document.body
        ? {
            index: -1,
            area: "other",
            label: el.outerHTML.slice(0, 80),
            ring: false,
            visible: false,
          }
        : null;
    const label = (el.getAttribute("aria-label") ?? el.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 60);
    const navLabel = (nav: Element | null) => {
      if (!nav) return "";
      const by = nav.getAttribute("aria-labelledby");
      return (nav.getAttribute("aria-label") ?? (by ? document.getElementById(by)?.textContent : "") ?? "").trim();
    };
    const banner = el.closest("header:not(main header, article header)");
    let area: Stop["area"] = "other";
    if (el.matches(".skip-link") || /^skip to/i.test(label)) area = "skip";
    else if (banner && el.closest("nav")) area = "site-nav";
    else if (
      banner &&
      el.matches("a") &&
      el.getAttribute("href") === banner.querySelector("a")?.getAttribute("href") &&
      el === banner.querySelector("a")
    )
      area = "site-name";
    else if (banner && /search/i.test(label)) area = "search";
    else if (banner && el.matches("select") && el.closest("label")?.textContent?.includes("Theme")) area = "theme";
    else if (/on this page/i.test(navLabel(el.closest("nav")))) area = "toc";
    else if (el.matches("button") && el.closest(".code-block, site-code-block") && /^copy/i.test(label))
      area = "code-copy";
    else if (el.matches("a[rel=next], a[rel=prev]") || /previous and next/i.test(navLabel(el.closest("nav"))))
      area = "pager";
    else if (el.closest("footer:not(main footer, article footer)")) area = "footer";
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== "none" && style.boxShadow !== "";
    const rect = el.getBoundingClientRect();
    // In the viewport and not hidden under the sticky header (WCAG 2.2 "focus not obscured").
    const x = Math.min(Math.max(rect.left + rect.width / 2, 0), innerWidth - 1);
    const y = Math.min(Math.max(rect.top + Math.min(rect.height / 2, 8), 0), innerHeight - 1);
    const top = document.elementFromPoint(x, y);
    const visible =
      rect.width > 0 &&
      rect.height > 0 &&
      rect.bottom > 0 &&
      rect.top < innerHeight &&
      !!top &&
      (el.contains(top) || top.contains(el));
    return {
      index: Number(el.dataset["kbd"]),
      area,
      label,
      ring: outline || shadow,
      visible,
    };
  });
}

for (const width of [1280, 390]) {
  test(`Tab reaches every control of a question page in reading order, each with a visible focus ring, at ${width} px`, async ({
    site,
    page,
  }) => {
    test.skip(!question, "the build has no question page");
    test.setTimeout(90_000);
    await page.setViewportSize({ width, height: width > 600 ? 800 : 844 });
    // Reduced motion: focus scrolling is instant, so each stop is measured where it ends up.
    await page.emulateMedia({ reducedMotion: "reduce" });
    await site.goto(question!.path);
    const total = await markTabbables(page);
    expect(total).toBeGreaterThan(10);

    const stops: Stop[] = [];
    for (let i = 0; i < total + 5; i++) {
      await page.keyboard.press("Tab");
      const stop = await currentStop(page);
      if (!stop || (stops.length > 0 && stop.index === stops[0]?.index)) break;
      stops.push(stop);
    }

    // Every control is reached, once each, in document order: no positive tabindex, no traps, no skips.
    const indexes = stops.map((s) => s.index);
    expect(
      indexes.filter((i) => i < 0),
      "focus landed on elements that were not counted as controls",
    ).toEqual([]);
    expect(indexes, "Tab order follows the document").toEqual([...Array(total).keys()]);

    const noRing = stops
      .filter((s) => !s.ring || !s.visible)
      .map((s) => `${s.index} ${s.area} "${s.label}" ring=${s.ring} in view=${s.visible}`);
    expect(noRing, "stops without a visible focus indicator, or out of view or under the sticky header").toEqual([]);

    // The landmarks come in the order a reader expects.
    const first = (area: Stop["area"]) => stops.findIndex((s) => s.area === area);
    const expected: Stop["area"][] = [
      "skip",
      "site-name",
      "site-nav",
      "search",
      "theme",
      "toc",
      "code-copy",
      "pager",
      "footer",
    ];
    const present = expected.filter((a) => first(a) >= 0);
    // On a phone the header keeps the site name, search and theme; its section links give way.
    const required: Stop["area"][] =
      width > 600
        ? ["skip", "site-name", "site-nav", "theme", "toc", "pager"]
        : ["skip", "site-name", "theme", "toc", "pager"];
    expect(present, "areas reached").toEqual(expect.arrayContaining(required));
    expect(first("skip"), "the skip link is the first stop").toBe(0);
    const order = present.map((a) => `${a}@${first(a)}`);
    expect(order, "order of the first stop in each area").toEqual(
      [...order].sort((x, y) => Number(x.split("@")[1]) - Number(y.split("@")[1])),
    );
  });
}

test("the search dialog opens, searches, is left with Escape and leads to a result, all from the keyboard", async ({
  site,
  page,
}) => {
  test.skip(!question, "the build has no question page");
  await site.goto(question!.path);
  const trigger = await searchTrigger(page);
  test.skip(trigger === null, "the header has no search button");

  // Tab to the trigger from the top of the page.
  for (let i = 0; i < 15; i++) {
    await page.keyboard.press("Tab");
    if (await trigger!.evaluate((el) => el === document.activeElement)) break;
  }
  await expect(trigger!).toBeFocused();
  await page.keyboard.press("Enter");
  const dialog = openDialog(page);
  await expect(dialog).toBeVisible();
  const input = dialog.getByRole("searchbox");
  await expect(input).toBeFocused();

  // Leave with Escape: closed, and focus is back on the trigger.
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(trigger!).toBeFocused();

  // Open again, type, move into the results with the keys the dialog announces, open one.
  await page.keyboard.press("Enter");
  await expect(input).toBeFocused();
  await page.keyboard.type("lora", { delay: 20 });
  await expect(resultLinks(dialog).first()).toBeVisible({ timeout: 15_000 });
  await page.keyboard.press("ArrowDown");
  const inResult = async () =>
    dialog.evaluate((d) => {
      const a = document.activeElement;
      return !!a && d.contains(a) && a.matches("a[href]") && !a.closest("[data-search-page-link], .site-search__foot");
    });
  for (let i = 0; i < 10 && !(await inResult()); i++) await page.keyboard.press("Tab");
  expect(await inResult(), "focus moved onto a search result").toBe(true);
  // Focus stays inside the open modal while tabbing.
  const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
  await page.keyboard.press("Enter");
  await page.waitForURL((url) => url.href.split("#")[0] === href.split("#")[0]);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("Tab stays inside the open search dialog", async ({ site, page }) => {
  test.skip(!nextQuestion, "the build has no question page");
  await site.goto(nextQuestion!.path);
  const trigger = await searchTrigger(page);
  test.skip(trigger === null, "the header has no search button");
  await trigger!.focus();
  await page.keyboard.press("Enter");
  const dialog = openDialog(page);
  await expect(dialog).toBeVisible();
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press("Tab");
    const inside = await dialog.evaluate(
      (d) => d.contains(document.activeElement) || document.activeElement === document.body,
    );
    expect(inside, `Tab ${i + 1} left the modal dialog`).toBe(true);
  }
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
});

test("closing the search dialog gives focus back where the reader was: the link they were on, else the header's button", async ({
  site,
  page,
}) => {
  test.skip(!question, "the build has no question page");
  await site.goto(question!.path);
  const trigger = await searchTrigger(page);
  test.skip(trigger === null, "the header has no search button");
  const dialog = openDialog(page);

  // On a link of the answer: / opens the dialog, Escape closes it, and the link has focus again.
  const link = page.locator("main a[href]").first();
  await link.focus();
  await page.keyboard.press("/");
  await expect(dialog.getByRole("searchbox")).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(link).toBeFocused();

  // With nothing focused (focus dropped on the page itself), Control+K and Escape leave it on the header's button.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await expect(page.locator("body")).toBeFocused();
  await page.keyboard.press("Control+k");
  await expect(dialog.getByRole("searchbox")).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(trigger!).toBeFocused();
});
