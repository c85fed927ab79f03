/** Loads the highlighter (search-landing.ts) only when the URL asks for it. */
import { SiteElement, requireParts } from "~/dom";

class SiteSearchHighlight extends SiteElement {
  protected connect(): void {
    const param = this.dataset["param"];
    // The parameter name comes from the markup, so this always-present script imports nothing of search.
    if (!param || !new URLSearchParams(location.search).has(param)) return;
    const parts = requireParts(this, {
      bar: "[data-highlight-bar]",
      text: "[data-highlight-text]",
      clear: "[data-highlight-clear]",
    });
    if (!parts) return;
    const signal = this.signal;
    // Marks are an extra: a page whose highlighter cannot load reads as it is (the console names the file).
    import("./search-landing").then(({ highlightSearchTerms }) => highlightSearchTerms(parts, signal)).catch(() => {});
  }
}
customElements.define("site-search-highlight", SiteSearchHighlight);
