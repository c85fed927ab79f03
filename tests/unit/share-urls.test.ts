import { describe, expect, it } from "vitest";
import { absoluteUrl, markdownPath, previewImagePath, sitePath } from "../../src/lib/share-urls";

describe("absoluteUrl", () => {
  it("puts a site path under the base on the site's origin", () => {
    expect(absoluteUrl("https://example.org", "/handbook/", "questions/x/")).toBe("https://example.org/handbook/questions/x/");
    expect(absoluteUrl(new URL("http://localhost:4321/"), "/", "")).toBe("http://localhost:4321/");
  });

  it("keeps a #hash", () => {
    expect(absoluteUrl("https://example.org", "/h/", "questions/x/#response-caching")).toBe(
      "https://example.org/h/questions/x/#response-caching",
    );
  });

  it("accepts a path that already starts with a slash", () => {
    expect(absoluteUrl("https://example.org", "/", "/questions/x/")).toBe("https://example.org/questions/x/");
  });

  it("uses only the origin of the site, so a path there cannot double the base", () => {
    expect(absoluteUrl("https://example.org/other/", "/h/", "og/home.png")).toBe("https://example.org/h/og/home.png");
  });

  it("fails with a hint when no site is configured", () => {
    expect(() => absoluteUrl(undefined, "/", "x/")).toThrow(/site URL is not configured/);
  });
});

describe("sitePath", () => {
  it("removes the base from a request pathname", () => {
    expect(sitePath("/handbook/", "/handbook/questions/x/")).toBe("questions/x/");
    expect(sitePath("/handbook/", "/handbook/")).toBe("");
    expect(sitePath("/handbook/", "/handbook")).toBe("");
    expect(sitePath("/", "/topics/rag/")).toBe("topics/rag/");
  });

  it("refuses a pathname outside the base", () => {
    expect(() => sitePath("/handbook/", "/questions/x/")).toThrow('"/questions/x/" is not under the base path "/handbook/"');
  });
});

describe("file paths for sharing", () => {
  it("names one preview image per home page, topic list, question and topic", () => {
    expect(previewImagePath({ kind: "home" })).toBe("og/home.png");
    expect(previewImagePath({ kind: "topics" })).toBe("og/topics.png");
    expect(previewImagePath({ kind: "question", id: "cost-optimization" })).toBe("og/questions/cost-optimization.png");
    expect(previewImagePath({ kind: "topic", id: "rag" })).toBe("og/topics/rag.png");
  });

  it("puts a question's Markdown copy next to its page", () => {
    expect(markdownPath("cost-optimization")).toBe("questions/cost-optimization.md");
  });
});
