import { describe, expect, it } from "vitest";
import { buildSeoTags } from "../../src/lib/seo";
import type { HeadTag, SeoInput } from "../../src/lib/seo";

const input: SeoInput = {
  siteName: "GenAI Interview Handbook",
  title: "How do you optimize costs?",
  description: "Practical levers for cutting LLM spend.",
  canonical: "https://example.org/h/questions/cost-optimization/",
  type: "article",
  image: {
    url: "https://example.org/h/og/questions/cost-optimization.png",
    width: 1200,
    height: 630,
    alt: "Preview card",
  },
  article: { modifiedTime: "2026-11-29", tags: ["Caching", "Cost Optimization"] },
};

const content = (tags: HeadTag[], key: string) =>
  tags
    .filter((t) => ("name" in t.attrs && t.attrs.name === key) || ("property" in t.attrs && t.attrs.property === key))
    .map((t) => ("content" in t.attrs ? t.attrs.content : ""));

describe("buildSeoTags", () => {
  it("gives a page everything a link preview needs", () => {
    const tags = buildSeoTags(input);
    expect(content(tags, "description")).toEqual(["Practical levers for cutting LLM spend."]);
    expect(tags).toContainEqual({
      tag: "link",
      attrs: { rel: "canonical", href: "https://example.org/h/questions/cost-optimization/" },
    });
    expect(content(tags, "og:title")).toEqual(["How do you optimize costs?"]);
    expect(content(tags, "og:description")).toEqual(["Practical levers for cutting LLM spend."]);
    expect(content(tags, "og:url")).toEqual(["https://example.org/h/questions/cost-optimization/"]);
    expect(content(tags, "og:type")).toEqual(["article"]);
    expect(content(tags, "og:site_name")).toEqual(["GenAI Interview Handbook"]);
    expect(content(tags, "og:image")).toEqual(["https://example.org/h/og/questions/cost-optimization.png"]);
    expect(content(tags, "og:image:width")).toEqual(["1200"]);
    expect(content(tags, "og:image:height")).toEqual(["630"]);
    expect(content(tags, "og:image:alt")).toEqual(["Preview card"]);
    expect(content(tags, "og:image:type")).toEqual(["image/png"]);
    expect(content(tags, "twitter:card")).toEqual(["summary_large_image"]);
  });

  it("adds article facts only to articles", () => {
    expect(content(buildSeoTags(input), "article:modified_time")).toEqual(["2026-11-29"]);
    expect(content(buildSeoTags(input), "article:tag")).toEqual(["Caching", "Cost Optimization"]);
    expect(content(buildSeoTags({ ...input, type: "website" }), "article:tag")).toEqual([]);
  });

  it("leaves out the canonical URL and asks not to be indexed for a page served at any address", () => {
    const tags = buildSeoTags({ ...input, canonical: undefined, noindex: true });
    expect(tags.some((t) => t.tag === "link")).toBe(false);
    expect(content(tags, "og:url")).toEqual([]);
    expect(content(tags, "robots")).toEqual(["noindex"]);
  });

  it("collapses white space in texts", () => {
    expect(content(buildSeoTags({ ...input, description: "  Two\n   lines " }), "og:description")).toEqual([
      "Two lines",
    ]);
  });

  it("refuses relative URLs, empty texts and odd image sizes", () => {
    expect(() => buildSeoTags({ ...input, canonical: "/questions/x/" })).toThrow(
      'seo: canonical must be an absolute URL (got "/questions/x/")',
    );
    expect(() => buildSeoTags({ ...input, image: { ...input.image, url: "og/home.png" } })).toThrow(
      /image url must be an absolute URL/,
    );
    expect(() => buildSeoTags({ ...input, description: " " })).toThrow("seo: description is empty");
    expect(() => buildSeoTags({ ...input, image: { ...input.image, width: 0 } })).toThrow(/whole numbers of pixels/);
  });
});
