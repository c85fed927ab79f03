// What a base path can break, checked on whatever build is served (at `/` and, in `npm test`, a second build
// under `/handbook/` with another site URL): every URL written into any built file, and every request a page
// makes in the browser, stays under the base path and reaches a file that is there. The flows that build URLs
// at run time (search, highlight, short links, sharing, the practice list) carry the @base-path tag and run
// against the sub-path build too.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join, relative, sep } from "node:path";
import { builtBase, builtPages, builtSiteDir } from "../helpers/site-pages.mjs";
import { expect, test } from "./fixtures.ts";

const dir = builtSiteDir();
const base = builtBase(dir);
const pages = builtPages(dir);

/** The site's public origin and root, read from the home page's canonical link. */
const canonical = /<link rel="canonical" href="([^"]+)"/.exec(readFileSync(join(dir, "index.html"), "utf8"))?.[1];
if (!canonical)
  throw new Error(`${join(dir, "index.html")} has no <link rel="canonical">: cannot tell the site's public URL`);
const publicRoot = new URL(base, canonical).href;

/** Text files that may name URLs of the site (hashed JS and CSS are checked by loading pages instead). */
const TEXT_FILES = new Set([".html", ".xml", ".txt", ".md", ".json", ".webmanifest"]);
/** Attributes that hold a URL (`content` only on the meta tags that carry one). */
const URL_ATTRIBUTE = /\s(href|src|srcset|action|poster|data-[\w-]*(?:url|src|href))="([^"]*)"/g;
const META_URL = /<meta\s[^>]*(?:property|name)="(?:og:url|og:image|twitter:image)"[^>]*content="([^"]*)"/g;
const REFRESH_URL = /<meta\s[^>]*http-equiv="refresh"[^>]*content="\d+;\s*url=([^"]*)"/g;
const ABSOLUTE_URL = /https?:\/\/[^\s"'<>()\]`]+/g;

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = join(folder, name);
    if (statSync(full).isDirectory()) return name === "_astro" || name === "pagefind" ? [] : filesUnder(full);
    return TEXT_FILES.has(extname(name)) ? [full] : [];
  });
}

const decode = (text: string) =>
  text
    .replace(/&amp;/g, "&")
    .replace(/&#x2F;/gi, "/")
    .replace(/&quot;/g, '"');

/** Public URL a built file is served at: `dist/questions/x/index.html` -> `https://example.org/handbook/questions/x/`. */
function publicUrlOf(file: string): string {
  const rel = relative(dir, file).split(sep).join("/");
  return new URL(rel.endsWith("index.html") ? rel.slice(0, -"index.html".length) : rel, publicRoot).href;
}

/** Every URL of the site named in a file, absolute on the public origin, with where it was found. */
function siteUrlsIn(file: string): { url: string; found: string }[] {
  const text = readFileSync(file, "utf8");
  const from = publicUrlOf(file);
  const raw: string[] = [];
  if (file.endsWith(".html")) {
    for (const m of text.matchAll(URL_ATTRIBUTE)) {
      const value = decode(m[2] ?? "");
      raw.push(...(m[1] === "srcset" ? value.split(",").map((part) => part.trim().split(/\s+/)[0] ?? "") : [value]));
    }
    for (const m of text.matchAll(META_URL)) raw.push(decode(m[1] ?? ""));
    for (const m of text.matchAll(REFRESH_URL)) raw.push(decode(m[1] ?? ""));
  } else {
    raw.push(...(text.match(ABSOLUTE_URL) ?? []));
  }
  const origin = new URL(publicRoot).origin;
  return raw
    .filter((value) => value !== "" && !/^(mailto:|tel:|data:|javascript:|#)/i.test(value))
    .map((value) => new URL(value, from))
    .filter((url) => url.origin === origin)
    .map((url) => {
      url.hash = "";
      return { url: url.href, found: relative(dir, file) };
    });
}

test.describe("under the base path", { tag: "@base-path" }, () => {
  test("every URL of the site in every built page and data file stays under the base path and is served", async ({
    site,
    request,
  }) => {
    const found = new Map<string, string>();
    for (const file of filesUnder(dir))
      for (const { url, found: where } of siteUrlsIn(file)) if (!found.has(url)) found.set(url, where);
    expect(found.size, "URLs found in the build").toBeGreaterThan(pages.length);
    const problems: string[] = [];
    for (const [url, where] of found) {
      if (!url.startsWith(publicRoot)) {
        problems.push(`${where}: ${url} is outside the base path ${base}`);
        continue;
      }
      const local = site.url(url.slice(publicRoot.length));
      const status = (await request.get(local, { maxRedirects: 0 })).status();
      if (status !== 200) problems.push(`${where}: ${url} answers ${status}`);
    }
    expect(problems).toEqual([]);
  });

  test("every page loads only files under the base path, each one is there, and every widget is defined", async ({
    site,
    page,
  }) => {
    const problems: string[] = [];
    const root = new URL(site.baseURL);
    page.on("response", (response) => {
      const url = new URL(response.url());
      if (url.origin !== root.origin) return; // the lockdown fixture fails any other origin
      if (!url.pathname.startsWith(root.pathname))
        problems.push(`${page.url()}: requested ${url.pathname}, outside ${root.pathname}`);
      const isNotFoundPage = response.request().isNavigationRequest() && url.pathname.endsWith("/404.html");
      if (response.status() >= 400 && !isNotFoundPage)
        problems.push(`${page.url()}: ${url.pathname} answered ${response.status()}`);
    });
    for (const { path, file } of pages) {
      const refresh = [...readFileSync(file, "utf8").matchAll(REFRESH_URL)][0]?.[1];
      if (refresh === undefined) {
        await site.goto(path, { waitUntil: "load" });
        // Module scripts have run by the load event: every widget on the page must have its element defined
        // (a component whose code no entry imports would sit there inert).
        const undefinedElements = await page.evaluate(() => [
          ...new Set([...document.querySelectorAll(":not(:defined)")].map((el) => el.localName)),
        ]);
        if (undefinedElements.length > 0)
          problems.push(`/${path}: ${undefinedElements.map((n) => `<${n}>`).join(", ")} never defined`);
        continue;
      }
      // A short link sends the reader on at once: follow it and let the question page load.
      const target = new URL(decode(refresh), site.url(path)).href;
      await site.goto(path, { waitUntil: "commit" });
      await page.waitForURL((url) => url.href.split("#")[0] === target, { waitUntil: "load" });
    }
    expect(problems).toEqual([]);
  });
});
