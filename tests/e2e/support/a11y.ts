// Helpers shared by the accessibility, keyboard and CSP specs: themes, widths, the search dialog, axe.
import AxeBuilder from "@axe-core/playwright";
import type { Locator, Page } from "@playwright/test";
import { WCAG_TAGS } from "../../support/wcag.mjs";

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

/** Runs axe with the WCAG 2.2 A/AA tags and returns one readable line per failing node. */
export async function axeViolations(page: Page, label: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.flatMap((v) =>
    v.nodes.map((node) => {
      const why = (node.failureSummary ?? "").split("\n").slice(1, 2).join(" ").trim();
      return `${label}: ${v.id} (${v.impact ?? "?"}) at ${node.target.join(" ")}${why ? ` — ${why}` : ""}`;
    }),
  );
}
