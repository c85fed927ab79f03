// What practice fetches of the outline (src/lib/practice/outline.ts): the mock round loads the index and the headings
// of its own questions only, says when a part fails to load and carries on after Try again, and the answers export
// loads the questions answered only.
import { readFile } from "node:fs/promises";
import type { Page, Request, Route } from "@playwright/test";
import { applyView, axeViolations, VIEWS } from "../helpers/a11y.ts";
import { CURRENT_VERSION, STORAGE_KEY } from "../../src/lib/practice/storage.ts";
import { expect, test } from "./fixtures.ts";
import { seed } from "./practice-helpers.ts";

const INDEX = "/practice/outline-index.json";
const DETAIL = /\/practice\/outline\/([a-z0-9-]+)\.json$/;

/** The paths (under the base) of the outline files the page requests, in order. */
function outlineRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on("request", (request: Request) => {
    const { pathname } = new URL(request.url());
    if (pathname.endsWith(INDEX) || DETAIL.test(pathname)) seen.push(pathname);
  });
  return seen;
}

/** Makes the requests for `paths` fail while `failing()` says so. */
async function failWhile(page: Page, failing: (path: string) => boolean): Promise<void> {
  await page.route(/\/practice\/outline(-index|\/[a-z0-9-]+)\.json$/, (route: Route) =>
    failing(new URL(route.request().url()).pathname) ? route.abort() : route.continue(),
  );
}

async function roundQuestions(page: Page): Promise<string[]> {
  return page.evaluate((key) => {
    const rounds = (JSON.parse(localStorage.getItem(key) ?? "{}").rounds ?? []) as { questions: string[] }[];
    return rounds.at(-1)?.questions ?? [];
  }, STORAGE_KEY);
}

test.describe("the mock round's outline", () => {
  test(
    "the page loads the index alone, and a round the headings of its own questions, each once",
    { tag: "@base-path" },
    async ({ site, page }) => {
      const requests = outlineRequests(page);
      await site.goto("/practice/mock/");
      await expect(page.getByText("Every question can come up (8).")).toBeVisible();
      expect(requests).toEqual([site.path(INDEX)]);

      await page.getByRole("button", { name: "Start the round" }).click();
      for (let n = 1; n <= 3; n++) {
        await expect(page.getByText(`Question ${n} of 3`).first()).toBeVisible();
        await page.getByRole("button", { name: "I have answered: score it" }).click();
        await expect(page.locator("[data-rubric] fieldset").first()).toBeVisible();
        await page.getByRole("button", { name: n < 3 ? "Next question" : "Finish and see the results" }).click();
      }
      await expect(page.getByRole("region", { name: "Your round" }).locator("tbody tr")).toHaveCount(3);
      const asked = await roundQuestions(page);
      expect(asked).toHaveLength(3);
      expect(requests.slice(1).sort()).toEqual(asked.map((id) => site.path(`/practice/outline/${id}.json`)).sort());
    },
  );

  test("an index that fails to load is said, and Try again loads it", async ({ site, page, consoleErrors }) => {
    consoleErrors.allow(/Failed to load resource/);
    let failing = true;
    await failWhile(page, () => failing);
    await site.goto("/practice/mock/");
    const problem = page.locator("site-mock-round [data-problem]");
    await expect(problem).toBeVisible();
    await expect(problem).toContainText("The questions could not be loaded. Check your connection and try again.");
    await expect(page.getByRole("button", { name: "Start the round" })).toBeHidden();
    failing = false;
    await page.getByRole("button", { name: "Try again" }).click();
    await expect(page.getByText("Every question can come up (8).")).toBeVisible();
    await expect(problem).toBeHidden();
    await expect(page.getByRole("button", { name: "Start the round" })).toBeVisible();
  });

  test("a question whose headings fail to load cannot be scored until Try again loads them; the round is kept", async ({
    site,
    page,
    consoleErrors,
  }) => {
    consoleErrors.allow(/Failed to load resource/);
    let failing = false;
    await failWhile(page, (path) => failing && DETAIL.test(path));
    await site.goto("/practice/mock/");
    await expect(page.getByText("Every question can come up (8).")).toBeVisible();
    failing = true;
    await page.getByRole("button", { name: "Start the round" }).click();
    await page.getByRole("button", { name: "I have answered: score it" }).click();
    const problem = page.locator("site-mock-round [data-problem]");
    await expect(problem).toBeVisible();
    await expect(problem).toContainText(
      "Our answer's headings for this question could not be loaded, so it cannot be scored yet. Your round is kept.",
    );
    await expect(page.getByRole("button", { name: "Next question" })).toBeHidden();
    await expect(page.locator("[data-rubric] fieldset")).toHaveCount(0);
    const problems: string[] = [];
    for (const view of [VIEWS[0], VIEWS.at(-1)].filter((v) => v !== undefined)) {
      await applyView(page, view);
      problems.push(
        ...(await axeViolations(page, `mock round, headings not loaded, ${view.scheme} ${view.width}px`, "main")),
      );
    }
    expect(problems, "axe on the message and its Try again").toEqual([]);

    failing = false;
    await page.getByRole("button", { name: "Try again" }).click();
    await expect(page.locator("[data-rubric] fieldset").first()).toBeVisible();
    await expect(problem).toBeHidden();
    await expect(page.getByRole("button", { name: "Next question" })).toBeVisible();
  });

  test("a round resumed at its last question whose earlier headings fail to load keeps the scores until Try again shows the results", async ({
    site,
    page,
    consoleErrors,
  }) => {
    consoleErrors.allow(/Failed to load resource/);
    const questions = ["cost-optimization", "staying-current", "fine-tuning-experience"];
    await seed(
      site,
      page,
      {
        rounds: [
          {
            started: "2026-03-01T09:00:00.000Z",
            minutes: 3,
            topics: [],
            questions,
            index: 2,
            phase: "score",
            timer: { duration: 180000, remaining: 0, endsAt: null },
            scores: { "cost-optimization": {}, "staying-current": {} },
          },
        ],
      },
      CURRENT_VERSION,
    );
    let failing = true;
    await failWhile(page, (path) => failing && path.endsWith("/cost-optimization.json"));
    await site.goto("/practice/mock/");
    await expect(page.getByText("Question 3 of 3").first()).toBeVisible();
    const first = page.locator("[data-rubric] fieldset").first();
    await first.getByRole("radio", { name: "Covered" }).check();
    const item = await first.getAttribute("data-item");
    await page.getByRole("button", { name: "Finish and see the results" }).click();
    const problem = page.locator("site-mock-round [data-problem]");
    await expect(problem).toBeVisible();
    await expect(problem).toContainText(
      "Our answers' headings for this round could not be loaded, so its results cannot be shown yet. Your scores are kept.",
    );
    await expect
      .poll(() =>
        page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? "{}").rounds?.[0]?.scores, STORAGE_KEY),
      )
      .toMatchObject({ "fine-tuning-experience": { [item ?? ""]: 2 } });

    failing = false;
    await page.getByRole("button", { name: "Try again" }).click();
    await expect(page.getByRole("region", { name: "Your round" }).locator("tbody tr")).toHaveCount(3);
    await expect(problem).toBeHidden();
  });
});

test.describe("the answers export", () => {
  test(
    "loads the headings of the questions answered only, and keeps answers for a question the site no longer has",
    { tag: "@base-path" },
    async ({ site, page }) => {
      await seed(
        site,
        page,
        {
          answers: {
            "cost-optimization": { "model-cascading": "Small models first" },
            "a-removed-question": { intro: "Still mine" },
          },
        },
        CURRENT_VERSION,
      );
      const requests = outlineRequests(page);
      await site.goto("/practice/");
      const [file] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "Export my answers" }).click(),
      ]);
      const text = await readFile((await file.path()) ?? "", "utf8");
      await expect
        .poll(() => requests)
        .toEqual([site.path(INDEX), site.path("/practice/outline/cost-optimization.json")]);
      expect(text).toContain("## 6. How do you optimize costs");
      expect(text).toContain("**My answer**\n\n> Small models first");
      expect(text).toContain(
        "## Answers for removed questions\n\n**a-removed-question, section “intro”**\n\n> Still mine",
      );
      expect(text.match(/^## \d+\. /gm)).toEqual(["## 6. "]);
    },
  );
});
