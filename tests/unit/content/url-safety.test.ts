import { describe, expect, it } from "vitest";
import { browserUrl, linkProblem, resourceProblem, urlScheme } from "../../../src/lib/content/url-safety";

describe("browserUrl and urlScheme", () => {
  it("reads a URL as the browser does: outer spaces and controls dropped, tabs and newlines removed", () => {
    expect(browserUrl("  \u0000java\tscr\nipt:alert(1)\r ")).toBe("javascript:alert(1)");
    expect(urlScheme(" \u001fJaVaScRiPt:alert(1)")).toBe("javascript");
  });

  it("has no scheme for relative URLs, fragments and query strings", () => {
    for (const url of ["../cost-optimization/#response-caching", "#intro", "?q=rag", "/handbook/", "./page:with-colon"]) {
      expect(urlScheme(url)).toBeUndefined();
    }
  });

  it("stays linear on a very long run of spaces", () => {
    const long = `${" ".repeat(200_000)}x${" ".repeat(200_000)}`;
    expect(browserUrl(long)).toBe("x");
  });
});

describe("linkProblem", () => {
  it.each(["https://arxiv.org/", "http://example.org/a?b#c", "mailto:team@example.org", "../cost-optimization/#response-caching", "#intro", "./x/"])(
    "lets %s pass",
    (url) => {
      expect(linkProblem(url)).toBeUndefined();
    },
  );

  it.each([
    ["javascript:alert(1)", "javascript"],
    ["JaVaScRiPt:alert(1)", "javascript"],
    [" javascript:alert(1)", "javascript"],
    ["java\tscript:alert(1)", "javascript"],
    ["java\nscript:alert(1)", "javascript"],
    ["\u0001javascript:alert(1)", "javascript"],
    ["data:text/html;base64,PHNjcmlwdD4=", "data"],
    ["DATA:text/html,x", "data"],
    ["vbscript:msgbox(1)", "vbscript"],
    ["file:///etc/passwd", "file"],
    ["blob:https://example.org/x", "blob"],
    ["tel:+123", "tel"],
  ])("refuses %j, naming the %s: scheme and what to write", (url, scheme) => {
    expect(linkProblem(url)).toMatch(new RegExp(`uses the ${scheme}: scheme, which content may not use; expected an http or https address, a mailto: address or a relative link`));
  });

  it("refuses a malformed address instead of failing later with a bare TypeError", () => {
    expect(linkProblem("https://exa mple.org/")).toMatch(/is not a valid URL/);
    expect(linkProblem("http://[::1/")).toMatch(/is not a valid URL/);
    expect(linkProblem("https:example.org")).toMatch(/has no host/);
    expect(linkProblem("   ")).toMatch(/is empty/);
  });
});

describe("resourceProblem", () => {
  it("lets a relative path on this site pass", () => {
    expect(resourceProblem("./diagram.png")).toBeUndefined();
    expect(resourceProblem("../images/diagram.png")).toBeUndefined();
  });

  it.each(["https://evil.example/x.png", "http://evil.example/x.png", "//evil.example/x.png", "\\\\evil.example/x.png", "/\\evil.example/x.png", " HTTPS://evil.example/x.png"])(
    "refuses %s, which loads from another site",
    (url) => {
      expect(resourceProblem(url)).toMatch(/would load from another site; a page may only load files of this site/);
    },
  );

  it("refuses data: and javascript: sources", () => {
    expect(resourceProblem("data:image/svg+xml,<svg onload=alert(1)>")).toMatch(/would load from a data: address/);
    expect(resourceProblem("java\tscript:alert(1)", "<img> source")).toMatch(/^<img> source "java\\tscript:alert\(1\)" would load from a javascript: address/);
  });
});
