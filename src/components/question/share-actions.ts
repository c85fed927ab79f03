class SiteShareActions extends HTMLElement {
  #timers = new Map<HTMLElement, number>();

  connectedCallback() {
    const share = this.querySelector<HTMLButtonElement>("[data-share]");
    const copy = this.querySelector<HTMLButtonElement>("[data-copy-markdown]");
    const link = this.querySelector<HTMLAnchorElement>("[data-markdown]");
    const status = this.querySelector<HTMLElement>("[data-status]");
    if (!share || !copy || !link || !status) return;

    const page = () => {
      const url = new URL(window.location.href);
      url.search = "";
      url.hash = "";
      return url.href;
    };

    const data = { title: this.dataset["title"] ?? document.title, text: this.dataset["text"] ?? "", url: page() };
    if (typeof navigator.share === "function" && (navigator.canShare?.(data) ?? true)) {
      share.hidden = false;
      share.addEventListener("click", async () => {
        try {
          await navigator.share({ ...data, url: page() });
        } catch (error) {
          // Closing the share sheet is not a failure.
          if (error instanceof DOMException && error.name === "AbortError") return;
          this.#say(share, "Share", status, "Could not open the share menu");
        }
      });
    }

    // Only insecure origins lack the clipboard; the button then goes.
    copy.hidden = !navigator.clipboard;
    if (navigator.clipboard) {
      copy.addEventListener("click", async () => {
        try {
          await this.#copyMarkdown(link.href);
          this.#say(copy, "Copied", status, "The answer was copied as Markdown");
        } catch {
          this.#say(copy, "Copy failed", status, "Could not copy. Open “View as Markdown” and copy the text from there");
        }
      });
    }
  }

  async #copyMarkdown(href: string): Promise<void> {
    const text = async () => {
      const response = await fetch(href);
      if (!response.ok) throw new Error(`${href}: ${response.status}`);
      return response.text();
    };
    // A ClipboardItem holding a promise keeps the click's user activation while the file loads
    // (Safari needs that); browsers without it get the text once it has arrived.
    if (typeof ClipboardItem === "function") {
      try {
        const blob = text().then((t) => new Blob([t], { type: "text/plain" }));
        await navigator.clipboard.write([new ClipboardItem({ "text/plain": blob })]);
        return;
      } catch {
        // Fall through to writeText.
      }
    }
    await navigator.clipboard.writeText(await text());
  }

  #say(button: HTMLButtonElement, short: string, status: HTMLElement, message: string) {
    const label = button.querySelector<HTMLElement>("[data-label]");
    if (!label) return;
    const original = label.dataset["original"] ?? label.textContent ?? "";
    label.dataset["original"] = original;
    // A shorter label would pull the rest of the row along, and push it back 2.5 s later.
    button.style.minWidth ||= `${button.getBoundingClientRect().width}px`;
    label.textContent = short;
    status.textContent = message;
    clearTimeout(this.#timers.get(button));
    this.#timers.set(
      button,
      window.setTimeout(() => {
        label.textContent = original;
        status.textContent = "";
      }, 2500),
    );
  }
}
customElements.define("site-share-actions", SiteShareActions);
