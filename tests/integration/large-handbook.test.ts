/**
 * A handbook past one page of questions (49, from the bench's generator): the home page's list continues on
 * /page/2/ and /page/3/ with previous and next links and a canonical URL of its own for each page, and /topics/
 * draws one bar per topic instead of a column per question. One build of one copy.
 */
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

  it("draws the topic map as one bar per topic, with the figures as a table", () => {
    const topics = site.read("dist/topics/index.html");
    expect(topics).toContain("Map of topics by how many questions cover them");
    expect(topics).not.toContain("Map of topics by question");
    expect(topics.match(/<rect class="topic-figure__main"/g)?.length).toBeGreaterThanOrEqual(17);
    expect(topics).toContain("49 questions in all");
  });

  it("uses only reserved ids on the pages that exist only in a large handbook, so no heading id in content can take one", () => {
    const ids = (html: string) => [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] as string);
    const pages = ["dist/page/2/index.html", "dist/topics/index.html"];
    expect(
      pages.flatMap((page) =>
        ids(site.read(page))
          .filter((id) => !reservedIdOwner(id))
          .map((id) => `${id} (${page})`),
      ),
    ).toEqual([]);
  });
});
