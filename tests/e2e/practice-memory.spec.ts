// Practice that remembers (issue 15): the review schedule over a simulated week (the page clock moved forward
// days), the reader's answers beside the model answer and exported, another tab seeing changes, a full mock round
// from the keyboard with a reload mid-round, backup and restore, the Anki deck parsed back, and axe on every new
// page and state.
import { readFile } from "node:fs/promises";
import type { Download, Locator, Page } from "@playwright/test";
import { axeViolations, applyView, VIEWS } from "../helpers/a11y.ts";
import { readQuestions } from "../helpers/content.ts";
import { CURRENT_VERSION, STORAGE_KEY } from "../../src/lib/practice/storage.ts";
import { expect, test } from "./fixtures.ts";
import { PROJECT, seed, stored } from "./practice-helpers.ts";

const questions = readQuestions().sort((a, b) => a.order - b.order);
const MONDAY = new Date("2026-03-02T09:00:00");

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ file: Download; text: string }> {
  const [file] = await Promise.all([page.waitForEvent("download"), click()]);
  return { file, text: await readFile((await file.path()) ?? "", "utf8") };
}

/**
 * Moves focus to `target` with the Tab key alone. The page counts the Tab stops between the focused element and the
 * target (in document order: visible, enabled controls and summaries, one stop per radio group), the test presses
 * Tab that many times without asking where focus is after each press, then checks that it is on the target.
 */
async function tabTo(page: Page, target: Locator): Promise<void> {
  const presses = await target.evaluate((goal) => {
    const stops = [
      ...document.querySelectorAll<HTMLElement>("a[href], button, input, select, textarea, summary, [tabindex]"),
    ].filter((el) => {
      if (el.tabIndex < 0 || (el as HTMLButtonElement).disabled || !el.checkVisibility()) return false;
      if (!(el instanceof HTMLInputElement) || el.type !== "radio") return true;
      // A radio group is one stop: its checked radio, or its first when none is checked.
      const group = [
        ...document.querySelectorAll<HTMLInputElement>(`input[type=radio][name="${CSS.escape(el.name)}"]`),
      ];
      return group.find((r) => r.checked) ? el.checked : group[0] === el;
    });
    const from = document.activeElement;
    const after = stops.filter(
      (el) =>
        from === null ||
        from === document.body ||
        (from.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
    );
    return after.indexOf(goal as HTMLElement) + 1;
  });
  expect(presses, "the target is a Tab stop after the focused element").toBeGreaterThan(0);
  for (let i = 0; i < presses; i++) await page.keyboard.press("Tab");
  await expect(target).toBeFocused();
}

test.describe("a week of practice", () => {
  test("rate a question, see it due days later on the home page and in another tab, with your answers beside ours and exported", async ({
    site,
    page,
    context,
  }) => {
    await page.clock.install({ time: MONDAY });
    await page.setViewportSize({ width: 1280, height: 900 });
    await site.goto(PROJECT);
    await page.getByRole("button", { name: "Practice mode" }).click();

    // Your answer, written before revealing; saved once typing stops (or the field is left).
    const mine = page.getByRole("textbox", { name: "Your answer for Project Overview" });
    await mine.fill("A RAG chatbot for a bank.\nIt answered 60% of tickets.");
    await mine.press("Tab");
    await expect
      .poll(async () => (await stored(page))["answers"])
      .toEqual({
        "genai-project-end-to-end": { "project-overview": "A RAG chatbot for a bank.\nIt answered 60% of tickets." },
      });

    // Revealed: theirs and ours side by side on a wide screen.
    await page.getByRole("button", { name: "Reveal section: Project Overview" }).click();
    const model = page.getByText("I led the development of an AI-powered customer support chatbot");
    await expect(model).toBeVisible();
    const [left, right] = [await mine.boundingBox(), await model.boundingBox()];
    expect((left?.x ?? 0) + (left?.width ?? 0)).toBeLessThanOrEqual(right?.x ?? 0);
    expect(Math.abs((left?.y ?? 0) - (right?.y ?? 0))).toBeLessThan(120);
    // Stacked on a phone: ours below theirs.
    await page.setViewportSize({ width: 390, height: 844 });
    await expect
      .poll(async () => ((await model.boundingBox())?.y ?? 0) > ((await mine.boundingBox())?.y ?? 0) + 50)
      .toBe(true);

    // Rating after revealing; FSRS gives Good on a first review three days.
    const rating = page.getByRole("group", { name: "How well did you recall it?" });
    await expect(rating.getByRole("button", { name: /^Again/ })).toContainText("tomorrow");
    await rating.getByRole("button", { name: /^Good/ }).click();
    await expect(rating).toContainText("Rated Good today. Next review in 3 days.");
    await expect(page.getByRole("status").filter({ hasText: "Rated Good" })).toHaveText(
      "Rated Good: next review in 3 days.",
    );

    // The reload keeps the answer, and print shows it.
    await page.reload();
    await expect(page.getByRole("textbox", { name: "Your answer for Project Overview" })).toHaveValue(
      "A RAG chatbot for a bank.\nIt answered 60% of tickets.",
    );
    await page.emulateMedia({ media: "print" });
    await expect(
      page.locator(".practice-answer__print").filter({ hasText: "A RAG chatbot for a bank." }),
    ).toBeVisible();
    await page.emulateMedia({ media: "screen" });

    // The home page: nothing due today, one later this week.
    await site.goto("/");
    const area = page.locator("site-practice-progress");
    await expect(area).toContainText("Nothing is due for review today.");
    await expect(area).toContainText("1 more question due this week.");

    // Thursday: due. A second tab (the same browser) follows what the first one does.
    await page.clock.setSystemTime(new Date("2026-03-05T08:00:00"));
    await page.reload();
    const due = area.getByRole("link", { name: `Q1: ${questions[0]?.title}` });
    await expect(due).toHaveAttribute("href", site.path(PROJECT));
    const other = await context.newPage();
    await other.clock.install({ time: new Date("2026-03-05T08:00:00") });
    await other.goto(site.url(PROJECT));
    await other
      .getByRole("group", { name: "How well did you recall it?" })
      .getByRole("button", { name: /^Easy/ })
      .click();
    await expect(area).toContainText("Nothing is due for review today.");
    await expect(due).toHaveCount(0);
    await other.close();

    // The practice page lists it and exports the answers as Markdown.
    await site.goto("/practice/");
    await expect(page.getByRole("list").filter({ hasText: questions[0]?.title ?? "" })).toContainText(
      /due in \d+ days|due on /,
    );
    const { file, text } = await downloaded(page, () =>
      page.getByRole("button", { name: "Export my answers" }).click(),
    );
    expect(file.suggestedFilename()).toBe("my-answers-2026-03-05.md");
    expect(text).toContain(`## 1. ${questions[0]?.title.replace(/'/g, "'")}`);
    expect(text).toContain(
      "### Project Overview\n\n**My answer**\n\n> A RAG chatbot for a bank.\n> It answered 60% of tickets.",
    );
    expect(text).toContain("**Key points of the model answer**\n\n- ");
    expect(text).toContain(`<${site.url(PROJECT)}>`);
    // The questions answered, not every question (tests/e2e/practice-outline.spec.ts counts what it fetches).
    expect(text.match(/^## \d+\. /gm)).toEqual(["## 1. "]);
  });

  test("format 1 data is migrated: practised questions come due for a first review, and an answer for a removed section stays", async ({
    site,
    page,
  }) => {
    await site.goto("/practice/cards/");
    await page.evaluate(
      (key) =>
        localStorage.setItem(
          key,
          JSON.stringify({
            v: 1,
            on: false,
            practised: ["cost-optimization"],
            fills: {},
            revealed: {},
            timerMinutes: 2,
          }),
        ),
      STORAGE_KEY,
    );
    await site.goto("/");
    await expect(page.locator("site-practice-progress").getByRole("link", { name: /^Q6: / })).toBeVisible();
    const after = await stored(page);
    expect(after).toMatchObject({ v: CURRENT_VERSION, practised: ["cost-optimization"], answers: {}, rounds: [] });
    expect(Object.keys(after["schedule"] as object)).toEqual(["cost-optimization"]);

    await page.evaluate((key) => {
      const state = JSON.parse(localStorage.getItem(key) ?? "{}");
      localStorage.setItem(
        key,
        JSON.stringify({
          ...state,
          on: true,
          answers: { "cost-optimization": { "a-section-since-renamed": "My old words" } },
        }),
      );
    }, STORAGE_KEY);
    await site.goto("/questions/cost-optimization/");
    const removed = page.getByRole("region", { name: "Answers for removed sections" });
    await expect(removed).toContainText("My old words");
    await expect(page.getByRole("group", { name: "How well did you recall it?" })).toContainText(
      "Due for its first review",
    );
  });
});

test.describe("a mock round", { tag: "@base-path" }, () => {
  test("from the keyboard alone: start, time up, score by headings, resume after a reload, and a summary that feeds the schedule", async ({
    site,
    page,
  }) => {
    await page.clock.install({ time: MONDAY });
    await site.goto("/practice/mock/");
    await expect(page.getByText("Every question can come up (8).")).toBeVisible();
    // From here time moves only when the test says: on a busy machine the clock would tick between starting the
    // round and reading it.
    await page.clock.pauseAt(new Date(MONDAY.getTime() + 10 * 60_000));
    await page.getByRole("radio", { name: "3 questions" }).focus();
    await tabTo(page, page.getByRole("button", { name: "Start the round" }));
    await page.keyboard.press("Enter");

    const titles = new Set(questions.map((q) => q.title));
    const asked: string[] = [];
    for (let n = 1; n <= 3; n++) {
      const heading = page.locator("#mock-question-title");
      await expect(heading).toBeFocused();
      await expect(page.getByText(`Question ${n} of 3`).first()).toBeVisible();
      const title = (await heading.textContent()) ?? "";
      expect(titles.has(title)).toBe(true);
      asked.push(title);
      if (n === 1) {
        await expect(page.getByRole("timer")).toHaveText("03:00");
        await page.clock.fastForward("03:00");
        await expect(page.getByRole("timer")).toHaveText("00:00");
        await expect(page.locator("site-mock-round [role=status]")).toHaveText("Time is up: score your answer.");
      }
      if (n === 2) {
        // A reload mid-round resumes the question being answered.
        await page.reload();
        await expect(page.locator("#mock-question-title")).toHaveText(title);
        await page.locator("#mock-question-title").focus();
      }
      await tabTo(page, page.getByRole("button", { name: "I have answered: score it" }));
      await page.keyboard.press("Enter");

      const scoring = page.locator("#mock-score-title");
      await expect(scoring).toBeFocused();
      await expect(scoring).toHaveText(`Score your answer: ${title}`);
      const items = page.locator("[data-rubric] fieldset");
      const count = await items.count();
      expect(count).toBeGreaterThan(0);
      // The first heading covered, the second partly, the rest left as missed.
      for (let i = 0; i < Math.min(count, 2); i++) {
        await tabTo(page, items.nth(i).locator("input").first());
        await page.keyboard.press(i === 0 ? "Space" : "ArrowRight");
      }
      await expect(items.first().getByRole("radio", { name: "Covered" })).toBeChecked();
      await tabTo(page, page.getByRole("button", { name: n < 3 ? "Next question" : "Finish and see the results" }));
      await page.keyboard.press("Enter");
    }

    const summary = page.getByRole("region", { name: "Your round" });
    await expect(page.locator("#mock-summary-title")).toBeFocused();
    const rows = summary.getByRole("table").locator("tbody tr");
    await expect(rows).toHaveCount(3);
    for (const [i, title] of asked.entries()) {
      await expect(rows.nth(i).getByRole("link", { name: title })).toHaveAttribute(
        "href",
        new RegExp(`^${site.path("/questions/")}[a-z0-9-]+/$`),
      );
      await expect(rows.nth(i).getByRole("cell").first()).toHaveText(/^\d+%$/);
    }
    await expect(summary.getByRole("heading", { name: "Weakest topics" })).toBeVisible();
    await expect(summary.locator("[data-summary-topics] li").first()).toHaveText(/: \d+% covered$/);
    const state = await stored(page);
    expect((state["rounds"] as { finished?: string }[]).filter((r) => r.finished)).toHaveLength(1);
    expect(Object.keys(state["schedule"] as object)).toHaveLength(3);
  });
});

test.describe("backup and restore", { tag: "@base-path" }, () => {
  test("download, clear the browser, restore by merging, and find everything as it was; a foreign file changes nothing", async ({
    site,
    page,
  }) => {
    await seed(
      site,
      page,
      {
        on: false,
        practised: ["cost-optimization"],
        fills: { role: "tutor" },
        revealed: {},
        timerMinutes: 2,
        answers: { "cost-optimization": { "model-cascading": "Small models first" } },
        schedule: {
          "cost-optimization": {
            due: "2026-03-05T09:00:00.000Z",
            stability: 2.3,
            difficulty: 2.1,
            elapsed_days: 0,
            scheduled_days: 3,
            learning_steps: 0,
            reps: 1,
            lapses: 0,
            state: 2,
            last_review: "2026-03-02T09:00:00.000Z",
            rating: 3,
          },
        },
        rounds: [
          {
            started: "2026-03-01T09:00:00.000Z",
            finished: "2026-03-01T09:20:00.000Z",
            minutes: 3,
            topics: [],
            questions: ["cost-optimization"],
            index: 1,
            phase: "score",
            timer: { duration: 180000, remaining: 0, endsAt: null },
            scores: { "cost-optimization": { "results-achieved": 2 } },
          },
        ],
      },
      CURRENT_VERSION,
    );
    await site.goto("/practice/");
    const before = await stored(page);
    const { file, text } = await downloaded(page, () =>
      page.getByRole("button", { name: "Back up my practice" }).click(),
    );
    expect(JSON.parse(text)).toMatchObject({ format: "genai-handbook-practice-backup", version: 1, data: before });

    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await expect(page.getByText("Nothing is scheduled yet")).toBeVisible();

    // A foreign file: a clear message, nothing changes.
    const picker = page.getByLabel("Restore from a backup file");
    await picker.setInputFiles({
      name: "package.json",
      mimeType: "application/json",
      buffer: Buffer.from('{"name":"x"}'),
    });
    await expect(page.getByRole("alert")).toHaveText(
      "package.json: This file is not a practice backup from this site. Nothing has changed.",
    );
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);

    await picker.setInputFiles({
      name: file.suggestedFilename(),
      mimeType: "application/json",
      buffer: Buffer.from(text),
    });
    await expect(page.getByRole("heading", { name: "Restoring this backup will change:" })).toBeFocused();
    const changes = page.locator("[data-changes] li");
    await expect(changes).toContainText([
      "Practised: 1 question added",
      "Your answers: 1 section added",
      "Review schedule: 1 question added",
      "Mock rounds: 1 round added",
      "Fill-ins: 1 fill-in added",
    ]);
    await page.getByRole("button", { name: "Restore", exact: true }).click();
    await expect(page.locator("site-practice-backup [role=status]")).toHaveText(
      "The backup is merged into your practice.",
    );
    expect(await stored(page)).toEqual(before);
    await expect(page.getByText("You have answered 1 section in 1 question.")).toBeVisible();
  });
});

test.describe("the Anki deck", { tag: "@base-path" }, () => {
  test("is a file Anki reads: its header, one note per question, and links to each answer that resolve", async ({
    site,
    page,
  }) => {
    await site.goto("/practice/cards/");
    const link = page.getByRole("link", { name: "Download the Anki deck" });
    await expect(link).toHaveAttribute("href", site.path("/practice/anki-deck.txt"));
    const response = await page.request.get(site.url("/practice/anki-deck.txt"));
    expect(response.ok()).toBe(true);
    const lines = (await response.text()).trimEnd().split("\n");
    const header = lines.filter((l) => l.startsWith("#"));
    expect(header).toEqual([
      "#separator:tab",
      "#html:true",
      "#notetype:Basic",
      "#deck:GenAI Interview Handbook",
      "#tags column:3",
      "#columns:Front\tBack\tTags",
    ]);
    const notes = lines.filter((l) => !l.startsWith("#")).map((l) => l.split("\t"));
    expect(notes).toHaveLength(questions.length);
    for (const [i, [front, back, tags]] of notes.entries()) {
      const q = questions[i];
      expect(
        front
          ?.replace(/&#39;/g, "'")
          .replace(/&quot;/g, '"')
          .replace(/&amp;/g, "&"),
      ).toBe(q?.title);
      expect(back).toMatch(/^<ul>(<li>[^<]+<\/li>)+<\/ul><p>.+<\/p><p><a href='[^']+'>Read the answer<\/a><\/p>$/);
      const url = new URL(/href='([^']+)'/.exec(back ?? "")?.[1] ?? "");
      expect(url.pathname).toBe(site.path(`/questions/${q?.slug}/`));
      expect((await page.request.get(site.url(`/questions/${q?.slug}/`))).ok()).toBe(true);
      expect(tags?.split(" ")).toEqual(q?.topics);
    }
  });
});

test.describe("accessibility of the new pages and states", () => {
  // Three tests, one per page, so the two workers share them: each page's axe runs are what costs (four each).
  async function check(page: Page, label: string): Promise<void> {
    const problems: string[] = [];
    for (const view of VIEWS) {
      await applyView(page, view);
      problems.push(...(await axeViolations(page, `${label} ${view.scheme} ${view.width}px`, "main")));
    }
    expect(problems).toEqual([]);
  }

  test("a question's answers, an answer for a removed section and the rating: axe clean in both themes at 390 and 1280 px", async ({
    site,
    page,
  }) => {
    await seed(
      site,
      page,
      {
        on: true,
        practised: ["genai-project-end-to-end"],
        revealed: { "genai-project-end-to-end": ["project-overview"] },
        answers: { "genai-project-end-to-end": { "project-overview": "Mine", gone: "Old" } },
      },
      CURRENT_VERSION,
    );
    await site.goto(PROJECT);
    await expect(page.getByRole("group", { name: "How well did you recall it?" })).toBeVisible();
    await expect(page.getByRole("region", { name: "Answers for removed sections" })).toBeVisible();
    await check(page, "question with answers and rating");
  });

  test("the practice page with its lists and a restore to confirm: axe clean in both themes at 390 and 1280 px", async ({
    site,
    page,
  }) => {
    await seed(
      site,
      page,
      {
        practised: ["genai-project-end-to-end"],
        answers: { "genai-project-end-to-end": { "project-overview": "Mine" } },
      },
      CURRENT_VERSION,
    );
    await site.goto("/practice/");
    await page.getByLabel("Restore from a backup file").setInputFiles({
      name: "b.json",
      mimeType: "application/json",
      buffer: Buffer.from(
        JSON.stringify({
          format: "genai-handbook-practice-backup",
          version: 1,
          data: { v: 2, practised: ["staying-current"] },
        }),
      ),
    });
    await expect(page.locator("[data-changes] li").first()).toBeVisible();
    await check(page, "practice page, restore preview");
  });

  test("a mock round being scored, key points open: axe clean in both themes at 390 and 1280 px", async ({
    site,
    page,
  }) => {
    await site.goto("/practice/mock/");
    await page.getByRole("button", { name: "Start the round" }).click();
    await page.getByRole("button", { name: "I have answered: score it" }).click();
    await page.locator("[data-rubric] details").first().click();
    await expect(page.locator("[data-rubric] details").first()).toHaveAttribute("open", "");
    await check(page, "mock round scoring");
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the mock round and the practice page say they need it, and keep the links that work", async ({
    site,
    page,
  }) => {
    await site.goto("/practice/mock/");
    await expect(
      page.getByText(
        "A mock round runs in this browser, with a timer and your scores kept as you go, so it needs JavaScript.",
      ),
    ).toBeVisible();
    await expect(page.getByRole("button", { name: "Start the round" })).toHaveCount(0);
    await site.goto("/practice/");
    await expect(
      page.getByText("Your practice is kept by this browser, so this page needs JavaScript to show it."),
    ).toBeVisible();
    await expect(page.getByRole("button")).toHaveCount(0);
    await expect(page.getByRole("link", { name: "download the Anki deck" })).toBeVisible();
  });
});
