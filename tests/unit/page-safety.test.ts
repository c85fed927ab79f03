import { describe, expect, it } from "vitest";
import { cspHash } from "../../src/lib/csp";
import { inlineCodeOf, pageSafetyProblems } from "../../src/lib/page-safety";

const own = "setTheme()";
const options = {
  allowed: { scripts: new Set([cspHash(own)]), styles: new Set<string>() },
  hash: cspHash,
  siteOrigin: "https://example.org",
};
const page = (body: string, head = "") =>
  `<!doctype html><html><head>${head}<script>${own}</script></head><body>${body}</body></html>`;
const problems = (body: string, head = "") => pageSafetyProblems(page(body, head), options);

describe("inlineCodeOf", () => {
  it("finds inline scripts that run and inline styles, and skips external scripts, data blocks and text", () => {
    const html =
      `<script>a()</script><script type="module">b()</script><script type="module" src="/c.js"></script>` +
      `<script type="application/ld+json">{"@type":"QAPage"}</script><script type="speculationrules">{}</script>` +
      `<style>p{color:red}</style><meta content="<script>x()</script>"><pre><code>&lt;script&gt;y()&lt;/script&gt;</code></pre>`;
    expect(inlineCodeOf(html)).toEqual({ scripts: ["a()", "b()", "{}"], styles: ["p{color:red}"] });
  });
});

describe("pageSafetyProblems", () => {
  it("passes a page whose only inline script is the site's own", () => {
    expect(
      problems(
        '<main id="main"><a href="https://arxiv.org/">paper</a><img src="/og/x.png" alt=""><a href="mailto:a@b.org">mail</a></main>',
      ),
    ).toEqual([]);
  });

  it("reports an inline script the policy does not list, whatever its type spelling", () => {
    expect(problems("<script>alert(1)</script>")).toEqual([
      'an inline script that is not one of the site\'s own runs here: "alert(1)"',
    ]);
    expect(problems('<script type="TEXT/JAVASCRIPT ">alert(2)</script>')).toHaveLength(1);
    expect(problems("<svg><script>alert(3)</script></svg>")).toHaveLength(1);
    expect(problems('<script type="application/ld+json">{"a":1}</script>')).toEqual([]);
  });

  it("reports handlers, style attributes, embeds and <base>", () => {
    expect(
      problems(
        '<img src="/a.png" alt="" onerror="alert(1)"><p style="color:red">x</p><iframe src="/x/"></iframe><object data="/y"></object><embed src="/z"><base href="/evil/">',
      ),
    ).toEqual([
      '<img> has an event-handler attribute "onerror"; the site runs only its own scripts',
      '<p> "x" has a style attribute; the policy refuses inline styles',
      "<iframe> embeds another page or plugin; the site embeds nothing",
      "<object> embeds another page or plugin; the site embeds nothing",
      "<embed> embeds another page or plugin; the site embeds nothing",
      "<base> changes where every link of the page points; the site sets none",
    ]);
  });

  it("reports resources from another origin, and allows the site's own origin", () => {
    expect(
      problems(
        '<img src="https://evil.example/p.png" alt=""><img srcset="/a.png 1x, //evil.example/b.png 2x" alt=""><img src="https://example.org/og/x.png" alt="">',
        '<link rel="stylesheet" href="https://cdn.example/x.css"><link rel="canonical" href="https://other.example/">',
      ),
    ).toEqual([
      '<link> loads "https://cdn.example/x.css" from another origin; everything a page loads must be the site\'s own',
      '<img> loads "https://evil.example/p.png" from another origin; everything a page loads must be the site\'s own',
      '<img> loads "//evil.example/b.png" from another origin; everything a page loads must be the site\'s own',
    ]);
  });

  it.each([
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "java&#x09;script:alert(1)",
    "data:text/html,x",
    "vbscript:x",
  ])("reports the link %j", (href) => {
    expect(problems(`<a href="${href}">x</a>`)).toEqual([
      expect.stringMatching(/^<a> "x": link .* uses the [a-z]+: scheme/),
    ]);
  });

  it("reports a refresh to a javascript: address and a form posting to one", () => {
    expect(
      problems(
        '<form action="javascript:alert(1)"></form>',
        '<meta http-equiv="refresh" content="0; url=javascript:alert(1)">',
      ),
    ).toEqual([
      '<meta http-equiv="refresh"> sends the reader to "javascript:alert(1)", which is not an http(s) or relative address',
      expect.stringMatching(/^<form>: link "javascript:alert\(1\)" uses the javascript: scheme/),
    ]);
  });

  it("names both elements of a duplicate id", () => {
    expect(problems('<main id="main"><h2 id="main">Main points</h2></main>')).toEqual([
      'id "main" is used twice: by <main> "Main points" and by <h2> "Main points"',
    ]);
  });
});
