/**
 * The head tags that make a link preview: description, canonical URL, Open Graph and the
 * Twitter card. Built as data so the rules (absolute URLs, image facts) are tested once and
 * the component only prints them.
 */

interface SeoImage {
  /** Absolute URL of the image. */
  readonly url: string;
  readonly width: number;
  readonly height: number;
  /** What the image shows, for people who cannot see it. */
  readonly alt: string;
  /** MIME type, `image/png` by default. */
  readonly type?: string;
}

export interface SeoInput {
  readonly siteName: string;
  /** The page's own title, without the site name (chat apps show the site name separately). */
  readonly title: string;
  readonly description: string;
  /** Absolute URL of the page. Omitted for pages served at any address (the 404). */
  readonly canonical?: string | undefined;
  readonly type: "website" | "article";
  readonly image: SeoImage;
  /** Keep the page out of search results. */
  readonly noindex?: boolean | undefined;
  /** For `type: "article"`: dates as `YYYY-MM-DD` and topic names. */
  readonly article?: { readonly modifiedTime?: string; readonly tags?: readonly string[] } | undefined;
}

export type HeadTag =
  | { readonly tag: "meta"; readonly attrs: { readonly name: string; readonly content: string } }
  | { readonly tag: "meta"; readonly attrs: { readonly property: string; readonly content: string } }
  | { readonly tag: "link"; readonly attrs: { readonly rel: string; readonly href: string } };

function requireAbsolute(field: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`seo: ${field} must be an absolute URL (got "${value}")`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw new Error(`seo: ${field} must be an http(s) URL (got "${value}")`);
  return url.href;
}

function requireText(field: string, value: string): string {
  const text = value.replace(/\s+/g, " ").trim();
  if (text === "") throw new Error(`seo: ${field} is empty; every page needs one for its link preview`);
  return text;
}

/** Every tag, in the order they are printed. Throws on a relative URL or an empty text. */
export function buildSeoTags(input: SeoInput): HeadTag[] {
  const title = requireText("title", input.title);
  const description = requireText("description", input.description);
  const siteName = requireText("siteName", input.siteName);
  const imageAlt = requireText("image alt", input.image.alt);
  const imageUrl = requireAbsolute("image url", input.image.url);
  const canonical = input.canonical === undefined ? undefined : requireAbsolute("canonical", input.canonical);
  const { width, height } = input.image;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width <= 0 || height <= 0) {
    throw new Error(`seo: image width and height must be whole numbers of pixels (got ${width}x${height})`);
  }

  const name = (n: string, content: string): HeadTag => ({ tag: "meta", attrs: { name: n, content } });
  const property = (p: string, content: string): HeadTag => ({ tag: "meta", attrs: { property: p, content } });

  const tags: HeadTag[] = [name("description", description)];
  if (input.noindex) tags.push(name("robots", "noindex"));
  if (canonical) tags.push({ tag: "link", attrs: { rel: "canonical", href: canonical } });
  tags.push(
    property("og:site_name", siteName),
    property("og:type", input.type),
    property("og:title", title),
    property("og:description", description),
  );
  if (canonical) tags.push(property("og:url", canonical));
  tags.push(
    property("og:image", imageUrl),
    property("og:image:type", input.image.type ?? "image/png"),
    property("og:image:width", String(width)),
    property("og:image:height", String(height)),
    property("og:image:alt", imageAlt),
  );
  if (input.type === "article" && input.article) {
    if (input.article.modifiedTime) tags.push(property("article:modified_time", input.article.modifiedTime));
    for (const tag of input.article.tags ?? []) tags.push(property("article:tag", tag));
  }
  tags.push(name("twitter:card", "summary_large_image"), name("twitter:image:alt", imageAlt));
  return tags;
}
