// Layout at phone and desktop widths. Today: no sideways scroll on one page of each kind at 320, 390 and 1280 px,
// search closed and open (the same check as tests/e2e/no-sideways-scroll.spec.ts). The phone checks of the
// answer-first layout (the first answer heading on the first screen, the header menu, "On this page") join this
// group as tests of their own.

import { describe, expect, it } from "vitest";
import { SIDEWAYS_QUERY, SIDEWAYS_WIDTHS, sidewaysOverflow, sidewaysSamples } from "../../helpers/sideways.mjs";
import type { EngineContext } from "../suite.ts";
import { closeSearchDialog, openSearchDialog, searchOpensDialog, searchResultsFor, settled } from "./site.ts";

/** The phone's height with the widths; any height would do for sideways scroll. */
const HEIGHT = 844;

export function layoutChecks(context: EngineContext): void {
  describe("layout at phone and desktop widths", () => {
    for (const path of sidewaysSamples(context.pages)) {
      it(`/${path} does not scroll sideways at ${SIDEWAYS_WIDTHS.join(", ")} px, search closed and open`, async () => {
        const { driver } = context;
        await driver.goto(path);
        const problems: string[] = [];
        for (const width of SIDEWAYS_WIDTHS) {
          await driver.setViewport(width, HEIGHT);
          await settled(driver);
          problems.push(...(await driver.evaluate(sidewaysOverflow)).map((p) => `${width} px, search closed: ${p}`));
          if (!(await searchOpensDialog(driver))) continue;
          await openSearchDialog(driver);
          // Reopened, the dialog keeps its last search.
          if ((await driver.evaluate(() => (document.activeElement as HTMLInputElement).value)) !== SIDEWAYS_QUERY) await driver.type(SIDEWAYS_QUERY);
          await searchResultsFor(driver, "dialog[open]", SIDEWAYS_QUERY);
          problems.push(...(await driver.evaluate(sidewaysOverflow)).map((p) => `${width} px, search open: ${p}`));
          await closeSearchDialog(driver);
        }
        await driver.setViewport(1280, 800);
        expect(problems).toEqual([]);
      });
    }
  });
}
