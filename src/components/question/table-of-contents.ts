import { SiteElement } from "~/dom";

/**
 * "On this page" (TableOfContents.astro): marks the link of the section being read with aria-current="true" and
 * names that section in the narrow-screen bar; the bar's list closes when a section is chosen and on Escape (focus
 * back on the bar).
 */
class SiteToc extends SiteElement {
  #observer: IntersectionObserver | undefined;

  protected connect(): void {
    const details = this.querySelector("details");
    const summary = this.querySelector("summary");
    const label = this.querySelector<HTMLElement>("[data-toc-current]");
    const links = [...this.querySelectorAll<HTMLAnchorElement>("a[href^='#']")];
    const byId = new Map(links.map((a) => [decodeURIComponent(a.hash.slice(1)), a]));
    const headings = [...byId.keys()]
      .map((id) => document.getElementById(id))
      .filter((h): h is HTMLElement => h !== null);
    const signal = this.signal;

    if (details && summary) {
      const close = () => {
        details.open = false;
      };
      this.addEventListener(
        "click",
        (event) => {
          if (event.target instanceof Element && event.target.closest("a[href]")) close();
        },
        { signal },
      );
      document.addEventListener(
        "keydown",
        (event) => {
          if (event.key !== "Escape" || !details.open) return;
          const inside = this.contains(document.activeElement);
          close();
          if (inside) summary.focus();
        },
        { signal },
      );
    }

    if (headings.length === 0) return;
    const mark = () => {
      // The current section is the last heading above the reading line.
      const line = window.innerHeight * 0.3;
      let current = headings[0];
      for (const h of headings) if (h.getBoundingClientRect().top <= line) current = h;
      for (const [id, a] of byId) {
        if (id === current?.id) {
          a.setAttribute("aria-current", "true");
          if (label) label.textContent = a.textContent;
        } else a.removeAttribute("aria-current");
      }
    };
    // Headings crossing the top part of the viewport are the moments the answer can change.
    this.#observer = new IntersectionObserver(mark, { rootMargin: "0px 0px -60% 0px" });
    for (const h of headings) this.#observer.observe(h);
    addEventListener("hashchange", mark, { signal });
    mark();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
  }
}
customElements.define("site-toc", SiteToc);
