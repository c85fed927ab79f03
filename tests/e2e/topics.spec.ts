// Topics and cross-links: topic pages list the right questions and sections, their links land on
// the section heading, every question links to its topics and to related questions, the topic map
// has a text equivalent, and every cross-link inside the answers lands on a real section. Each topic of the
// 8 questions fits one page of its list; the paging itself is tested in tests/unit/topics/topic-pages.test.ts
// and at 49 questions in tests/integration/large-handbook.test.ts.
import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { parse as parseYaml } from "yaml";
import { expect, test } from "./fixtures.ts";
import type { Page } from "@playwright/test";

const CONTENT = resolve(import.meta.dirname, "../../content");

interface Question {
  slug: string;
  title: string;
  order: number;
  topics: string[];
  sections: Record<string, string[]>;
}

const topics = parseYaml(readFileSync(join(CONTENT, "topics.yaml"), "utf8")) as Record<
  string,
  { title: string; description: string }
>;
const questions: Question[] = readdirSync(join(CONTENT, "questions"))
  .filter((f) => f.endsWith(".mdx"))
  .map((file) => {
    const text = readFileSync(join(CONTENT, "questions", file), "utf8");
    const data = parseYaml(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? "") as Omit<Question, "slug">;
    return { ...data, sections: data.sections ?? {}, slug: file.replace(/\.mdx$/, "") };
  })
  .sort((a, b) => a.order - b.order);

/** What a topic page should show: questions covering the topic, each with its sections on it. */
function expectedFor(topicId: string) {
  return questions
    .map((q) => ({ q, sections: Object.keys(q.sections).filter((id) => q.sections[id]?.includes(topicId)) }))
    .filter(({ q, sections }) => q.topics.includes(topicId) || sections.length > 0);
}

/** The heading a `#id` points at is on screen, below the sticky header, and says what the link said. */
async function expectLandedOn(page: Page, id: string, linkText?: string) {
  expect(decodeURIComponent(new URL(page.url()).hash)).toBe(`#${id}`);
  const heading = page.locator(`[id="${id}"]`);
  await expect(heading).toBeInViewport();
  const headerBottom = (await page.locator(".site-header").boundingBox())?.height ?? 0;
  await expect.poll(async () => (await heading.boundingBox())?.y ?? -1).toBeGreaterThanOrEqual(headerBottom - 1);
  if (linkText) await expect(heading).toContainText(linkText);
}

test("the topics page lists every topic with its description and counts", async ({ site, page }) => {
  await site.goto("/topics/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Topics");
  await expect(page.getByRole("navigation", { name: "Site" }).getByRole("link", { name: "Topics" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  const cards = page.locator(".topic-card");
  await expect(cards).toHaveCount(Object.keys(topics).length);
  for (const [id, topic] of Object.entries(topics)) {
    const card = cards.filter({ has: page.getByRole("link", { name: topic.title, exact: true }) });
    await expect(card.getByRole("link")).toHaveAttribute("href", site.path(`/topics/${id}/`));
    await expect(card).toContainText(topic.description.slice(0, 60));
    const expected = expectedFor(id);
    const sectionCount = expected.reduce((n, e) => n + e.sections.length, 0);
    await expect(card).toContainText(
      `${expected.length} question${expected.length === 1 ? "" : "s"} · ${sectionCount} section`,
    );
  }
});

test("the topic map is a static, labelled SVG with a table that says the same in text", async ({ site, page }) => {
  await site.goto("/topics/");
  const map = page.getByRole("img", { name: "Map of topics by question" });
  await expect(map).toHaveCount(1); // the phone layout is display: none at this width
  await expect(map).toBeVisible();
  await expect(map.locator("desc")).toContainText("topics (rows) by 8 questions");
  await expect(map.locator("circle.topic-figure__main").first()).toBeAttached();

  await page.getByText("The map as a table").click();
  const table = page.getByRole("table", { name: /Each topic against each question/ });
  await expect(table).toBeVisible();
  await expect(table.locator("tbody tr")).toHaveCount(Object.keys(topics).length);
  // Caching: a main topic of question 6 (one section), treated in one section of question 7.
  const caching = table.getByRole("row", { name: /^Caching/ });
  const cells = caching.getByRole("cell");
  await expect(cells.nth(5)).toHaveText("Main1 section");
  await expect(cells.nth(6)).toHaveText("1 section");
  await expect(cells.nth(0)).toHaveText("");

  await page.setViewportSize({ width: 390, height: 800 });
  await expect(page.getByRole("img", { name: "Map of topics by question" })).toBeVisible();
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(390);
});

for (const [id, topic] of Object.entries(topics)) {
  test(`topic ${id}: lists the questions that cover it and the exact sections, linked to their headings`, async ({
    site,
    page,
  }) => {
    await site.goto(`/topics/${id}/`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(topic.title);
    // Every topic of the 8 questions fits one page (24 to a page): no pager, no second page, its own canonical URL.
    await expect(page).toHaveTitle(new RegExp(`^${topic.title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} · Topics · `));
    await expect(page.getByRole("navigation", { name: `Pages of the questions on ${topic.title}` })).toHaveCount(0);
    await expect(page.locator('a[rel="prev"], a[rel="next"]')).toHaveCount(0);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
    expect(new URL(canonical ?? "").pathname).toBe(site.path(`/topics/${id}/`));
    expect((await page.request.get(site.url(`/topics/${id}/page/2/`))).status()).toBe(404);
    await expect(page.locator(".page-intro__lead")).toHaveText(topic.description.replace(/\s+/g, " ").trim());
    const expected = expectedFor(id);
    const items = page.locator(".topic-question");
    await expect(items).toHaveCount(expected.length);
    for (const [i, { q, sections }] of expected.entries()) {
      const item = items.nth(i);
      await expect(item.getByRole("heading", { level: 3 }).getByRole("link")).toHaveAttribute(
        "href",
        site.path(`/questions/${q.slug}/`),
      );
      await expect(item.getByRole("heading", { level: 3 })).toContainText(q.title);
      const links = item.locator("a.topic-sections__link");
      await expect(links).toHaveCount(sections.length);
      for (const [j, section] of sections.entries()) {
        await expect(links.nth(j)).toHaveAttribute("href", site.path(`/questions/${q.slug}/#${section}`));
        await expect(item.locator(".topic-sections__excerpt").nth(j)).not.toBeEmpty();
      }
    }
  });
}

test("a topic page's section links land on the section heading", async ({ site, page }) => {
  await site.goto("/topics/latency/");
  const links = page.locator("a.topic-sections__link");
  const targets = await links.evaluateAll((els) =>
    els.map((a) => ({ href: a.getAttribute("href") ?? "", text: a.textContent?.trim() ?? "" })),
  );
  expect(targets.length).toBeGreaterThanOrEqual(3);

  // The first by clicking, the rest by following their URLs.
  await links.first().click();
  await expectLandedOn(page, new URL(targets[0]?.href ?? "", site.baseURL).hash.slice(1), targets[0]?.text);
  for (const { href, text } of targets.slice(1)) {
    await page.goto(new URL(href, site.baseURL).href);
    await expectLandedOn(page, new URL(href, site.baseURL).hash.slice(1), text);
  }
});

for (const q of questions) {
  test(`${q.slug}: topic links reach topic pages that list the question; related questions work`, async ({
    site,
    page,
    request,
  }) => {
    await site.goto(`/questions/${q.slug}/`);
    const chips = page.locator(".question__header").getByRole("list", { name: "Topics" }).getByRole("link");
    await expect(chips).toHaveCount(q.topics.length);
    for (const [i, topicId] of q.topics.entries()) {
      await expect(chips.nth(i)).toHaveAttribute("href", site.path(`/topics/${topicId}/`));
      await expect(chips.nth(i)).toHaveText(topics[topicId]?.title ?? "");
      const response = await request.get(site.url(`/topics/${topicId}/`));
      expect(response.status()).toBe(200);
      expect(await response.text()).toContain(`href="${site.path(`/questions/${q.slug}/`)}"`);
    }

    const related = page.getByRole("navigation", { name: "Related questions" });
    const relatedLinks = related.getByRole("link");
    expect(await relatedLinks.count()).toBeGreaterThanOrEqual(2);
    const titles = await relatedLinks.allTextContents();
    expect(titles).not.toContain(q.title);
    for (const title of titles) expect(questions.map((x) => x.title)).toContain(title);

    await chips.first().click();
    await expect(page).toHaveURL(site.url(`/topics/${q.topics[0]}/`));
    await expect(page.locator(".topic-question").getByRole("link", { name: q.title })).toBeVisible();

    await page.goBack();
    const first = titles[0] ?? "";
    await page.getByRole("navigation", { name: "Related questions" }).getByRole("link", { name: first }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(first);
  });
}

test("every cross-link inside the answers lands on a section heading of another answer", async ({ site, page }) => {
  // Instant scrolling: a smooth scroll still running would swallow the next same-page jump.
  await page.emulateMedia({ reducedMotion: "reduce" });
  const links: { from: string; href: string; text: string }[] = [];
  for (const q of questions) {
    await site.goto(`/questions/${q.slug}/`);
    const found = await page
      .locator(".prose a[href^='../']")
      .evaluateAll((els) => els.map((a) => ({ href: (a as HTMLAnchorElement).href, text: a.textContent ?? "" })));
    links.push(...found.map((l) => ({ ...l, from: q.slug })));
  }
  expect(links.length).toBeGreaterThanOrEqual(12);
  for (const { from, href } of links) {
    const url = new URL(href);
    expect(url.hash, `${from} → ${href} names a section`).not.toBe("");
    expect(url.pathname, `${from} → ${href} points to another answer`).not.toBe(site.path(`/questions/${from}/`));
    await page.goto(href);
    await expect(page.locator(".prose").locator(`[id="${decodeURIComponent(url.hash.slice(1))}"]`)).toBeInViewport();
  }
});
