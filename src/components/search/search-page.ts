/**
 * With JavaScript: shows the live search in place of the fallback lists and runs the URL's search. When the
 * search code cannot load, the lists come back and their notice says so, so the page never offers neither.
 */
import { SiteElement, requireParts } from "~/dom";
import { files, href } from "~/lib/routes";

/**
 * A page opened with a search (`?q=`, `?topic=`) searches at once: fetch Pagefind's script and the search data
 * alongside the search code. Without one, nothing of the search is fetched until the reader starts a search.
 */
function preloadSearch(): void {
  const base = import.meta.env.BASE_URL;
  const links = [
    { rel: "modulepreload", href: href(base, files.pagefindScript) },
    { rel: "preload", href: href(base, files.searchData), as: "fetch", crossOrigin: "anonymous" },
  ];
  for (const attributes of links) document.head.append(Object.assign(document.createElement("link"), attributes));
}

class SiteSearchPage extends SiteElement {
  protected connect(): void {
    const parts = requireParts(this, {
      live: "[data-search-live]",
      fallback: "[data-search-fallback]",
      notice: "[data-search-notice]",
      input: "[data-search-input]",
    });
    if (!parts) return;
    const { live, fallback } = parts;
    const input = parts.input as HTMLInputElement;
    live.hidden = false;
    fallback.hidden = true;
    // A shared link arrives with a query: show it at once, results follow.
    const params = new URLSearchParams(location.search);
    const q = params.get("q");
    if (q) input.value = q;
    if (q?.trim() || params.get("topic")) preloadSearch();
    input.focus();
    const signal = this.signal;
    import("./search-ui").then(
      ({ mountSearch }) => mountSearch(live, { mode: "page", signal }),
      () => {
        if (signal.aborted) return;
        this.dataset["searchFailed"] = "";
        live.hidden = true;
        fallback.hidden = false;
        parts.notice.textContent = parts.notice.dataset["failed"] ?? "";
      },
    );
  }
}
customElements.define("site-search-page", SiteSearchPage);
