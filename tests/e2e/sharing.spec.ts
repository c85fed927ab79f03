// Links that share well: preview tags on every page, preview images, structured data, short links,
// Markdown copies and llms.txt, sitemap and robots.txt, section links and the share controls.
//
// Run against a build made with any SITE_URL and BASE_PATH (the same values in the environment as
// at build time): public URLs are expected on SITE_URL + BASE_PATH, and fetched from the preview
// server by swapping that prefix for the server's.
import { createHash } from "node:crypto";
import { resolveDeployConfig } from "../../src/lib/deploy-config.ts";
import { normalise, plainText, readQuestions } from "../helpers/content.ts";
import { expect, test } from "./fixtures.ts";
import type { Site } from "./fixtures.ts";
import type { APIRequestContext, Page } from "@playwright/test";

declare const process: { env: Record<string, string | undefined> };

const SITE_NAME = "GenAI Interview Handbook";
const questions = readQuestions();
const deploy = resolveDeployConfig(process.env);
/** The site's public root: `https://example.org/handbook/`. */
const publicRoot = `${deploy.site}${deploy.base}`;
const publicUrl = (path: string) => new URL(path.replace(/^\/+/, ""), publicRoot).href;

/** Where a public URL of the site is served by the preview server. */
function local(site: Site, url: string): string {
  expect(url.startsWith(publicRoot), `${url} should be on the public site ${publicRoot}`).toBe(true);
  return site.url(url.slice(publicRoot.length));
}

const decode = (text: string) =>
  text
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

function attributes(tag: string): Record<string, string> {
  return Object.fromEntries(
    [...tag.matchAll(/([a-zA-Z][\w:-]*)="([^"]*)"/g)].map((m) => [m[1] ?? "", decode(m[2] ?? "")]),
  );
}

/** The preview-relevant facts of a page's <head>. */
function headOf(html: string) {
  const head = html.slice(0, html.indexOf("</head>"));
  const metas = [...head.matchAll(/<meta\s[^>]*>/g)].map((m) => attributes(m[0]));
  const links = [...head.matchAll(/<link\s[^>]*>/g)].map((m) => attributes(m[0]));
  const meta = (key: string) =>
    metas
      .filter((m) => m["property"] === key || m["name"] === key || m["http-equiv"] === key)
      .map((m) => m["content"] ?? "");
  return {
    title: decode(/<title>([^<]*)<\/title>/.exec(head)?.[1] ?? ""),
    meta,
    one: (key: string) => {
      const values = meta(key);
      expect(values, `exactly one ${key}`).toHaveLength(1);
      return values[0] ?? "";
    },
    canonical: links.filter((l) => l["rel"] === "canonical").map((l) => l["href"] ?? ""),
    jsonLd: [...head.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
      (m) => JSON.parse(m[1] ?? "null") as unknown,
    ),
  };
}

/** Site paths of the HTML pages a page links to (no files, no fragments, nothing outside the base). */
function pageLinks(site: Site, html: string, from: string): string[] {
  const root = site.baseURL;
  const paths = new Set<string>();
  for (const match of html.matchAll(/<a\s[^>]*href="([^"#][^"]*)"/g)) {
    const url = new URL(decode(match[1] ?? ""), from);
    url.hash = "";
    url.search = "";
    if (!url.href.startsWith(root)) continue;
    const path = url.href.slice(root.length);
    if (path !== "" && !path.endsWith("/")) continue; // .md, .txt, images
    paths.add(path);
  }
  return [...paths];
}

interface CrawledPage {
  path: string;
  html: string;
}

/** Every page reachable from the home page through links, each fetched once. */
async function crawl(site: Site, request: APIRequestContext): Promise<CrawledPage[]> {
  const seen = new Map<string, CrawledPage>();
  const queue = [""];
  while (queue.length > 0 && seen.size < 200) {
    const path = queue.shift() ?? "";
    if (seen.has(path)) continue;
    const response = await request.get(site.url(path));
    expect(response.status(), `GET ${site.url(path)}`).toBe(200);
    const html = await response.text();
    seen.set(path, { path, html });
    for (const next of pageLinks(site, html, site.url(path))) if (!seen.has(next)) queue.push(next);
  }
  return [...seen.values()];
}

function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)], "PNG signature").toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString("latin1"), "first chunk is IHDR").toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test.describe("link previews", { tag: "@base-path" }, () => {
  let pages: CrawledPage[] = [];

  test.beforeAll(async ({ playwright, baseURL }) => {
    const request = await playwright.request.newContext();
    const root = new URL(baseURL ?? "http://127.0.0.1:4321/");
    const site: Site = {
      baseURL: root.href,
      url: (path = "") => new URL(path.replace(/^\/+/, ""), root).href,
      path: (path = "") => new URL(path.replace(/^\/+/, ""), root).pathname,
      goto: async () => null,
    };
    pages = await crawl(site, request);
    await request.dispose();
  });

  test("the crawl from the home page reaches the home page, every question and the topic and search pages", () => {
    const paths = pages.map((p) => p.path);
    expect(paths).toContain("");
    for (const q of questions) expect(paths).toContain(`questions/${q.slug}/`);
    for (const optional of ["topics/", "search/"]) {
      if (pages.some((p) => p.html.includes(`href="${new URL(optional, publicRoot).pathname}"`)))
        expect(paths).toContain(optional);
    }
  });

  test("every page has a description, a canonical URL, Open Graph and a large Twitter card, all absolute", () => {
    for (const { path, html } of pages) {
      const head = headOf(html);
      const where = `page /${path}`;
      expect(head.title, where).not.toBe("");
      expect(head.one("description").length, `${where}: description`).toBeGreaterThan(30);
      expect(head.canonical, `${where}: canonical`).toEqual([publicUrl(path)]);
      expect(head.one("og:url"), where).toBe(publicUrl(path));
      expect(head.one("og:title").length, where).toBeGreaterThan(2);
      expect(head.one("og:description"), where).toBe(head.one("description"));
      expect(["website", "article"], where).toContain(head.one("og:type"));
      expect(head.one("og:site_name"), where).toBe(SITE_NAME);
      expect(head.one("og:image"), where).toMatch(
        new RegExp(`^${publicRoot.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}og/.+\\.png$`),
      );
      expect(head.one("og:image:width"), where).toBe("1200");
      expect(head.one("og:image:height"), where).toBe("630");
      expect(head.one("og:image:alt").length, where).toBeGreaterThan(20);
      expect(head.one("twitter:card"), where).toBe("summary_large_image");
    }
  });

  test("questions, topics and the home page each get their own preview image", () => {
    const imageOf = (path: string) => headOf(pages.find((p) => p.path === path)?.html ?? "").one("og:image");
    expect(imageOf("")).toBe(publicUrl("og/home.png"));
    for (const q of questions) {
      const head = headOf(pages.find((p) => p.path === `questions/${q.slug}/`)?.html ?? "");
      expect(head.one("og:image")).toBe(publicUrl(`og/questions/${q.slug}.png`));
      expect(head.one("og:type")).toBe("article");
      expect(head.one("og:title")).toBe(q.title);
      expect(head.one("og:image:alt")).toContain(q.title);
    }
    if (pages.some((p) => p.path === "topics/")) expect(imageOf("topics/")).toBe(publicUrl("og/topics.png"));
    for (const topic of pages.filter((p) => /^topics\/[^/]+\/$/.test(p.path))) {
      expect(imageOf(topic.path)).toBe(publicUrl(`og/${topic.path.replace(/\/$/, "")}.png`));
    }
  });

  test("preview images are 1200x630 PNGs, and no two questions share one", async ({ site, request }) => {
    const images = [...new Set(pages.map((p) => headOf(p.html).one("og:image")))];
    const hashes = new Map<string, string>();
    for (const image of images) {
      const response = await request.get(local(site, image));
      expect(response.status(), image).toBe(200);
      expect(response.headers()["content-type"]).toContain("image/png");
      const bytes = await response.body();
      expect(pngSize(bytes), image).toEqual({ width: 1200, height: 630 });
      expect(bytes.length, `${image} is a real picture`).toBeGreaterThan(15_000);
      hashes.set(image, createHash("sha256").update(bytes).digest("hex"));
    }
    const questionHashes = questions.map((q) => hashes.get(publicUrl(`og/questions/${q.slug}.png`)));
    expect(questionHashes.every(Boolean)).toBe(true);
    expect(new Set(questionHashes).size).toBe(questions.length);
    expect(new Set(hashes.values()).size, "every page type's image differs").toBe(hashes.size);
  });

  test("question pages carry one QAPage with the question and its accepted answer", () => {
    for (const q of questions) {
      const head = headOf(pages.find((p) => p.path === `questions/${q.slug}/`)?.html ?? "");
      expect(head.jsonLd, q.slug).toHaveLength(1);
      const data = head.jsonLd[0] as {
        "@context": string;
        "@type": string;
        mainEntity: {
          "@type": string;
          name: string;
          answerCount: number;
          acceptedAnswer: { "@type": string; text: string; url: string };
        };
      };
      expect(data["@context"]).toBe("https://schema.org");
      expect(data["@type"]).toBe("QAPage");
      expect(data.mainEntity["@type"]).toBe("Question");
      expect(data.mainEntity.name).toBe(q.title);
      expect(data.mainEntity.answerCount).toBe(1);
      expect(data.mainEntity.acceptedAnswer["@type"]).toBe("Answer");
      expect(data.mainEntity.acceptedAnswer.url).toBe(publicUrl(`questions/${q.slug}/`));
      const answer = normalise(data.mainEntity.acceptedAnswer.text);
      for (const block of q.codeBlocks) expect(answer).toContain(normalise(block.code).slice(0, 80));
      for (const item of q.listItems) expect(answer).toContain(normalise(item));
    }
  });

  test("the 404 page keeps out of search results and names no canonical URL", async ({ site, request }) => {
    const response = await request.get(site.url("no-such-page-sharing/"));
    expect(response.status()).toBe(404);
    const head = headOf(await response.text());
    expect(head.meta("robots")).toEqual(["noindex"]);
    expect(head.canonical).toEqual([]);
    expect(head.one("og:image")).toBe(publicUrl("og/home.png"));
  });

  test("the sitemap lists every crawled page by its public URL, without the 404 or short links", async ({
    site,
    request,
  }) => {
    const robots = await (await request.get(site.url("robots.txt"))).text();
    expect(robots).toContain(`Sitemap: ${publicUrl("sitemap-index.xml")}`);
    const index = await (await request.get(site.url("sitemap-index.xml"))).text();
    const parts = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => decode(m[1] ?? ""));
    expect(parts.length, "sitemaps named by the index").toBeGreaterThan(0);
    let xml = "";
    for (const part of parts) xml += await (await request.get(local(site, part))).text();
    const listed = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => decode(m[1] ?? ""));
    expect(listed.every((url) => url.startsWith(publicRoot))).toBe(true);
    expect(listed.some((url) => /\/q\/\d+\/$|404/.test(url))).toBe(false);
    expect(new Set(listed)).toEqual(new Set(pages.map((p) => publicUrl(p.path))));
    for (const url of listed) expect((await request.get(local(site, url))).status(), url).toBe(200);
  });
});

test.describe("short links", { tag: "@base-path" }, () => {
  for (const q of questions) {
    test(`/q/${q.order}/ opens "${q.slug}"`, async ({ site, page, request }) => {
      const html = await (await request.get(site.url(`q/${q.order}/`))).text();
      const head = headOf(html);
      expect(head.canonical).toEqual([publicUrl(`questions/${q.slug}/`)]);
      expect(head.one("refresh")).toBe("0; url=" + site.path(`questions/${q.slug}/`));
      expect(html).toContain(`href="${site.path(`questions/${q.slug}/`)}"`);
      expect(head.one("og:image")).toBe(publicUrl(`og/questions/${q.slug}.png`));
      // It leaves at once: no manifest and no service worker registration, whose fetch it would cut short.
      expect(html).not.toMatch(/rel="manifest"|OfflineHead/);

      await site.goto(`q/${q.order}/`);
      await page.waitForURL(site.url(`questions/${q.slug}/`));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(q.title);
    });
  }
});

test("a short link carries a #section on to the question", { tag: "@base-path" }, async ({ site, page }) => {
  const q = questions.find((x) => x.slug === "cost-optimization");
  if (!q) throw new Error("no cost-optimization question");
  await site.goto(`q/${q.order}/#response-caching`);
  await page.waitForURL(site.url(`questions/${q.slug}/#response-caching`));
  await expect(page.locator("#response-caching")).toBeInViewport();
});

test.describe("Markdown copies and llms.txt", { tag: "@base-path" }, () => {
  /** A line of Markdown reduced to its words, as `plainText` reduces the MDX source. */
  const words = (markdown: string) => normalise(plainText(markdown));

  for (const q of questions) {
    test(`/questions/${q.slug}.md holds the whole answer as clean Markdown`, async ({ site, request }) => {
      const response = await request.get(site.url(`questions/${q.slug}.md`));
      expect(response.status()).toBe(200);
      expect(response.headers()["content-type"]).toMatch(/^text\/markdown/);
      const md = await response.text();
      expect(md.startsWith(`# ${q.title}\n`)).toBe(true);
      expect(md).toContain(`Source: ${publicUrl(`questions/${q.slug}/`)}`);
      for (const block of q.codeBlocks) expect(md).toContain("```" + block.lang + "\n" + block.code + "\n```");
      const prose = q.body.replace(/^```[\s\S]*?^```$/gm, "");
      const mdWords = words(
        md
          .replace(/^```[\s\S]*?^```$/gm, "")
          .split("\n")
          .map(plainText)
          .join("\n"),
      );
      for (const line of prose.split("\n").filter((l) => l.trim() !== "")) expect(mdWords).toContain(words(line));
      expect(md).not.toMatch(/<(Placeholder|AdaptNote)\b|\{\s*#[\w-]+\s*\}|\]\(\.\.?\//);
      for (const [, href] of md.matchAll(/\]\(([^)]+)\)/g)) expect(href).toMatch(/^https?:\/\//);
    });
  }

  test("/llms.txt lists every question with its Markdown URL, and each URL answers", async ({ site, request }) => {
    const response = await request.get(site.url("llms.txt"));
    expect(response.status()).toBe(200);
    const text = await response.text();
    const lines = text.split("\n");
    expect(lines[0]).toBe(`# ${SITE_NAME}`);
    expect(lines.find((l) => l.startsWith("> "))).toBeTruthy();
    expect(text).toContain("\n## Questions\n");
    for (const q of questions) {
      const url = publicUrl(`questions/${q.slug}.md`);
      expect(text).toContain(`](${url}): `);
      expect((await request.get(local(site, url))).status(), url).toBe(200);
    }
  });

  test("/llms-full.txt holds every question's full Markdown", async ({ site, request }) => {
    const full = await (await request.get(site.url("llms-full.txt"))).text();
    for (const q of questions) {
      const md = await (await request.get(site.url(`questions/${q.slug}.md`))).text();
      expect(full).toContain(md.trim());
    }
  });
});

test.describe("section links and sharing", () => {
  const q = questions.find((x) => x.slug === "cost-optimization") ?? questions[0];
  if (!q) throw new Error("no questions");

  test(
    "copy link copies the exact address of the section and says so",
    { tag: "@base-path" },
    async ({ site, page }) => {
      await site.goto(`questions/${q.slug}/`);
      const heading = page.locator("site-heading").filter({ has: page.locator("#response-caching") });
      await heading.hover();
      const button = heading.getByRole("button", { name: "Copy link to section: Response Caching" });
      await expect(button).toBeVisible();
      await button.click();
      await expect
        .poll(() => page.evaluate(() => navigator.clipboard.readText()))
        .toBe(site.url(`questions/${q.slug}/#response-caching`));
      await expect(heading.getByRole("status")).toHaveText("Link to section “Response Caching” copied");
      await expect(button).toContainText("Link copied");
    },
  );

  for (const width of [390, 1280]) {
    test(`section headings keep their size when the copy buttons start (${width}px)`, async ({ site, page }) => {
      await page.setViewportSize({ width, height: 844 });
      const sizes = (on: Page) =>
        on
          .locator("site-heading")
          .evaluateAll((els) =>
            els.map((el) => `${el.querySelector("[id]")?.id} ${el.getBoundingClientRect().height}`),
          );
      // First as painted before the headings' script runs (its element never defined), then with it running.
      const context = page.context();
      const early = await context.newPage();
      await early.setViewportSize({ width, height: 844 });
      await early.addInitScript(() => {
        const define = customElements.define.bind(customElements);
        customElements.define = (name, constructor, options) =>
          name === "site-heading" ? undefined : define(name, constructor, options);
      });
      await early.goto(site.url(`questions/${q.slug}/`));
      await expect(early.locator("site-heading:defined")).toHaveCount(0);
      const before = await sizes(early);
      await early.close();
      await site.goto(`questions/${q.slug}/`);
      await expect(page.locator("site-heading:not(:defined)")).toHaveCount(0);
      expect(before.length).toBeGreaterThan(8);
      expect(await sizes(page)).toEqual(before);
    });
  }

  test("the copy button shows on keyboard focus", async ({ site, page }) => {
    await site.goto(`questions/${q.slug}/`);
    const heading = page.locator("site-heading").first();
    await heading.locator(".heading__anchor").focus();
    await page.keyboard.press("Tab");
    await expect(heading.locator(".heading__copy")).toBeFocused();
    await expect(heading.locator(".heading__copy")).toHaveCSS("opacity", "1");
  });

  test(
    "a copied section link opened in a fresh browser lands on the heading below the header and marks it",
    { tag: "@base-path" },
    async ({ site, browser }) => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.goto(site.url(`questions/${q.slug}/#response-caching`));
      const heading = page.locator("#response-caching");
      await expect(heading).toBeInViewport();
      const headerBottom = (await page.locator(".site-header").boundingBox())?.height ?? 0;
      await expect.poll(async () => (await heading.boundingBox())?.y ?? -1).toBeGreaterThanOrEqual(headerBottom - 1);
      const row = page.locator("site-heading").filter({ has: heading });
      expect(await row.evaluate((el) => getComputedStyle(el).animationName)).toBe("site-heading-target");
      await context.close();
    },
  );

  test("with reduced motion the landed-on heading is marked without animation", async ({ site, browser }) => {
    const context = await browser.newContext({ reducedMotion: "reduce" });
    const page = await context.newPage();
    await page.goto(site.url(`questions/${q.slug}/#response-caching`));
    const row = page.locator("site-heading").filter({ has: page.locator("#response-caching") });
    expect(await row.evaluate((el) => getComputedStyle(el).animationName)).toBe("none");
    expect(await row.evaluate((el) => getComputedStyle(el).boxShadow)).not.toBe("none");
    await context.close();
  });

  test("Copy as Markdown copies the page's Markdown file", { tag: "@base-path" }, async ({ site, page, request }) => {
    await site.goto(`questions/${q.slug}/`);
    const view = page.getByRole("link", { name: "View as Markdown" });
    const before = {
      button: await page.getByRole("button", { name: "Copy as Markdown" }).boundingBox(),
      view: await view.boundingBox(),
    };
    await page.getByRole("button", { name: "Copy as Markdown" }).click();
    await expect(page.getByRole("button", { name: "Copied" })).toBeVisible();
    // The shorter label does not pull the rest of the row along.
    expect(await page.getByRole("button", { name: "Copied" }).boundingBox()).toEqual(before.button);
    expect(await view.boundingBox()).toEqual(before.view);
    const md = await (await request.get(site.url(`questions/${q.slug}.md`))).text();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(md);
    await expect(page.getByRole("link", { name: "View as Markdown" })).toHaveAttribute(
      "href",
      site.path(`questions/${q.slug}.md`),
    );
  });

  test(
    "Share appears only where the browser can share, and shares the page",
    { tag: "@base-path" },
    async ({ site, page }) => {
      await site.goto(`questions/${q.slug}/`);
      const hasShare = await page.evaluate(() => typeof navigator.share === "function");
      await expect(page.getByRole("button", { name: "Share" })).toHaveCount(hasShare ? 1 : 0);

      // A browser that has Web Share (stubbed, so no system sheet opens); the address has a #section.
      await page.addInitScript(() => {
        const shared: ShareData[] = [];
        Object.assign(window, { __shared: shared });
        navigator.share = async (data?: ShareData) => void shared.push(data ?? {});
        navigator.canShare = () => true;
      });
      await site.goto(`questions/${q.slug}/#response-caching`);
      await page.reload();
      await page.getByRole("button", { name: "Share" }).click();
      const shared = await page.evaluate(() => (window as unknown as { __shared: ShareData[] }).__shared);
      expect(shared).toEqual([{ title: q.title, text: expect.any(String), url: site.url(`questions/${q.slug}/`) }]);
    },
  );

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("the copy and share buttons stay hidden and the Markdown link still works", async ({
      site,
      page,
      consoleErrors,
    }) => {
      // A browser showing a text file asks for /favicon.ico at the origin's root, which the site does not have.
      consoleErrors.allow("the server responded with a status of 404");
      await site.goto(`questions/${q.slug}/`);
      await expect(page.locator(".heading__copy").first()).toBeHidden();
      await expect(page.getByRole("button", { name: /share|copy as markdown/i })).toHaveCount(0);
      await page.getByRole("link", { name: "View as Markdown" }).click();
      await expect(page.locator("body")).toContainText(`Source: ${publicUrl(`questions/${q.slug}/`)}`);
    });
  });
});
