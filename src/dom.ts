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

/**
 * The parts a widget needs, found by selector inside `host`; or null, after saying on the console which part
 * is missing. The one failure policy of the site's widgets: a widget whose markup is incomplete does nothing and
 * leaves the page as it was built (the end-to-end tests fail on the console error).
 */
export function requireParts<T extends Record<string, string>>(
  host: Element,
  selectors: T,
): { [K in keyof T]: HTMLElement } | null {
  const found: Partial<Record<keyof T, HTMLElement>> = {};
  for (const [name, sel] of Object.entries(selectors) as [keyof T, string][]) {
    const part = host.querySelector<HTMLElement>(sel);
    if (!part) {
      console.error(`<${host.localName}>: its part ${sel} is missing, so it stays inactive`);
      return null;
    }
    found[name] = part;
  }
  return found as { [K in keyof T]: HTMLElement };
}

const flashes = new WeakMap<Element, number>();

/**
 * Shows `text` in each of `targets` (a live region, a button label) for `ms`, then puts back what each said
 * before. A second flash on the same element replaces the first and starts the time again.
 */
export function flash(targets: readonly HTMLElement[], texts: readonly string[], ms = 2000, onEnd?: () => void): void {
  const first = targets[0];
  if (!first) return;
  const before = targets.map((t) => t.dataset["flashRestore"] ?? t.textContent ?? "");
  targets.forEach((t, i) => {
    t.dataset["flashRestore"] = before[i] ?? "";
    t.textContent = texts[i] ?? "";
  });
  clearTimeout(flashes.get(first));
  flashes.set(
    first,
    window.setTimeout(() => {
      for (const t of targets) {
        t.textContent = t.dataset["flashRestore"] ?? "";
        delete t.dataset["flashRestore"];
      }
      onEnd?.();
    }, ms),
  );
}

/** The address the reader is on, without its query (search highlights, …), with `hash` when given. */
export function pageUrl(hash?: string): URL {
  const url = new URL(window.location.href);
  url.search = "";
  url.hash = hash ?? "";
  return url;
}

/**
 * A custom element whose listeners go when it leaves the page: pass `this.signal` to addEventListener in
 * `connect()`; a reconnected element connects afresh.
 */
export abstract class SiteElement extends HTMLElement {
  #controller: AbortController | undefined;

  /** Aborted when the element is disconnected. */
  get signal(): AbortSignal {
    this.#controller ??= new AbortController();
    return this.#controller.signal;
  }

  connectedCallback(): void {
    this.connect();
  }

  disconnectedCallback(): void {
    this.#controller?.abort();
    this.#controller = undefined;
  }

  /** Wires the element up; listeners added with `{ signal: this.signal }` are removed on disconnect. */
  protected abstract connect(): void;
}
