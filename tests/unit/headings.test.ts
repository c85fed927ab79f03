import { describe, expect, it } from "vitest";
import { headingLabel, nestHeadings, withAncestors } from "../../src/lib/headings";

const h = (depth: number, slug: string) => ({ depth, slug, text: slug.toUpperCase() });

describe("nestHeadings", () => {
  it("nests h3 under the preceding h2", () => {
    const toc = nestHeadings([h(2, "a"), h(3, "a1"), h(3, "a2"), h(2, "b")]);
    expect(toc.map((i) => i.slug)).toEqual(["a", "b"]);
    expect(toc[0]?.children.map((i) => i.slug)).toEqual(["a1", "a2"]);
    expect(toc[1]?.children).toEqual([]);
  });

  it("leaves out headings deeper than maxDepth", () => {
    const toc = nestHeadings([h(2, "a"), h(3, "a1"), h(4, "a1x")], { maxDepth: 3 });
    expect(toc[0]?.children[0]?.children).toEqual([]);
  });

  it("includes h4 under its h3 when maxDepth allows", () => {
    const toc = nestHeadings([h(2, "a"), h(3, "a1"), h(4, "a1x")], { maxDepth: 4 });
    expect(toc[0]?.children[0]?.children.map((i) => i.slug)).toEqual(["a1x"]);
  });

  it("keeps a heading that skips a level under the nearest shallower one", () => {
    const toc = nestHeadings([h(2, "a"), h(4, "deep")], { maxDepth: 4 });
    expect(toc[0]?.children.map((i) => i.slug)).toEqual(["deep"]);
  });

  it("puts an h3 before any h2 at the top level instead of dropping it", () => {
    const toc = nestHeadings([h(3, "lead"), h(2, "a")]);
    expect(toc.map((i) => i.slug)).toEqual(["lead", "a"]);
  });

  it("ignores the page title (h1)", () => {
    expect(nestHeadings([h(1, "title"), h(2, "a")]).map((i) => i.slug)).toEqual(["a"]);
  });

  it("returns an empty list for a page without headings", () => {
    expect(nestHeadings([])).toEqual([]);
  });
});

describe("withAncestors", () => {
  it("gives each heading the headings it sits under, outermost first, leaving out the h1", () => {
    const list = [h(1, "t"), h(2, "a"), h(3, "a1"), h(4, "a1x"), h(3, "a2"), h(2, "b"), h(4, "b-deep")];
    expect(
      withAncestors(list).map(({ heading, ancestors }) => `${heading.slug}<${ancestors.map((a) => a.slug).join(",")}`),
    ).toEqual(["t<", "a<", "a1<a", "a1x<a,a1", "a2<a", "b<", "b-deep<b"]);
  });

  it("keeps the caller's own fields", () => {
    const [first] = withAncestors([{ depth: 2, id: "x", location: 7 }]);
    expect(first?.heading).toEqual({ depth: 2, id: "x", location: 7 });
  });
});

describe("headingLabel", () => {
  it("drops list numbering and keeps other numbers", () => {
    expect(headingLabel("2. Parameter-Efficient Approach")).toBe("Parameter-Efficient Approach");
    expect(headingLabel("3) Caching")).toBe("Caching");
    expect(headingLabel("Challenge 2: Inconsistent Outputs")).toBe("Challenge 2: Inconsistent Outputs");
  });
});
