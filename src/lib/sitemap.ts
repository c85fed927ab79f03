/**
 * The sitemap and robots.txt: which built pages are public (not the 404, not the short-link
 * redirects), and the two files' text, with absolute URLs on the configured site and base.
 */

/**
 * Whether a built page belongs in the sitemap. `pathname` is relative to the base, as
 * Astro's `astro:build:done` lists it (`questions/x/`, `` for the home page).
 */
export function isSitemapPage(pathname: string): boolean {
  const path = pathname.replace(/^\/+/, "");
  if (path !== "" && !path.endsWith("/")) return false; // files: images, .md, .txt
  if (/^404\/?$/.test(path) || /^404\.html$/.test(path)) return false;
  if (/^q\//.test(path)) return false; // short links redirect to their question
  if (/^offline\/$/.test(path)) return false; // shown in place of pages a reader has not saved
  return true;
}

const escapeXml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");

/** `sitemap.xml` listing absolute URLs, sorted, each once. */
export function sitemapXml(urls: readonly string[]): string {
  for (const url of urls) {
    if (!/^https?:\/\//.test(url)) throw new Error(`sitemap: "${url}" is not an absolute URL`);
  }
  const entries = [...new Set(urls)].sort().map((url) => `  <url><loc>${escapeXml(url)}</loc></url>`);
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...entries, "</urlset>", ""].join("\n");
}

/** `robots.txt`: everything may be crawled; the sitemap is named by its absolute URL. */
export function robotsTxt(sitemapUrl: string): string {
  if (!/^https?:\/\//.test(sitemapUrl)) throw new Error(`robots.txt: the sitemap URL must be absolute (got "${sitemapUrl}")`);
  return ["User-agent: *", "Allow: /", "", `Sitemap: ${sitemapUrl}`, ""].join("\n");
}
