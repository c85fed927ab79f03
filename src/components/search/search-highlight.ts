/** Loads the highlighter (src/components/search/search-landing.ts) only when the URL asks for it. */
class SiteSearchHighlight extends HTMLElement {
  connectedCallback() {
    const bar = this.querySelector<HTMLElement>(".search-highlight");
    const param = this.dataset["param"];
    // The parameter name comes from the markup, so this always-present script imports nothing.
    if (!bar || !param || !new URLSearchParams(location.search).has(param)) return;
    void import("./search-landing").then(({ highlightSearchTerms }) => highlightSearchTerms(bar));
  }
}
customElements.define("site-search-highlight", SiteSearchHighlight);
