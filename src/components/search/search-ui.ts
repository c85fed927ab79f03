/**
 * The search, loaded on first use (the header dialog's first open, or the /search/ page): brings a search panel
 * to life. Its pieces: search-engine.ts loads Pagefind and the search data once; search-view.ts keeps the state,
 * the URL and the searches; search-render.ts draws from the search's templates
 * (search-templates.ts; the result list in search-result-list.ts); search-keys.ts handles the keys.
 * The logic they rely on is in src/lib/search/; these files only touch the DOM.
 */
// Linked, not imported: see loadStylesheet in src/dom.ts.
import chipsCss from "./search-chips.css?url";
import resultsCss from "./search-results.css?url";
import { loadStylesheet, requireParts } from "~/dom";
import { loadTemplates } from "./search-engine";
import { SearchRender } from "./search-render";
import { SearchView } from "./search-view";
import type { MountOptions } from "./search-view";

const mounted = new WeakSet<Element>();

/** Brings the search panel inside `root` to life, once while `options.signal` lasts. */
export function mountSearch(root: HTMLElement, options: MountOptions): void {
  const panel = requireParts(root, { panel: "[data-search-panel]" })?.panel;
  if (!panel || mounted.has(panel) || options.signal.aborted) return;
  const render = SearchRender.of(panel);
  if (!render) return;
  mounted.add(panel);
  options.signal.addEventListener("abort", () => mounted.delete(panel), { once: true });
  // The search page has the chips' styles and the templates from the start (SearchPage.astro); the dialog gets
  // them now. A failure is tried again with the next search.
  const dialog = options.mode === "dialog";
  let ready: Promise<unknown> | undefined;
  const prepare = () =>
    (ready ??= Promise.all([
      dialog ? loadStylesheet(chipsCss) : null,
      loadStylesheet(resultsCss),
      (dialog ? loadTemplates() : Promise.resolve(panel)).then((source) => render.useTemplates(source)),
    ]).catch((error: unknown) => {
      ready = undefined;
      throw error;
    }));
  new SearchView(root, render, options, prepare);
}
