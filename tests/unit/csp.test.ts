import { describe, expect, it } from "vitest";
import {
  allowedHashes,
  cspHash,
  cspOfHtml,
  cspProblems,
  effectiveSources,
  fitHashes,
  hoistCspMeta,
  parseCsp,
} from "../../src/lib/csp";

const META = `<meta http-equiv="content-security-policy" content="script-src 'self' 'sha256-abc='">`;

describe("hoistCspMeta", () => {
  it("moves the policy from the end of the head to just after the charset", () => {
    const html = `<html><head><meta charset="utf-8"><title>T</title><script>x()</script>${META}<link rel="stylesheet" href="/a.css"></head><body></body></html>`;
    expect(hoistCspMeta(html)).toBe(
      `<html><head><meta charset="utf-8">${META}<title>T</title><script>x()</script><link rel="stylesheet" href="/a.css"></head><body></body></html>`,
    );
  });

  it("moves it to the start of the head when there is no charset meta", () => {
    const html = `<head lang="en"><script>x()</script>${META}</head>`;
    expect(hoistCspMeta(html)).toBe(`<head lang="en">${META}<script>x()</script></head>`);
  });

  it("leaves a page without a policy unchanged", () => {
    const html = `<head><meta charset="utf-8"><script>x()</script></head>`;
    expect(hoistCspMeta(html)).toBe(html);
  });

  it("leaves a policy that is already first where it is", () => {
    const html = `<head><meta charset="utf-8">${META}<script>x()</script></head>`;
    expect(hoistCspMeta(html)).toBe(html);
  });
});

describe("cspOfHtml", () => {
  it("reads the policy text and decodes entities", () => {
    expect(cspOfHtml(`<meta http-equiv="content-security-policy" content="script-src &#39;self&#39;">`)).toBe(
      "script-src 'self'",
    );
  });

  it("is undefined for a page without a policy", () => {
    expect(cspOfHtml(`<meta charset="utf-8">`)).toBeUndefined();
  });
});

describe("parseCsp and effectiveSources", () => {
  it("splits directives and keeps the first of a repeated one", () => {
    const parsed = parseCsp("default-src 'none'; script-src 'self';script-src *; img-src 'self' ;");
    expect([...parsed.keys()]).toEqual(["default-src", "script-src", "img-src"]);
    expect(parsed.get("script-src")).toEqual(["'self'"]);
  });

  it("falls back from element directives to script-src and then default-src", () => {
    const parsed = parseCsp("default-src 'none'; script-src 'self'");
    expect(effectiveSources(parsed, "script-src-elem")).toEqual(["'self'"]);
    expect(effectiveSources(parsed, "font-src")).toEqual(["'none'"]);
  });
});

describe("cspProblems", () => {
  const strict =
    "default-src 'none'; base-uri 'self'; object-src 'none'; worker-src 'self'; " +
    "script-src 'self' 'wasm-unsafe-eval' 'sha256-AbC+/='; style-src 'self' 'sha256-xyz='";

  it("accepts a same-origin policy with hashes and wasm-unsafe-eval", () => {
    expect(cspProblems(strict)).toEqual([]);
  });

  it("reports unsafe-inline and unsafe-eval for scripts and unsafe-inline for styles", () => {
    const loose = strict
      .replace("'wasm-unsafe-eval'", "'unsafe-eval' 'unsafe-inline'")
      .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");
    expect(cspProblems(loose)).toEqual([
      "script-src allows 'unsafe-eval'",
      "script-src allows 'unsafe-inline'",
      "style-src allows 'unsafe-inline'",
    ]);
  });

  it("reports another origin, a wildcard and blob:, for workers too (search runs without one)", () => {
    const open = `${strict.replace("worker-src 'self'", "worker-src 'self' blob:")}; img-src 'self' https://cdn.example.com *; connect-src blob:`;
    expect(cspProblems(open)).toEqual([
      "worker-src allows blob:, which is not this site",
      "img-src allows https://cdn.example.com, which is not this site",
      "img-src allows *, which is not this site",
      "connect-src allows blob:, which is not this site",
    ]);
  });

  it("reports a policy that leaves scripts, plugins and the base URL open", () => {
    expect(cspProblems("img-src 'self'")).toEqual([
      "no script-src (nor default-src): anything may run",
      "no style-src (nor default-src): anything may run",
      "no object-src",
      "no base-uri",
    ]);
  });
});

describe("cspHash", () => {
  it("is the sha256 source expression of the exact text", () => {
    expect(cspHash("")).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    expect(cspHash("alert(1)")).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
  });
});

describe("allowedHashes", () => {
  it("lists the hash sources for scripts and styles, preferring the -elem directives", () => {
    const policy = `default-src 'none'; script-src 'self' ${cspHash("a()")} 'wasm-unsafe-eval'; style-src 'self'; style-src-elem 'self' ${cspHash("p{}")}`;
    const { scripts, styles } = allowedHashes(policy);
    expect([...scripts]).toEqual([cspHash("a()")]);
    expect([...styles]).toEqual([cspHash("p{}")]);
  });
});

describe("fitHashes", () => {
  it("never adds a hash for inline code the policy lacks: that code stays blocked and is reported", () => {
    const policy = `default-src 'none'; script-src 'self' ${cspHash("b()")}; style-src 'self'`;
    const html = `<head><meta http-equiv="content-security-policy" content="${policy}"><script>alert(1)</script><script type="module">b()</script></head>`;
    const { html: out, removed } = fitHashes(html);
    expect(removed).toEqual([]);
    expect(cspOfHtml(out)).toBe(policy);
  });

  it("drops hashes of code that is not on the page, unless told to keep them", () => {
    const kept = "'sha256-runtime='";
    const policy = `script-src 'self' 'wasm-unsafe-eval' ${cspHash("other()")} ${kept} ${cspHash("a()")};style-src 'self' ${cspHash("q{}")}`;
    const html = `<meta http-equiv="content-security-policy" content="${policy}"><script>a()</script>`;
    const { html: out, removed } = fitHashes(html, new Set([kept]));
    expect(removed).toEqual([cspHash("other()"), cspHash("q{}")]);
    expect(cspOfHtml(out)).toBe(`script-src 'self' 'wasm-unsafe-eval' ${kept} ${cspHash("a()")}; style-src 'self'`);
  });

  it("does not count script text inside an attribute value or a comment as a script of the page", () => {
    const hash = cspHash("alert(1)");
    const html = `<meta http-equiv="content-security-policy" content="script-src 'self' ${hash}"><meta name="description" content="<script>alert(1)</script>"><!-- <script>alert(1)</script> -->`;
    expect(fitHashes(html).removed).toEqual([hash]);
  });

  it("changes nothing when the hashes already fit or the page has no policy", () => {
    const hashed = `<meta http-equiv="content-security-policy" content="script-src ${cspHash("a()")}"><script>a()</script>`;
    expect(fitHashes(hashed)).toEqual({ html: hashed, removed: [] });
    expect(fitHashes("<script>a()</script>")).toEqual({ html: "<script>a()</script>", removed: [] });
  });
});
