// axe-core (its own axe.min.js, injected through the automation channel, which the page's policy does not
// govern) with the WCAG 2.0, 2.1 and 2.2 A and AA rules, on one page of each kind: at a phone width in the light
// theme and at a desktop width in the dark one (the site's own choice, as the theme menu sets it), and once with
// the search dialog open on results. Chromium runs the full matrix on every page (tests/e2e/a11y.spec.ts).

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { SIDEWAYS_QUERY, sidewaysSamples } from "../../helpers/sideways.mjs";
import { WCAG_TAGS } from "../../helpers/wcag.mjs";
import type { Driver } from "../driver.ts";
import type { EngineContext } from "../suite.ts";
import { openSearchDialog, searchResultsFor, settled } from "./site.ts";

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** The ways each page is checked. */
const VIEWS = [
  { width: 390, height: 844, theme: "light" },
  { width: 1280, height: 800, theme: "dark" },
] as const;

/** Runs axe in the page as it is and returns one line per failing element. */
async function axeViolations(driver: Driver, label: string): Promise<string[]> {
  if (!(await driver.evaluate(() => "axe" in window))) await driver.inject(AXE_SOURCE);
  const violations = await driver.evaluate(
    (tags: string[]) =>
      (
        window as unknown as {
          axe: {
            run(
              context: Document,
              options: object,
            ): Promise<{ violations: { id: string; impact?: string; nodes: { target: string[] }[] }[] }>;
          };
        }
      ).axe
        .run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] })
        .then((r) =>
          r.violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact ?? "?"}) at ${n.target.join(" ")}`)),
        ),
    WCAG_TAGS,
  );
  return violations.map((v) => `${label}: ${v}`);
}

export function a11yChecks(context: EngineContext): void {
  describe("accessibility (axe, WCAG 2.2 A/AA)", () => {
    for (const path of sidewaysSamples(context.pages)) {
      it(`/${path} has no violations at 390 px light and 1280 px dark`, async () => {
        const { driver } = context;
        await driver.goto(path);
        const found: string[] = [];
        for (const view of VIEWS) {
          await driver.setViewport(view.width, view.height);
          await driver.evaluate((theme: string) => {
            document.documentElement.dataset["theme"] = theme;
          }, view.theme);
          await settled(driver);
          found.push(...(await axeViolations(driver, `${view.width} px ${view.theme}`)));
        }
        await driver.evaluate(() => delete document.documentElement.dataset["theme"]);
        expect(found).toEqual([]);
      });
    }

    it("the open search dialog showing results has no violations", async () => {
      const { driver } = context;
      await driver.goto("");
      await driver.setViewport(1280, 800);
      await openSearchDialog(driver);
      await driver.type(SIDEWAYS_QUERY);
      await searchResultsFor(driver, "dialog[open]", SIDEWAYS_QUERY);
      expect(await axeViolations(driver, "search open")).toEqual([]);
    });
  });
}
