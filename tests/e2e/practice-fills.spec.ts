// Practice mode's fill-ins: the reader's words in place of placeholders, in prose and code.
import { expect, test } from "./fixtures.ts";
import { questions, PROJECT, PROMPTS, seed, stored, fills, toggle } from "./practice-helpers.ts";

test.describe("fill-ins", () => {
  test("the reader's words replace every same placeholder, in prose and code, and persist", async ({ site, page }) => {
    await seed(site, page, { on: true });
    await site.goto(PROMPTS);
    await page.getByRole("button", { name: "Reveal all" }).click();
    await page.getByText("Fill in the blanks").click();
    const role = fills(page).getByRole("textbox", { name: "role", exact: true });
    await expect(role).toBeVisible();
    await expect(fills(page).getByRole("textbox")).toHaveCount(8);
    await role.fill("maths tutor");
    await fills(page).getByRole("textbox", { name: "audience" }).fill("Year 9 pupils");
    const roleSpans = page.locator('.site-placeholder[data-placeholder="role"]');
    for (const span of await roleSpans.all()) await expect(span).toHaveText("maths tutor");
    const code = page.locator("site-code-block").first().locator("pre");
    await expect(code).toContainText("System: You are a maths tutor helping Year 9 pupils with [task].");

    await page.reload();
    await expect(code).toContainText("You are a maths tutor helping Year 9 pupils");
    // The disclosure stays closed at load (opening it would push the answer down); its count tells.
    await expect(fills(page).locator("summary")).toHaveText("Fill in the blanks (2 of 8 filled)");
    await page.getByText("Fill in the blanks").click();
    await expect(fills(page).getByRole("textbox", { name: "role", exact: true })).toHaveValue("maths tutor");
    expect((await stored(page))["fills"]).toEqual({ role: "maths tutor", audience: "Year 9 pupils" });

    // Out of practice mode the page shows the original text again.
    await toggle(page).click();
    await expect(code).toContainText("System: You are a [role] helping [audience] with [task].");
    await toggle(page).click();
    await expect(code).toContainText("You are a maths tutor");
  });

  test("fill-ins in prose are shared by every question with the same placeholder", async ({ site, page }) => {
    await seed(site, page, { on: true, fills: { "company-domain": "Acme Bank" } });
    await site.goto(`${PROJECT}#project-overview`);
    await expect(page.locator('.site-placeholder[data-placeholder="company-domain"]')).toHaveText("Acme Bank");
    await expect(page.getByText("customer support chatbot for Acme Bank.")).toBeVisible();
    await expect(fills(page).locator("summary")).toHaveText(/\(1 of \d+ filled\)$/);
    await page.getByText("Fill in the blanks").click();
    await expect(fills(page).getByRole("textbox", { name: "Company/Domain" })).toHaveValue("Acme Bank");
  });

  test("the copy button still copies the original code after filling in", async ({ site, page }) => {
    await seed(site, page, { on: true, fills: { role: "maths tutor", task: "fractions" } });
    await site.goto(PROMPTS);
    await page.getByRole("button", { name: "Reveal all" }).click();
    const block = page.locator("site-code-block").first();
    await expect(block.locator("pre")).toContainText("You are a maths tutor");
    await block.getByRole("button", { name: /copy/i }).click();
    await expect(block.getByRole("status")).toHaveText("Code copied to clipboard");
    const original = questions.find((q) => q.slug === "prompt-engineering-in-production")?.codeBlocks[0]?.code;
    expect(original).toContain("[role]");
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(original);
  });

  test("Clear empties the fields and restores the placeholders; input is cleaned and capped", async ({
    site,
    page,
  }) => {
    await seed(site, page, { on: true });
    await site.goto(PROMPTS);
    await page.getByRole("button", { name: "Reveal all" }).click();
    await page.getByText("Fill in the blanks").click();
    const task = fills(page).getByRole("textbox", { name: "task", exact: true });
    await expect(task).toHaveAttribute("maxlength", "60");
    await task.fill("  long\tdivision  ");
    const span = page.locator('.site-placeholder[data-placeholder="task"]').first();
    await expect(span).toHaveText("long division");
    await expect(span).toHaveAttribute("data-filled", "");

    await page.getByRole("button", { name: "Clear my words" }).click();
    await expect(task).toHaveValue("");
    // Focus goes back to the first field, ready for new words.
    await expect(fills(page).getByRole("textbox", { name: "role", exact: true })).toBeFocused();
    await expect(span).toHaveText("[task]");
    await expect(page.locator("[data-practice-fills]").getByRole("status")).toHaveText(
      "Your words on this page are cleared",
    );
    expect((await stored(page))["fills"]).toEqual({});
  });
});
