/**
 * The sitemap and robots.txt: which built pages are public (not the 404, not the short-link redirects) for
 * @astrojs/sitemap's filter, and the text of robots.txt, which names the sitemap by its absolute URL.
 */

/**
 * Whether a built page belongs in the sitemap. `pathname` is relative to the base (`questions/x/`, `` for the
 * home page).
 */
export function isSitemapPage(pathname: string): boolean {
  const path = pathname.replace(/^\/+/, "");
  if (path !== "" && !path.endsWith("/")) return false; // files: images, .md, .txt
  if (/^404\/?$/.test(path) || /^404\.html$/.test(path)) return false;
  if (/^q\//.test(path)) return false; // short links redirect to their question
  if (/^offline\/$/.test(path)) return false; // shown in place of pages a reader has not saved
  return true;
}

/** `robots.txt`: everything may be crawled; the sitemap is named by its absolute URL. */
export function robotsTxt(sitemapUrl: string): string {
  if (!/^https?:\/\//.test(sitemapUrl))
    throw new Error(`robots.txt: the sitemap URL must be absolute (got "${sitemapUrl}")`);
  return ["User-agent: *", "Allow: /", "", `Sitemap: ${sitemapUrl}`, ""].join("\n");
}
