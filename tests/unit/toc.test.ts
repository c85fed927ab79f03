import { describe, expect, it } from "vitest";
import { buildToc } from "../../src/lib/toc";

const h = (depth: number, slug: string) => ({ depth, slug, text: slug.toUpperCase() });

describe("buildToc", () => {
  it("nests h3 under the preceding h2", () => {
    const toc = buildToc([h(2, "a"), h(3, "a1"), h(3, "a2"), h(2, "b")]);
    expect(toc.map((i) => i.slug)).toEqual(["a", "b"]);
    expect(toc[0]?.children.map((i) => i.slug)).toEqual(["a1", "a2"]);
    expect(toc[1]?.children).toEqual([]);
  });

  it("leaves out headings deeper than maxDepth", () => {
    const toc = buildToc([h(2, "a"), h(3, "a1"), h(4, "a1x")], { maxDepth: 3 });
    expect(toc[0]?.children[0]?.children).toEqual([]);
  });

  it("includes h4 under its h3 when maxDepth allows", () => {
    const toc = buildToc([h(2, "a"), h(3, "a1"), h(4, "a1x")], { maxDepth: 4 });
    expect(toc[0]?.children[0]?.children.map((i) => i.slug)).toEqual(["a1x"]);
  });

  it("keeps a heading that skips a level under the nearest shallower one", () => {
    const toc = buildToc([h(2, "a"), h(4, "deep")], { maxDepth: 4 });
    expect(toc[0]?.children.map((i) => i.slug)).toEqual(["deep"]);
  });

  it("puts an h3 before any h2 at the top level instead of dropping it", () => {
    const toc = buildToc([h(3, "lead"), h(2, "a")]);
    expect(toc.map((i) => i.slug)).toEqual(["lead", "a"]);
  });

  it("ignores the page title (h1)", () => {
    expect(buildToc([h(1, "title"), h(2, "a")]).map((i) => i.slug)).toEqual(["a"]);
  });

  it("returns an empty list for a page without headings", () => {
    expect(buildToc([])).toEqual([]);
  });
});
