/**
 * What a search needs, loaded once per page on first use: Pagefind's browser API and the search data
 * (`files.searchData`), fetched in parallel, and for the header's dialog the templates results are drawn from,
 * which live on the search page. A load that fails is forgotten, so the next search tries again.
 */
import { files, href, pages } from "~/lib/routes";
import { TOPIC_FILTER } from "~/lib/search/data";
import type { SearchData } from "~/lib/search/data";
import { searchLookup } from "~/lib/search/present";
import type { SearchLookup } from "~/lib/search/present";
import type { FragmentLike } from "~/lib/search/results";

const BASE = import.meta.env.BASE_URL;

type FilterCounts = Record<string, Record<string, number>>;

/** What one search returns: the matching pages, how many match without filters, and counts per filter value. */
export interface PagefindResponse {
  results: { id: string; data(): Promise<FragmentLike> }[];
  unfilteredResultCount: number;
  totalFilters: FilterCounts;
}

/** The parts of Pagefind's browser API used here (pagefind.js has no bundled types). */
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<FilterCounts>;
  search(term: string | null, options?: { filters?: Record<string, string> }): Promise<PagefindResponse | null>;
}

export interface Engine {
  pagefind: Pagefind;
  lookup: SearchLookup;
  /** Questions per topic across the whole site. */
  topicCounts: Record<string, number>;
}

let engine: Promise<Engine> | undefined;

/** Loads Pagefind and the search data once per page, in parallel. A failure can be retried. */
export function loadEngine(): Promise<Engine> {
  engine ??= (async () => {
    const dataUrl = href(BASE, files.searchData);
    const [pagefind, data] = await Promise.all([
      import(/* @vite-ignore */ href(BASE, files.pagefindScript)) as Promise<Pagefind>,
      fetch(dataUrl).then((response) => {
        if (!response.ok) throw new Error(`${dataUrl}: ${response.status}`);
        return response.json() as Promise<SearchData>;
      }),
    ]);
    await pagefind.options({
      // The bundle lives under the base path, and result URLs (indexed site-relative) need it too.
      basePath: href(BASE, files.pagefind),
      baseUrl: href(BASE),
      // Eight pages search in about a millisecond: a worker would cost a download and a start-up
      // for nothing, and the page's CSP need not allow one.
      noWorker: true,
    });
    await pagefind.init();
    // Pagefind reports a failed start (no connection, index not saved offline) here, not from init().
    const counts = await pagefind.filters();
    return {
      pagefind,
      lookup: searchLookup(data, BASE),
      // A search reports per-topic counts (for the chips) only once the filter data has been loaded, which the
      // call above does.
      topicCounts: counts[TOPIC_FILTER] ?? {},
    };
  })();
  engine.catch(() => {
    engine = undefined;
  });
  return engine;
}

let templates: Promise<HTMLElement> | undefined;

/**
 * The search page's panel, which holds the search's templates (SearchTemplates.astro), read from the page as
 * built: other pages do not carry the templates, so the dialog borrows them on its first search.
 */
export function loadTemplates(): Promise<HTMLElement> {
  templates ??= (async () => {
    const url = href(BASE, pages.search());
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    // Parsed as a template's content, which is inert: DOMParser would make a document whose inline styles this
    // page's CSP checks (and refuses, since their hashes are the search page's).
    const page = document.createElement("template");
    page.innerHTML = await response.text();
    const panel = page.content.querySelector<HTMLElement>("[data-search-page] [data-search-panel]");
    if (!panel) throw new Error(`${url}: no search panel to take the templates from`);
    return panel;
  })();
  templates.catch(() => {
    templates = undefined;
  });
  return templates;
}

/** Runs one search: words (or none, to list a topic) and an optional topic filter. */
export function runSearch(engine: Engine, query: string, topic: string | null): Promise<PagefindResponse | null> {
  return engine.pagefind.search(query === "" ? null : query, topic ? { filters: { [TOPIC_FILTER]: topic } } : {});
}
