import { flash, pageUrl, requireParts } from "~/dom";

/** ShareActions.astro: "Copy as Markdown" copies the Markdown file; "Share" opens the system share sheet where there is one. */
class SiteShareActions extends HTMLElement {
  connectedCallback() {
    const parts = requireParts(this, {
      share: "[data-share]",
      copy: "[data-copy-markdown]",
      link: "[data-markdown]",
      status: "[data-status]",
    });
    if (!parts) return;
    const { share, copy, link, status } = parts;
    // The label says what happened for a moment, the live region says it in words; the button keeps its width
    // meanwhile, or a shorter label would pull the rest of the row along.
    const say = (button: HTMLElement, short: string, message: string) => {
      const label = button.querySelector<HTMLElement>("[data-label]");
      if (!label) return;
      button.style.minWidth ||= `${button.getBoundingClientRect().width}px`;
      flash([label, status], [short, message], 2500);
    };

    const data = {
      title: this.dataset["title"] ?? document.title,
      text: this.dataset["text"] ?? "",
      url: pageUrl().href,
    };
    if (typeof navigator.share === "function" && (navigator.canShare?.(data) ?? true)) {
      share.hidden = false;
      share.addEventListener("click", async () => {
        try {
          await navigator.share({ ...data, url: pageUrl().href });
        } catch (error) {
          // Closing the share sheet is not a failure.
          if (error instanceof DOMException && error.name === "AbortError") return;
          say(share, "Share", "Could not open the share menu");
        }
      });
    }

    // Only insecure origins lack the clipboard; the button then goes.
    copy.hidden = !navigator.clipboard;
    copy.addEventListener("click", async () => {
      try {
        await copyMarkdown((link as HTMLAnchorElement).href);
        say(copy, "Copied", "The answer was copied as Markdown");
      } catch {
        say(copy, "Copy failed", "Could not copy. Open “View as Markdown” and copy the text from there");
      }
    });
  }
}

/** Copies the text at `href`. */
async function copyMarkdown(href: string): Promise<void> {
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

customElements.define("site-share-actions", SiteShareActions);
