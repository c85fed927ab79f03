import { describe, expect, it } from "vitest";
import { isSitemapPage, robotsTxt, sitemapXml } from "../../src/lib/sitemap";

describe("isSitemapPage", () => {
  it("lists the home page, questions, topics and other public pages", () => {
    for (const path of ["", "/", "questions/cost-optimization/", "topics/", "topics/rag/", "search/"]) expect(isSitemapPage(path)).toBe(true);
  });

  it("leaves out the 404, the offline page, the short links and files", () => {
    for (const path of ["404/", "404.html", "offline/", "q/1/", "q/8/", "og/home.png", "questions/x.md", "llms.txt", "robots.txt"]) {
      expect(isSitemapPage(path)).toBe(false);
    }
  });
});

describe("sitemapXml", () => {
  it("lists each absolute URL once, sorted, escaped", () => {
    expect(sitemapXml(["https://example.org/h/topics/", "https://example.org/h/", "https://example.org/h/?a=1&b=2", "https://example.org/h/"])).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
        "  <url><loc>https://example.org/h/</loc></url>",
        "  <url><loc>https://example.org/h/?a=1&amp;b=2</loc></url>",
        "  <url><loc>https://example.org/h/topics/</loc></url>",
        "</urlset>",
        "",
      ].join("\n"),
    );
  });

  it("refuses a relative URL", () => {
    expect(() => sitemapXml(["/questions/x/"])).toThrow('sitemap: "/questions/x/" is not an absolute URL');
  });
});

describe("robotsTxt", () => {
  it("allows everything and names the sitemap", () => {
    expect(robotsTxt("https://example.org/h/sitemap.xml")).toBe("User-agent: *\nAllow: /\n\nSitemap: https://example.org/h/sitemap.xml\n");
  });

  it("refuses a relative sitemap URL", () => {
    expect(() => robotsTxt("sitemap.xml")).toThrow(/must be absolute/);
  });
});
