/** Every code block and list item written in each MDX file appears on its built page. */
import { normalise, readQuestions } from "../helpers/content.ts";
import { expect, test } from "./fixtures.ts";

for (const q of readQuestions()) {
  test(`${q.slug}: every code block and list item of the MDX is on the page`, async ({ site, page }) => {
    await site.goto(`/questions/${q.slug}/`);
    const codes = await page.locator("site-code-block pre code").allTextContents();
    expect(codes).toEqual(q.codeBlocks.map((b) => b.code));
    const items = (await page.locator(".prose li").allTextContents()).map(normalise);
    expect(items.length).toBe(q.listItems.length);
    for (const [i, item] of q.listItems.entries()) expect(items[i]).toBe(normalise(item));
  });
}
