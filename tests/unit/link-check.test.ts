import { describe, expect, it } from "vitest";
import { checkLinks, extractLinks, formatLinkProblems, normaliseBase, pageUrl } from "../../src/lib/link-check";

const html = (body: string) => `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`;

/** A small built site: two question pages, a home page, a 404 page, a stylesheet and an icon. */
function site(pages: Record<string, string>) {
  const map = new Map(Object.entries(pages));
  const files = new Set([...map.keys(), "_astro/site.css", "favicon.svg"]);
  return { map, files };
}

const base = {
  "index.html": html(`<a href="/questions/a/">A</a><link rel="stylesheet" href="/_astro/site.css">`),
  "questions/a/index.html": html(`<h2 id="caching">Caching</h2><a href="../b/#routing">routing</a>`),
  "questions/b/index.html": html(`<h2 id="routing">Routing</h2><h3 id="caf\u00e9">Café</h3>`),
  "404.html": html(`<a href="/">Home</a>`),
};

describe("checkLinks", () => {
  it("accepts a site whose links and fragments all resolve", () => {
    const { map, files } = site(base);
    expect(checkLinks(map, files)).toEqual([]);
  });

  it("reports a link to a page that was not built, naming page, link and the file expected", () => {
    const { map, files } = site({ ...base, "questions/a/index.html": html(`<a href="../missing/">x</a>`) });
    expect(checkLinks(map, files)).toEqual([
      {
        page: "/questions/a/",
        link: "../missing/",
        problem: "no page at /questions/missing/ (expected questions/missing/index.html in the build output)",
      },
    ]);
  });

  it("reports a fragment that names no element of the target page", () => {
    const { map, files } = site({ ...base, "questions/a/index.html": html(`<a href="../b/#nope">x</a>`) });
    expect(checkLinks(map, files)).toEqual([
      { page: "/questions/a/", link: "../b/#nope", problem: 'no element with id "nope" on /questions/b/' },
    ]);
  });

  it("checks fragments on the same page", () => {
    const { map, files } = site({
      ...base,
      "questions/b/index.html": html(`<h2 id="routing">R</h2><a href="#routing">ok</a><a href="#gone">x</a>`),
    });
    expect(checkLinks(map, files).map((p) => p.link)).toEqual(["#gone"]);
  });

  it("decodes percent-encoded fragments and entity-encoded ids", () => {
    const { map, files } = site({
      ...base,
      "questions/a/index.html": html(`<a href="../b/#caf%C3%A9">x</a><a href="#l&amp;r">y</a><p id="l&amp;r">z</p>`),
    });
    expect(checkLinks(map, files)).toEqual([]);
  });

  it("accepts a bare #, an empty href, #top and named anchors", () => {
    const { map, files } = site({
      ...base,
      "index.html": html(`<a href="#">t</a><a href="">s</a><a href="#top">u</a><a name="old"></a><a href="#old">v</a>`),
    });
    expect(checkLinks(map, files)).toEqual([]);
  });

  it("ignores external, mailto, tel, data and protocol-relative links", () => {
    const links = `<a href="https://example.org/x/#y">e</a><a href="mailto:a@b.c">m</a><a href="tel:+1">t</a><img src="data:image/png;base64,AA" alt=""><script src="//cdn.example.org/x.js"></script>`;
    const { map, files } = site({ ...base, "index.html": html(links) });
    expect(checkLinks(map, files)).toEqual([]);
  });

  it("finds index.html links, assets and srcset candidates, and reports a missing image", () => {
    const links = `<a href="/questions/a/index.html#caching">a</a><link rel="icon" href="/favicon.svg"><img src="/favicon.svg" srcset="/favicon.svg 1x, /missing.png 2x" alt="">`;
    const { map, files } = site({ ...base, "index.html": html(links) });
    expect(checkLinks(map, files)).toEqual([
      { page: "/", link: "/missing.png", problem: expect.stringMatching(/^no page or file at \/missing\.png/) },
    ]);
  });

  it("reports a page link without its trailing slash when the site requires one", () => {
    const { map, files } = site({ ...base, "index.html": html(`<a href="/questions/a">a</a>`) });
    expect(checkLinks(map, files, { trailingSlash: "always" })).toEqual([
      {
        page: "/",
        link: "/questions/a",
        problem: '/questions/a needs a trailing slash (the site uses trailingSlash: "always")',
      },
    ]);
    expect(checkLinks(map, files, { trailingSlash: "ignore" })).toEqual([]);
  });

  it("resolves links under a base path and reports one that escapes it", () => {
    const pages = {
      "index.html": html(`<a href="/handbook/questions/a/#caching">a</a><a href="/questions/a/">b</a>`),
      "questions/a/index.html": html(`<h2 id="caching">C</h2><a href="../../">home</a>`),
    };
    const { map, files } = site(pages);
    expect(checkLinks(map, files, { base: "/handbook/" })).toEqual([
      {
        page: "/handbook/",
        link: "/questions/a/",
        problem: "/questions/a/ is outside the base path /handbook/, so it does not exist once deployed",
      },
    ]);
  });

  it("reports each broken link once per page, sorted by page then link", () => {
    const { map, files } = site({
      ...base,
      "questions/b/index.html": html(`<a href="#z">1</a><a href="#z">2</a><a href="#a">3</a>`),
      "index.html": html(`<a href="/x/">x</a>`),
    });
    expect(checkLinks(map, files).map((p) => `${p.page} ${p.link}`)).toEqual([
      "/ /x/",
      "/questions/a/ ../b/#routing",
      "/questions/b/ #a",
      "/questions/b/ #z",
    ]);
  });

  it("checks absolute URLs on the site's own origin (canonical, og:url, og:image) and skips other origins", () => {
    const head = (links: string) =>
      `<!doctype html><html><head><title>t</title>${links}</head><body><a href="https://example.net/x">x</a></body></html>`;
    const { map, files } = site({
      "index.html": head(
        `<link rel="canonical" href="https://example.org/handbook/">` +
          `<meta property="og:url" content="https://example.org/questions/a/">` +
          `<meta property="og:image" content="https://example.org/handbook/og/home.png">` +
          `<meta name="twitter:image" content="https://example.org/handbook/og/missing.png">`,
      ),
    });
    files.add("og/home.png");
    const problems = checkLinks(map, files, { base: "/handbook/", site: "https://example.org" });
    expect(problems.map((p) => p.link)).toEqual([
      "https://example.org/handbook/og/missing.png",
      "https://example.org/questions/a/",
    ]);
    expect(problems[0]?.problem).toContain("og/missing.png");
    expect(problems[1]?.problem).toContain("outside the base path /handbook/");
    // Without the site URL the same absolute links are external and not checked.
    expect(checkLinks(map, files, { base: "/handbook/" })).toEqual([]);
  });

  it("reads links in <template> content and meta refresh redirects", () => {
    const { map, files } = site({
      ...base,
      "old/index.html": `<!doctype html><meta http-equiv="refresh" content="0;url=/questions/gone/"><template><a href="#t">t</a></template>`,
    });
    expect(checkLinks(map, files).map((p) => p.link)).toEqual(["#t", "/questions/gone/"]);
  });
});

describe("extractLinks", () => {
  it("does not take markup shown as text (inside code or a comment) for links", () => {
    const { links } = extractLinks(
      html(`<code>&lt;a href="#x"&gt;</code><!-- <a href="#y"> --><textarea><a href="#z"></textarea>`),
    );
    expect(links).toEqual([]);
  });

  it("collects ids and the links of a, link, img, script and svg use elements", () => {
    const { links, ids } = extractLinks(
      html(
        `<p id=unquoted>p</p><a href="/a/">a</a><img src="/i.png" alt=""><script src="/s.js"></script><svg><use href="#icon"></use></svg>`,
      ),
    );
    expect([...ids]).toEqual(["unquoted"]);
    expect(links.map((l) => `${l.element}[${l.attribute}]=${l.value}`)).toEqual([
      "a[href]=/a/",
      "img[src]=/i.png",
      "script[src]=/s.js",
      "use[href]=#icon",
    ]);
  });
});

describe("pageUrl and normaliseBase", () => {
  it("serves index.html as its folder and other files as themselves", () => {
    expect(pageUrl("index.html")).toBe("/");
    expect(pageUrl("questions/a/index.html", "/handbook")).toBe("/handbook/questions/a/");
    expect(pageUrl("404.html")).toBe("/404.html");
  });

  it("normalises the base path", () => {
    expect(normaliseBase("")).toBe("/");
    expect(normaliseBase("handbook")).toBe("/handbook/");
    expect(normaliseBase("/handbook/")).toBe("/handbook/");
  });
});

describe("formatLinkProblems", () => {
  it("groups problems by page with the link and what is missing", () => {
    expect(
      formatLinkProblems([
        { page: "/questions/a/", link: "../b/#x", problem: 'no element with id "x" on /questions/b/' },
        { page: "/questions/a/", link: "../c/", problem: "no page at /questions/c/" },
      ]),
    ).toBe(
      [
        "2 broken links on 1 page:",
        "  /questions/a/",
        '    - link "../b/#x": no element with id "x" on /questions/b/',
        '    - link "../c/": no page at /questions/c/',
      ].join("\n"),
    );
  });
});
