/**
 * URLs for sharing: absolute URLs on the configured site, and the site paths of the files
 * made for sharing (preview images, Markdown copies). Paths here are relative
 * to the base; pass them to `withBase` for a link or to `absoluteUrl` for a canonical URL.
 */
import { withBase } from "./urls";

/**
 * The absolute URL of a site path: `absoluteUrl("https://example.org", "/handbook/", "questions/x/")`
 * gives `https://example.org/handbook/questions/x/`. Only the origin of `site` is used; the
 * path always comes from `base`. A `#hash` passes through.
 */
export function absoluteUrl(site: URL | string | undefined, base: string, path = ""): string {
  if (site === undefined || site === "") {
    throw new Error("absoluteUrl: the site URL is not configured (set `site` in astro.config.mjs, from SITE_URL)");
  }
  const origin = new URL(String(site)).origin;
  return new URL(withBase(base, path), `${origin}/`).href;
}

/**
 * The site path of a request pathname that carries the base (`Astro.url.pathname`):
 * `sitePath("/handbook/", "/handbook/questions/x/")` gives `questions/x/`.
 */
export function sitePath(base: string, pathname: string): string {
  const root = withBase(base);
  const path = pathname.startsWith("/") ? pathname : `/${pathname}`;
  if (path === root.slice(0, -1)) return "";
  if (!path.startsWith(root)) throw new Error(`sitePath: "${pathname}" is not under the base path "${root}"`);
  return path.slice(root.length);
}

/** What a preview image shows: the home page, the topic list, one question, or one topic. */
export type PreviewSubject =
  | { kind: "home" }
  | { kind: "topics" }
  | { kind: "question"; id: string }
  | { kind: "topic"; id: string };

/** Site path of a preview image: `og/home.png`, `og/topics.png`, `og/questions/<id>.png`, `og/topics/<id>.png`. */
export function previewImagePath(subject: PreviewSubject): string {
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
}

/** Site path of a question's Markdown copy: `questions/<slug>.md`. */
export function markdownPath(slug: string): string {
  return `questions/${slug}.md`;
}
