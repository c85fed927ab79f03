/**
 * With JavaScript: shows the live search in place of the fallback lists and runs the URL's search. When the
 * search code cannot load, the lists come back and their notice says so, so the page never offers neither.
 */
import { SiteElement, requireParts } from "~/dom";

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
    const q = new URLSearchParams(location.search).get("q");
    if (q) input.value = q;
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
