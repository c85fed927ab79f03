/** With JavaScript: show the live search in place of the fallback lists and run the URL's search. */
class SiteSearchPage extends HTMLElement {
  connectedCallback() {
    const live = this.querySelector<HTMLElement>(".search-page__live");
    const fallback = this.querySelector<HTMLElement>(".search-page__fallback");
    if (!live || !fallback) return;
    live.hidden = false;
    fallback.hidden = true;
    const input = live.querySelector<HTMLInputElement>("[data-search-input]");
    // A shared link arrives with a query: show it at once, results follow.
    const q = new URLSearchParams(location.search).get("q");
    if (input && q) input.value = q;
    input?.focus();
    void import("./search-ui").then(({ mountSearch }) => mountSearch(live, { mode: "page" }));
  }
}
customElements.define("site-search-page", SiteSearchPage);
