/** URL helpers that keep every internal link under the configured base path. */

/**
 * Joins a site-relative path onto the base path: `withBase("/handbook/", "questions/x/")`
 * gives `/handbook/questions/x/`. Leading and doubled slashes are normalised; a `#hash`
 * or `?query` passes through untouched.
 */
export function withBase(base: string, path = ""): string {
  const cleanBase = `/${base.replace(/^\/+|\/+$/g, "")}/`.replace(/^\/\/$/, "/");
  const cleanPath = path.replace(/^\/+/, "");
  return `${cleanBase}${cleanPath}`;
}

/** The page URL of a question: `/questions/<slug>/` under the base. */
export function questionPath(base: string, slug: string, hash?: string): string {
  return withBase(base, `questions/${slug}/${hash ? `#${hash}` : ""}`);
}

/** The page URL of a topic: `/topics/<id>/` under the base. */
export function topicPath(base: string, id: string): string {
  return withBase(base, `topics/${id}/`);
}
