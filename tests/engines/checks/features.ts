// The interactive features, as a reader uses them: copying code, switching the theme, practice mode, searching
// from the keyboard, the search page and the marks on the page a result opens. Each test leaves the reader's
// stored choices as it found them (none), so the tests run in any order.

import { describe, expect, it } from "vitest";
import { waitFor } from "../driver.ts";
import type { EngineContext } from "../suite.ts";
import { closeSearchDialog, focusOn, searchResultsFor } from "./site.ts";

const QUESTION = "questions/cost-optimization/";
const PRACTICE_QUESTION = "questions/genai-project-end-to-end/";

export function featureChecks(context: EngineContext): void {
  describe("features", () => {
    it("copies a code block's exact code, says so, and the clipboard pastes it back", async () => {
      const { driver } = context;
      await driver.goto(QUESTION);
      const code = await driver.evaluate(() => document.querySelector("site-code-block pre code")?.textContent ?? "");
      expect(code.length).toBeGreaterThan(20);
      await driver.click("site-code-block .code-block__copy");
      await waitFor(
        driver,
        "the copy status",
        () => document.querySelector("site-code-block .code-block__status")?.textContent === "Code copied to clipboard",
        [],
      );
      expect(
        await driver.evaluate(() => document.querySelector("site-code-block .code-block__copy")?.textContent),
      ).toBe("Copied");
      // What the engine put on the clipboard, read back the way a reader would: paste into a field.
      await driver.evaluate(() => {
        const field = document.createElement("textarea");
        field.id = "engines-paste";
        document.body.append(field);
        field.focus();
      });
      await driver.press("Control+v");
      const pasted = await waitFor(
        driver,
        "the pasted code",
        () => (document.getElementById("engines-paste") as HTMLTextAreaElement | null)?.value ?? "",
        [],
      );
      await driver.evaluate(() => document.getElementById("engines-paste")?.remove());
      expect(pasted).toBe(code);
    });

    it("switches the theme, and keeps it across a reload", async () => {
      const { driver } = context;
      await driver.goto(QUESTION);
      await driver.evaluate(() => localStorage.removeItem("site-theme"));
      await driver.reload();
      const background = () => driver.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const initial = await background();
      const scheme = await driver.evaluate(() =>
        matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light",
      );
      const other = scheme === "dark" ? "light" : "dark";
      await driver.select("site-theme-select select", other);
      await waitFor(driver, `data-theme="${other}"`, (t: string) => document.documentElement.dataset["theme"] === t, [
        other,
      ]);
      const switched = await background();
      expect(switched).not.toBe(initial);
      await driver.reload();
      expect(await driver.evaluate(() => document.documentElement.dataset["theme"])).toBe(other);
      expect(
        await driver.evaluate(() => document.querySelector<HTMLSelectElement>("site-theme-select select")?.value),
      ).toBe(other);
      expect(await background()).toBe(switched);
      // Back to the system's theme, which is stored as no choice at all.
      await driver.select("site-theme-select select", "auto");
      await waitFor(driver, "no data-theme", () => document.documentElement.dataset["theme"] === undefined, []);
      expect(await driver.evaluate(() => localStorage.getItem("site-theme"))).toBeNull();
      expect(await background()).toBe(initial);
    });

    it("turns practice mode on, hides the answer's sections, and is still on after a reload", async () => {
      const { driver } = context;
      await driver.goto(PRACTICE_QUESTION);
      await driver.evaluate(() => localStorage.removeItem("site-practice:v1"));
      await driver.reload();
      const state = () =>
        driver.evaluate(() => ({
          pressed: document.querySelector("site-practice-bar [data-toggle]")?.getAttribute("aria-pressed"),
          hidden: document.querySelectorAll("[data-practice-hidden]").length,
          folded: [...document.querySelectorAll(".question__body button[aria-expanded]")].filter(
            (b) => /^Reveal section: /.test(b.textContent?.trim() ?? "") && b.getAttribute("aria-expanded") === "false",
          ).length,
        }));
      expect(await state()).toMatchObject({ pressed: "false", hidden: 0 });
      await driver.click("site-practice-bar [data-toggle]");
      await waitFor(
        driver,
        "practice mode on",
        () => document.querySelector("site-practice-bar [data-toggle]")?.getAttribute("aria-pressed") === "true",
        [],
      );
      const on = await state();
      expect(on.hidden).toBeGreaterThan(0);
      expect(on.folded).toBeGreaterThan(0);
      await driver.reload();
      // The practice bar applies the stored choice when its script runs, which may come after the load event.
      await waitFor(
        driver,
        "practice mode on again after the reload",
        (hidden: number) =>
          document.querySelector("site-practice-bar [data-toggle]")?.getAttribute("aria-pressed") === "true" &&
          document.querySelectorAll("[data-practice-hidden]").length === hidden,
        [on.hidden],
      );
      expect(await state()).toEqual(on);
      await driver.click("site-practice-bar [data-toggle]");
      await waitFor(
        driver,
        "practice mode off",
        () => document.querySelector("site-practice-bar [data-toggle]")?.getAttribute("aria-pressed") === "false",
        [],
      );
      expect((await state()).hidden).toBe(0);
      await driver.evaluate(() => localStorage.removeItem("site-practice:v1"));
    });

    it("searches from the keyboard: / opens the dialog, arrows reach a result, Enter opens it with the words marked", async () => {
      const { driver } = context;
      await driver.goto(QUESTION);
      await waitFor(driver, "the page to have focus", () => document.hasFocus(), []);
      // The shortcut is the enhanced search's: its button shows once the script has taken over the header's link.
      await waitFor(
        driver,
        "the search button shown",
        () => document.querySelector("[data-search-open]:not([hidden])") !== null,
        [],
      );
      await driver.press("/");
      await focusOn(driver, "dialog[open] [data-search-input]", "the dialog's field focused");
      await driver.type("drift");
      await searchResultsFor(driver, "dialog[open]", "drift");
      await driver.press("ArrowDown");
      const href = await waitFor(
        driver,
        "the first result focused",
        () =>
          document.activeElement?.closest("dialog[open] [data-search-results]")
            ? (document.activeElement as HTMLAnchorElement).href
            : "",
        [],
      );
      expect(new URL(href).pathname).toMatch(/\/questions\/evaluation-and-monitoring\/$/);
      await driver.press("Enter");
      const texts = await waitFor(
        driver,
        "the result's page with the words marked",
        () => {
          const marks = [...document.querySelectorAll("mark.search-mark")].map(
            (m) => m.textContent?.toLowerCase() ?? "",
          );
          return location.pathname.endsWith("/questions/evaluation-and-monitoring/") && marks.length > 0 ? marks : null;
        },
        [],
      );
      expect(new URL(await driver.url()).searchParams.getAll("highlight")).toEqual(["drift"]);
      for (const text of texts ?? []) expect(text).toMatch(/^drift/);

      // Ctrl+K opens it too; Escape closes it and gives focus back to the header's button.
      await driver.press("Control+k");
      await waitFor(
        driver,
        "the dialog's field focused",
        () => document.activeElement?.matches("dialog[open] [data-search-input]") ?? false,
        [],
      );
      await closeSearchDialog(driver);
      await focusOn(driver, "[data-search-open]", "focus back on the search button");
    });

    it("shows the results of a search page opened with ?q=", async () => {
      const { driver } = context;
      await driver.goto("search/?q=lora");
      await searchResultsFor(driver, "[data-search-page]", "lora");
      const first = await driver.evaluate(
        () =>
          document.querySelector<HTMLAnchorElement>("[data-search-page] [data-search-results] .search-result a")
            ?.href ?? "",
      );
      expect(new URL(first).pathname).toMatch(/\/questions\/fine-tuning-experience\/$/);
      expect(
        await driver.evaluate(
          () => document.querySelector<HTMLInputElement>("[data-search-page] [data-search-input]")?.value,
        ),
      ).toBe("lora");
    });

    it("marks the searched words on a page opened from a result (?highlight=), and clears them on request", async () => {
      const { driver } = context;
      await driver.goto("questions/deployment-challenges/?highlight=connection&highlight=pooling#latency-improvements");
      const marks = await waitFor(
        driver,
        "the marks",
        () => {
          const found = [...document.querySelectorAll("mark.search-mark")].map((m) => m.textContent);
          return found.length > 0 && found;
        },
        [],
      );
      expect(marks).toEqual(["Connection", "Pooling"]);
      expect(await driver.evaluate(() => document.querySelector(":is(header, nav, .toc) mark.search-mark"))).toBeNull();
      expect(await driver.evaluate(() => document.querySelector(".search-highlight")?.textContent ?? "")).toContain(
        "2 matches",
      );
      await driver.click(".search-highlight [data-highlight-clear]");
      await waitFor(driver, "the marks cleared", () => document.querySelectorAll("mark.search-mark").length === 0, []);
      expect(new URL(await driver.url()).search).toBe("");
    });
  });
}
