import { describe, expect, it } from "vitest";
import { isSitemapPage, robotsTxt } from "../../src/lib/sitemap";

describe("isSitemapPage", () => {
  it("lists the home page, questions, topics, the further pages of long lists and other public pages", () => {
    for (const path of [
      "",
      "/",
      "page/2/",
      "questions/cost-optimization/",
      "topics/",
      "topics/rag/",
      "topics/rag/page/2/",
      "search/",
    ])
      expect(isSitemapPage(path)).toBe(true);
  });

  it("leaves out the 404, the offline page, the short links and files", () => {
    for (const path of [
      "404/",
      "404.html",
      "offline/",
      "q/1/",
      "q/8/",
      "og/home.png",
      "questions/x.md",
      "llms.txt",
      "robots.txt",
    ]) {
      expect(isSitemapPage(path)).toBe(false);
    }
  });
});

describe("robotsTxt", () => {
  it("allows everything and names the sitemap", () => {
    expect(robotsTxt("https://example.org/h/sitemap.xml")).toBe(
      "User-agent: *\nAllow: /\n\nSitemap: https://example.org/h/sitemap.xml\n",
    );
  });

  it("refuses a relative sitemap URL", () => {
    expect(() => robotsTxt("sitemap.xml")).toThrow(/must be absolute/);
  });
});
