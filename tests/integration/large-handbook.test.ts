/**
 * A handbook past one page of questions (49, from the bench's generator): the home page's list continues on
 * /page/2/ and /page/3/ with previous and next links and a canonical URL of its own for each page, a topic's list
 * past 24 questions continues on /topics/<id>/page/<n>/ the same way, each question's topic chips lead to the page
 * of the topic's list that holds it, and /topics/ draws one bar per topic instead of a column per question. One
 * build of one copy.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reservedIdOwner } from "../../src/lib/content/reserved-ids";
import { copySite, type SiteCopy } from "../helpers/site-copy";
import { generateQuestions } from "../bench/corpus.mjs";

let site: SiteCopy;
let result: { status: number | null; output: string };

beforeAll(() => {
  site = copySite();
  generateQuestions(site.dir, 49);
  result = site.build();
}, 200_000);

afterAll(() => site?.remove());

const links = (html: string, rel: string) =>
  [...html.matchAll(new RegExp(`<a href="([^"]+)" rel="${rel}"`, "g"))].map((m) => m[1]);
const canonical = (html: string) => /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
const title = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1];
/** The questions a topic page lists, as [order, link]. */
const listed = (html: string) =>
  [...html.matchAll(/<span class="topic-question__number"[^>]*>Question (\d+)<\/span> <a href="([^"]+)"/g)].map(
    (m) => [Number(m[1]), m[2] as string] as const,
  );
const coveredBy = (html: string) =>
  Number(/class="topic-questions__summary"[^>]*>(\d+) questions? cover/.exec(html)?.[1]);
/** The links of the topic chips in a list labelled `label` ("Topics", "Topics of question 30"). */
const chips = (html: string, label: string) => {
  const list = new RegExp(`<ul[^>]*aria-label="${label}"[^>]*>(.*?)</ul>`).exec(html)?.[1] ?? "";
  return [...list.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1] as string);
};
const pageFile = (path: string) => `dist${path}index.html`;
const cards = (html: string) => [...html.matchAll(/<h2 class="card__title[^"]*"[^>]*><a href="([^"]+)"/g)].length;

describe("a handbook of 49 questions", () => {
  it("builds", () => {
    expect(result.output.slice(-3000)).toContain("Complete!");
    expect(result.status).toBe(0);
  });

  it("lists 24, 24 and 1 questions on three pages of the home list, each linked to its neighbours", () => {
    const home = site.read("dist/index.html");
    const second = site.read("dist/page/2/index.html");
    const third = site.read("dist/page/3/index.html");
    expect([cards(home), cards(second), cards(third)]).toEqual([24, 24, 1]);
    expect([links(home, "prev"), links(home, "next")]).toEqual([[], ["/page/2/"]]);
    expect([links(second, "prev"), links(second, "next")]).toEqual([["/"], ["/page/3/"]]);
    expect([links(third, "prev"), links(third, "next")]).toEqual([["/page/2/"], []]);
    expect(second).toContain("Questions 25–48 of 49, page 2 of 3");
    // The arrows are decoration: the links' names are the words alone.
    expect(second).toMatch(/rel="prev"[^>]*><span aria-hidden="true"[^>]*>←<\/span> Previous page<\/a>/);
    expect(second).toMatch(/rel="next"[^>]*>Next page <span aria-hidden="true"[^>]*>→<\/span><\/a>/);
    expect(site.exists("dist/page/4/index.html")).toBe(false);
    expect(site.exists("dist/page/1/index.html")).toBe(false);
  });

  it("gives each page of the list its own canonical URL", () => {
    expect(canonical(site.read("dist/page/2/index.html"))).toMatch(/\/page\/2\/$/);
    expect(canonical(site.read("dist/page/3/index.html"))).toMatch(/\/page\/3\/$/);
  });

  it("splits each topic's list 24 to a page in question order, every question on one page, pages linked", () => {
    const topics = readdirSync(join(site.dir, "dist/topics"), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    expect(topics.length).toBeGreaterThanOrEqual(17);
    const paged: string[] = [];
    for (const topic of topics) {
      const pathOf = (n: number) => (n === 1 ? `/topics/${topic}/` : `/topics/${topic}/page/${n}/`);
      const total = coveredBy(site.read(pageFile(pathOf(1))));
      const count = Math.max(1, Math.ceil(total / 24));
      const pages = Array.from({ length: count }, (_, i) => site.read(pageFile(pathOf(i + 1))));
      const lists = pages.map(listed);
      expect(
        lists.map((l) => l.length),
        topic,
      ).toEqual(pages.map((_, i) => Math.min(24, total - i * 24)));
      const orders = lists.flat().map(([order]) => order);
      expect(orders, `${topic}: in question order, none twice`).toEqual([...new Set(orders)].sort((a, b) => a - b));
      for (const [i, html] of pages.entries()) {
        const n = i + 1;
        expect(links(html, "prev"), `${topic} page ${n}`).toEqual(n > 1 ? [pathOf(n - 1)] : []);
        expect(links(html, "next"), `${topic} page ${n}`).toEqual(n < count ? [pathOf(n + 1)] : []);
        expect(canonical(html), `${topic} page ${n}`).toMatch(new RegExp(`${pathOf(n)}$`));
        // The topic's name, description and aliases open every page: a chip can land on any of them.
        expect(html).toContain('class="page-intro__lead"');
        // Where the page stands, in words, not in positions that the items' own question numbers would contradict.
        if (count > 1) expect(html).toContain(`Page ${n} of ${count} of the ${total} questions on `);
        expect(html.includes(` Page ${n} of ${count}.</p>`), `${topic} page ${n}: its number under the heading`).toBe(
          n > 1,
        );
      }
      if (count > 1) {
        paged.push(topic);
        expect(title(pages[1] ?? "")).toMatch(/^[^·]+ · Topics · page 2 · /);
        expect(title(pages[0] ?? "")).toMatch(/^[^·]+ · Topics · [^·]+$/);
      }
      expect(site.exists(pageFile(pathOf(count + 1))), topic).toBe(false);
      expect(site.exists(`dist/topics/${topic}/page/1/index.html`), topic).toBe(false);
    }
    expect(paged).toContain("evaluation");
  });

  it("leads every topic chip, on a question's page and on the home list's cards, to the page of the topic that lists it", () => {
    const questions = readdirSync(join(site.dir, "dist/questions"), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    expect(questions).toHaveLength(49);
    const landings: string[] = [];
    const expectListed = (chip: string, question: string) => {
      expect(
        listed(site.read(pageFile(chip))).map(([, link]) => link),
        `${chip} lists ${question}`,
      ).toContain(`/questions/${question}/`);
      landings.push(chip);
    };
    for (const question of questions) {
      const found = chips(site.read(pageFile(`/questions/${question}/`)), "Topics");
      expect(found.length, question).toBeGreaterThan(0);
      for (const chip of found) expectListed(chip, question);
    }
    for (const home of ["/", "/page/2/", "/page/3/"]) {
      const cardsOf = site
        .read(pageFile(home))
        .split(/<article class="card"/)
        .slice(1);
      expect(cardsOf.length, home).toBeGreaterThan(0);
      for (const card of cardsOf) {
        const question = /<h2 class="card__title[^"]*"[^>]*><a href="\/questions\/([^/]+)\/"/.exec(card)?.[1] ?? "";
        const found = chips(card, "Topics of question \\d+");
        expect(found.length, `${home}: ${question}`).toBeGreaterThan(0);
        for (const chip of found) expectListed(chip, question);
      }
    }
    expect(landings.some((chip) => /\/page\/\d+\/$/.test(chip))).toBe(true);
  });

  it("draws the topic map as one bar per topic, with the figures as a table", () => {
    const topics = site.read("dist/topics/index.html");
    expect(topics).toContain("Map of topics by how many questions cover them");
    expect(topics).not.toContain("Map of topics by question");
    expect(topics.match(/<rect class="topic-figure__main"/g)?.length).toBeGreaterThanOrEqual(17);
    expect(topics).toContain("49 questions in all");
  });

  it("uses only reserved ids on the pages that exist only in a large handbook, so no heading id in content can take one", () => {
    const ids = (html: string) => [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] as string);
    const pages = ["dist/page/2/index.html", "dist/topics/index.html", "dist/topics/evaluation/page/2/index.html"];
    expect(
      pages.flatMap((page) =>
        ids(site.read(page))
          .filter((id) => !reservedIdOwner(id))
          .map((id) => `${id} (${page})`),
      ),
    ).toEqual([]);
  });
});
