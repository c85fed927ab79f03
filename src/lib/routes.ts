/**
 * Every URL of the site and every data file it writes, in one place. Paths here are relative to the base
 * path (`questions/x/`, `` for the home page): `href()` puts one under the base for a link, `absoluteUrl()`
 * on the site's origin for a canonical or shared URL. Pages in src/pages/ are the routes these name;
 * tests/unit/routes.test.ts fails when the two drift apart.
 */

/** What a preview image shows: the home page, the topic list, one question, or one topic. */
export type PreviewSubject =
  { kind: "home" } | { kind: "topics" } | { kind: "question"; id: string } | { kind: "topic"; id: string };

/** The pages of the site. */
export const pages = {
  home: () => "",
  /** Page `n` of the home page's question list: the home page itself for 1, `page/<n>/` after it. */
  homePage: (n: number) => (n <= 1 ? "" : `page/${n}/`),
  /** `questions/<slug>/`, with `#section` when given. */
  question: (slug: string, section?: string) => `questions/${slug}/${section ? `#${section}` : ""}`,
  /** The short link `q/<order>/`, a redirect to the question. */
  shortLink: (order: number) => `q/${order}/`,
  topics: () => "topics/",
  /** Page `n` of a topic's question list: `topics/<id>/` for 1, `topics/<id>/page/<n>/` after it. */
  topic: (id: string, n = 1) => (n <= 1 ? `topics/${id}/` : `topics/${id}/page/${n}/`),
  /** `search/`, with the query string of a search when given (`?q=…&topic=…`). */
  search: (query = "") => `search/${query}`,
  /** The reader's practice: what is due, their answers, back up and restore. */
  practice: () => "practice/",
  /** Page `n` of the printable question cards: `practice/cards/` for 1, `practice/cards/page/<n>/` after it. */
  practiceCards: (n = 1) => (n <= 1 ? "practice/cards/" : `practice/cards/page/${n}/`),
  /** A timed mock round. */
  practiceMock: () => "practice/mock/",
  notFound: () => "404.html",
  /** What the service worker shows, offline, for a page that was never saved. */
  offline: () => "offline/",
} as const;

/** Files the build writes for readers, tools and the site's own scripts. */
export const files = {
  favicon: "favicon.svg",
  // Offline reading's files (the manifest, the service worker, the list "Save for offline" fetches) are named
  // in lib/offline/paths.ts and lib/offline/list.ts, not here: this module is part of several page scripts,
  // and the registration script on every page needs two of those names without the rest of this table.
  /** A question's Markdown copy: `questions/<slug>.md`. */
  questionMarkdown: (slug: string) => `questions/${slug}.md`,
  llms: "llms.txt",
  llmsFull: "llms-full.txt",
  robots: "robots.txt",
  sitemapIndex: "sitemap-index.xml",
  /** Topic titles, aliases and sections, fetched by search on first use. */
  searchData: "search/data.json",
  /** The question list practice mode fetches when a page alone cannot answer. */
  practiceQuestions: "practice/questions.json",
  /** The outline's index: every question's id, order, title and topics, for the mock round and the answers export. */
  practiceOutlineIndex: "practice/outline-index.json",
  /** One question's outline, its section headings and key points: `practice/outline/<slug>.json`. */
  practiceOutline: (slug: string) => `practice/outline/${slug}.json`,
  /** The questions as an Anki deck (tab-separated text with Anki's header lines). */
  ankiDeck: "practice/anki-deck.txt",
  /** Pagefind's bundle folder, its script and its highlighter. */
  pagefind: "pagefind/",
  pagefindScript: "pagefind/pagefind.js",
  pagefindHighlight: "pagefind/pagefind-highlight.js",
  /** A preview image: `og/home.png`, `og/topics.png`, `og/questions/<id>.png`, `og/topics/<id>.png`. */
  preview(subject: PreviewSubject): string {
    switch (subject.kind) {
      case "home":
        return "og/home.png";
      case "topics":
        return "og/topics.png";
      case "question":
        return `og/questions/${subject.id}.png`;
      case "topic":
        return `og/topics/${subject.id}.png`;
    }
  },
} as const;

/** A base path in its one form, with a slash at each end: `handbook` -> `/handbook/`, `` -> `/`. */
export function normaliseBase(base: string): string {
  return `/${base.replace(/^\/+|\/+$/g, "")}/`.replace(/^\/\/$/, "/");
}

/**
 * A site path under the base path: `href("/handbook/", "questions/x/")` is `/handbook/questions/x/`. Leading
 * slashes on the path are dropped; a `#hash` or `?query` passes through.
 */
export function href(base: string, path = ""): string {
  return `${normaliseBase(base)}${path.replace(/^\/+/, "")}`;
}

/**
 * The absolute URL of a site path: `absoluteUrl("https://example.org", "/handbook/", "questions/x/")` is
 * `https://example.org/handbook/questions/x/`. Only the origin of `site` is used; the path comes from `base`.
 */
export function absoluteUrl(site: URL | string | undefined, base: string, path = ""): string {
  if (site === undefined || site === "") {
    throw new Error("absoluteUrl: the site URL is not configured (set `site` in astro.config.mjs, from SITE_URL)");
  }
  return new URL(href(base, path), `${new URL(String(site)).origin}/`).href;
}

/**
 * The site path of a pathname that carries the base (`Astro.url.pathname`):
 * `sitePath("/handbook/", "/handbook/questions/x/")` is `questions/x/`. Throws for a path outside the base.
 */
export function sitePath(base: string, pathname: string): string {
  const root = normaliseBase(base);
  const path = pathname.startsWith("/") ? pathname : `/${pathname}`;
  if (path === root.slice(0, -1)) return "";
  if (!path.startsWith(root)) throw new Error(`sitePath: "${pathname}" is not under the base path "${root}"`);
  return path.slice(root.length);
}
