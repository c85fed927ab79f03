/** Stylesheets that belong to code loaded on demand. */

/**
 * Adds a stylesheet once and resolves when it has loaded (or failed: unstyled beats stuck).
 * Search's CSS is linked this way (`import href from "x.css?url"`) rather than imported,
 * because Astro moves CSS imported by any script, even one loaded on demand, into every
 * page that has the script: it would download before any search.
 */
export function loadStylesheet(href: string): Promise<void> {
  const existing = document.querySelector<HTMLLinkElement>(`link[rel="stylesheet"][href="${CSS.escape(href)}"]`);
  if (existing?.sheet) return Promise.resolve();
  const link =
    existing ?? document.head.appendChild(Object.assign(document.createElement("link"), { rel: "stylesheet", href }));
  return new Promise((done) => {
    link.addEventListener("load", () => done(), { once: true });
    link.addEventListener("error", () => done(), { once: true });
  });
}
