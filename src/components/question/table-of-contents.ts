/** Marks the link of the section currently being read with aria-current="true". */
class SiteToc extends HTMLElement {
  #observer: IntersectionObserver | undefined;

  connectedCallback() {
    const links = [...this.querySelectorAll<HTMLAnchorElement>("a[href^='#']")];
    const byId = new Map(links.map((a) => [decodeURIComponent(a.hash.slice(1)), a]));
    const headings = [...byId.keys()]
      .map((id) => document.getElementById(id))
      .filter((h): h is HTMLElement => h !== null);
    if (headings.length === 0) return;

    const mark = () => {
      // The current section is the last heading above the reading line.
      const line = window.innerHeight * 0.3;
      let current = headings[0];
      for (const h of headings) if (h.getBoundingClientRect().top <= line) current = h;
      for (const [id, a] of byId) {
        if (id === current?.id) a.setAttribute("aria-current", "true");
        else a.removeAttribute("aria-current");
      }
    };
    // Headings crossing the top part of the viewport are the moments the answer can change.
    this.#observer = new IntersectionObserver(mark, { rootMargin: "0px 0px -60% 0px" });
    for (const h of headings) this.#observer.observe(h);
    addEventListener("hashchange", mark);
    mark();
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
  }
}
customElements.define("site-toc", SiteToc);
