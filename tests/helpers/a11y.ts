// Helpers shared by the accessibility, keyboard and CSP specs: themes, widths, the search dialog, axe.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Locator, Page } from "@playwright/test";
import type { AxeResults, RunOptions } from "axe-core";
import { WCAG_TAGS } from "./wcag.mjs";

export type Scheme = "light" | "dark";

/** The four ways every page is checked: both themes at a phone and a desktop width. */
export const VIEWS: readonly { scheme: Scheme; width: number; height: number }[] = [
  { scheme: "light", width: 390, height: 844 },
  { scheme: "dark", width: 390, height: 844 },
  { scheme: "light", width: 1280, height: 800 },
  { scheme: "dark", width: 1280, height: 800 },
];

/**
 * Puts the page in a theme the way a reader gets there: the system preference (emulated) and the site's own
 * choice (`data-theme` on <html>, what the theme menu sets), with motion reduced so no transition is caught
 * half-way.
 */
export async function applyView(page: Page, view: { scheme: Scheme; width: number; height: number }): Promise<void> {
  await page.setViewportSize({ width: view.width, height: view.height });
  await page.emulateMedia({ colorScheme: view.scheme, reducedMotion: "reduce" });
  await page.evaluate((scheme) => {
    document.documentElement.dataset["theme"] = scheme;
  }, view.scheme);
  // Two frames: style and layout settle after the attribute and viewport changes.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/** The header's search control when the page has one as a button (the enhanced trigger), else null. */
export async function searchTrigger(page: Page): Promise<Locator | null> {
  const trigger = page.getByRole("banner").getByRole("button", { name: /search/i });
  return (await trigger.count()) > 0 && (await trigger.first().isVisible()) ? trigger.first() : null;
}

/** The open modal dialog (native <dialog> shown with showModal, or role="dialog"). */
export function openDialog(page: Page): Locator {
  return page.locator("dialog[open], [role='dialog']:visible").first();
}

/** Links to results inside the search dialog (in its result lists, not its footer). */
export function resultLinks(dialog: Locator): Locator {
  return dialog.getByRole("list").getByRole("link");
}

/** axe-core's browser build, read once per worker. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/**
 * Runs axe with the WCAG 2.2 A/AA tags in the page and returns one readable line per failing node.
 *
 * axe is injected once per document and run with `axe.run`, asking for violations only: the same rules and
 * verdicts as `@axe-core/playwright`'s `analyze()`, without re-injecting the script and opening a blank page
 * for every call (its frame-by-frame mode), which made a sweep of every page several times slower. The site
 * has no iframes; a page that gains one fails here rather than being checked only in part.
 */
export async function axeViolations(page: Page, label: string, include?: string): Promise<string[]> {
  const frames = page.frames().length;
  if (frames > 1)
    throw new Error(`${label}: the page has ${frames - 1} iframe(s); axeViolations() checks a single document`);
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE_SOURCE);
  const options: RunOptions = { runOnly: { type: "tag", values: WCAG_TAGS }, resultTypes: ["violations"] };
  const results = await page.evaluate(
    ([context, runOptions]) =>
      (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<AxeResults> } }).axe.run(
        context ?? document,
        runOptions,
      ),
    [include ?? null, options] as const,
  );
  return results.violations.flatMap((v) =>
    v.nodes.map((node) => {
      const why = (node.failureSummary ?? "").split("\n").slice(1, 2).join(" ").trim();
      return `${label}: ${v.id} (${v.impact ?? "?"}) at ${node.target.join(" ")}${why ? ` — ${why}` : ""}`;
    }),
  );
}
