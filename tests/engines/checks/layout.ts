// Layout at phone and desktop widths: no sideways scroll on one page of each kind at 320, 390 and 1280 px, search
// closed and open (the same check as tests/e2e/no-sideways-scroll.spec.ts); on a 390 x 844 phone, the answer on
// the first screen of every question with practice mode off and on (tests/helpers/first-screen.mjs, as
// tests/e2e/phone.spec.ts), the header's menu and the "On this page" bar.

import { afterEach, describe, expect, it } from "vitest";
import { PHONE, answerStart } from "../../helpers/first-screen.mjs";
import { waitFor } from "../driver.ts";
import { SIDEWAYS_QUERY, SIDEWAYS_WIDTHS, sidewaysOverflow, sidewaysSamples } from "../../helpers/sideways.mjs";
import type { EngineContext } from "../suite.ts";
import { closeSearchDialog, openSearchDialog, searchOpensDialog, searchResultsFor, settled } from "./site.ts";

/** The phone's height with the widths; any height would do for sideways scroll. */
const HEIGHT = 844;
const PRACTICE_QUESTION = "questions/genai-project-end-to-end/";
const TOC_QUESTION = "questions/fine-tuning-experience/";

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
          if ((await driver.evaluate(() => (document.activeElement as HTMLInputElement).value)) !== SIDEWAYS_QUERY)
            await driver.type(SIDEWAYS_QUERY);
          await searchResultsFor(driver, "dialog[open]", SIDEWAYS_QUERY);
          problems.push(...(await driver.evaluate(sidewaysOverflow)).map((p) => `${width} px, search open: ${p}`));
          await closeSearchDialog(driver);
        }
        await driver.setViewport(1280, 800);
        expect(problems).toEqual([]);
      });
    }

    describe("on a 390 x 844 phone", () => {
      afterEach(async () => {
        await context.driver.setViewport(1280, 800);
      });

      it("every question shows its first answer heading and the line under it on the first screen", async () => {
        const { driver } = context;
        await driver.setViewport(PHONE.width, PHONE.height);
        const late: string[] = [];
        for (const { path } of context.pages.filter((p) => p.kind === "question")) {
          await driver.goto(path);
          await settled(driver);
          const { heading, firstLine, viewport } = await driver.evaluate(answerStart);
          if (!heading || !firstLine) late.push(`${path}: no answer heading or no line under it`);
          else if (firstLine.bottom > viewport)
            late.push(`${path}: the line under the first heading ends at ${firstLine.bottom} px, below ${viewport}`);
        }
        expect(context.pages.some((p) => p.kind === "question")).toBe(true);
        expect(late).toEqual([]);
      });

      it("with practice mode on, the first section's Reveal is on the first screen, after a reload too", async () => {
        const { driver } = context;
        await driver.setViewport(PHONE.width, PHONE.height);
        await driver.goto(PRACTICE_QUESTION);
        await driver.click("site-practice-bar [data-toggle]");
        await waitFor(
          driver,
          "practice mode on",
          () => document.querySelector("site-practice-bar [data-toggle]")?.getAttribute("aria-pressed") === "true",
          [],
        );
        try {
          await driver.evaluate(() => scrollTo({ top: 0, behavior: "instant" }));
          for (const moment of ["on", "after a reload"]) {
            if (moment !== "on") await driver.reload();
            await waitFor(
              driver,
              `a Reveal button shown (${moment})`,
              () =>
                [...document.querySelectorAll("[data-answer] button[aria-expanded]")].some(
                  (b) => /^Reveal section: /.test(b.textContent?.trim() ?? "") && b.getClientRects().length > 0,
                ),
              [],
            );
            await settled(driver);
            const { reveal, viewport } = await driver.evaluate(answerStart);
            expect(reveal?.bottom, `practice mode ${moment}: the first Reveal's bottom`).toBeLessThanOrEqual(viewport);
          }
        } finally {
          await driver.evaluate(() => localStorage.removeItem("site-practice:v1"));
        }
      });

      it("the header's menu opens the site's pages, says so, closes on Escape and when a link is followed", async () => {
        const { driver } = context;
        await driver.setViewport(PHONE.width, PHONE.height);
        await driver.goto(TOC_QUESTION);
        const state = () =>
          driver.evaluate(() => ({
            expanded: document.querySelector("site-menu button")?.getAttribute("aria-expanded"),
            open: document.querySelector("#site-menu")?.matches(":popover-open"),
          }));
        expect(await state()).toEqual({ expanded: "false", open: false });
        await driver.click("site-menu button");
        await waitFor(
          driver,
          "the menu open",
          () =>
            document.querySelector("#site-menu")?.matches(":popover-open") &&
            document.querySelector("site-menu button")?.getAttribute("aria-expanded") === "true",
          [],
        );
        const links = await driver.evaluate(() =>
          [...document.querySelectorAll<HTMLAnchorElement>("#site-menu a")]
            .filter((a) => a.getClientRects().length > 0)
            .map((a) => a.textContent?.trim()),
        );
        expect(links).toEqual(["All questions", "Topics", "Search", "Your practice", "Mock round", "Question cards"]);
        await driver.press("Escape");
        await waitFor(
          driver,
          "the menu closed by Escape",
          () =>
            !document.querySelector("#site-menu")?.matches(":popover-open") &&
            document.querySelector("site-menu button")?.getAttribute("aria-expanded") === "false",
          [],
        );
        await driver.click("site-menu button");
        await waitFor(
          driver,
          "the menu open again",
          () => document.querySelector("#site-menu")?.matches(":popover-open"),
          [],
        );
        await driver.click("#site-menu a[href$='/topics/']");
        await waitFor(
          driver,
          "the topics page",
          () => location.pathname.endsWith("/topics/") && document.readyState === "complete",
          [],
        );
        expect(await state()).toEqual({ expanded: "false", open: false });
      });

      it("'On this page' sits under the header, lists the sections and jumps to one, then closes", async () => {
        const { driver } = context;
        await driver.setViewport(PHONE.width, PHONE.height);
        await driver.goto(TOC_QUESTION);
        const top = await driver.evaluate(
          () => document.querySelector("site-toc summary")?.getBoundingClientRect().top ?? Infinity,
        );
        expect(top).toBeLessThan(120);
        await driver.click("site-toc summary");
        await waitFor(
          driver,
          "the list of sections open",
          () =>
            document.querySelector<HTMLDetailsElement>("site-toc details")?.open &&
            (document.querySelectorAll("site-toc a")[2]?.getClientRects().length ?? 0) > 0,
          [],
        );
        const target = await driver.evaluate(() =>
          decodeURIComponent((document.querySelectorAll<HTMLAnchorElement>("site-toc a")[2]?.hash ?? "").slice(1)),
        );
        expect(target).not.toBe("");
        await driver.click(`site-toc a[href="#${target}"]`);
        // The heading lands under the sticky header and bar, and the bar names it.
        await waitFor(
          driver,
          `#${target} in view under the bar, the list closed`,
          (id: string) => {
            const heading = document.getElementById(id)?.getBoundingClientRect();
            const bar = document.querySelector("site-toc summary")?.getBoundingClientRect();
            return Boolean(
              heading &&
              bar &&
              !document.querySelector<HTMLDetailsElement>("site-toc details")?.open &&
              heading.top >= bar.bottom - 1 &&
              heading.bottom <= innerHeight &&
              location.hash === `#${id}`,
            );
          },
          [target],
        );
      });
    });
  });
}
