/**
 * One search panel brought to life: its state (the words and the topic; in the URL on the search page), the
 * searches it runs as the reader types, and what each one shows. Only the newest search may reach the page:
 * each of its awaits goes through `step` (lib/search/latest.ts), which stops a search a newer one overtook.
 */
import { prefetch } from "astro:prefetch";
import { href, pages } from "~/lib/routes";
import { topicChips } from "~/lib/search/chips";
import { TOPIC_FILTER } from "~/lib/search/data";
import { LatestRun } from "~/lib/search/latest";
import type { Step } from "~/lib/search/latest";
import {
  idleStatus,
  LOAD_FAILED,
  LOAD_FAILED_IN_DEV,
  LOAD_FAILED_OFFLINE,
  LOADING_STATUS,
} from "~/lib/search/messages";
import { nextPage, parsePageSize, resultPages } from "~/lib/search/paging";
import type { ResultPages } from "~/lib/search/paging";
import { resultsView } from "~/lib/search/present";
import { sameSearch, serializeSearchState, startingState } from "~/lib/search/state";
import type { SearchState } from "~/lib/search/state";
import { loadEngine, runSearch } from "./search-engine";
import { onPanelKey } from "./search-keys";
import type { SearchRender } from "./search-render";

/** Wait this long after a keystroke before searching; Pagefind itself answers in a few ms. */
const DEBOUNCE_MS = 60;
/** Only `astro dev` names the build step the index needs; readers get the plain message. */
const LOAD_FAILED_STATUS = import.meta.env.DEV ? LOAD_FAILED_IN_DEV : LOAD_FAILED;

export interface MountOptions {
  /** "dialog" in the header; "page" on /search/, where the state also lives in the URL. */
  mode: "dialog" | "page";
  /** Aborted when the panel's element leaves the page: every listener goes with it. */
  signal: AbortSignal;
  /** Called when the reader opens a result (the dialog closes itself). */
  onNavigate?: () => void;
  /** Called on Escape in the dialog. */
  onEscape?: () => void;
}

/** The results on screen, a page at a time; `busy` while "Show more results" fetches the next page. */
interface PagedResults {
  readonly pages: ResultPages;
  readonly size: number;
  busy: boolean;
}

export class SearchView {
  readonly #render: SearchRender;
  readonly #options: MountOptions;
  readonly #input: HTMLInputElement;
  readonly #pageLink: HTMLAnchorElement | null;
  /** Readies what drawing needs beyond the engine (styles, templates); may be called for every search. */
  readonly #prepare: () => Promise<unknown>;
  readonly #runs = new LatestRun();
  #state: SearchState;
  /** The search whose results are on screen. */
  #shown: SearchState | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** The pages of the results on screen, for "Show more results". */
  #paged: PagedResults | null = null;

  constructor(root: HTMLElement, render: SearchRender, options: MountOptions, prepare: () => Promise<unknown>) {
    this.#render = render;
    this.#options = options;
    this.#prepare = prepare;
    const { input, form, chips, results } = render.parts;
    this.#input = input as HTMLInputElement;
    this.#pageLink = root.querySelector<HTMLAnchorElement>("[data-search-page-link]");
    // On the search page the URL holds the search, and in the dialog there is none; in both, words typed while
    // the code loaded are kept.
    this.#state =
      options.mode === "page"
        ? startingState(location.search, this.#input.value)
        : { query: this.#input.value, topic: null };
    if (this.#input.value.replace(/\s+/g, " ").trim() !== this.#state.query.trim())
      this.#input.value = this.#state.query;

    const signal = options.signal;
    signal.addEventListener("abort", () => clearTimeout(this.#timer));
    this.#input.addEventListener("input", () => this.#update({ query: this.#input.value }), { signal });
    form.addEventListener(
      "submit",
      (event) => {
        event.preventDefault();
        void this.#openDefault();
      },
      { signal },
    );
    render.panel.addEventListener(
      "keydown",
      (event) => onPanelKey(event, this.#input, render.links(), options.onEscape),
      { signal },
    );
    results.addEventListener("click", (event) => this.#clicked(event), { signal });
    // Like the site's other intent links (data-astro-prefetch): a result is fetched once the reader points at it.
    // Keyboard focus is covered by Astro's own focusin listener; its hover listeners only see links present at
    // page load, so hover is handled here.
    results.addEventListener(
      "mouseover",
      (event) => {
        const link = (event.target as Element).closest<HTMLAnchorElement>("a[data-astro-prefetch]");
        if (link) prefetch(link.href);
      },
      { signal },
    );
    chips.addEventListener(
      "click",
      (event) => {
        const chip = (event.target as Element).closest<HTMLElement>("[data-topic]");
        if (!chip) return;
        const topic = chip.dataset["topic"] || null;
        this.#update({ topic: topic === this.#state.topic ? null : topic }, true);
      },
      { signal },
    );

    // The search page is built showing the idle state (status and topic chips), so that it paints in its final
    // layout; keep that text rather than flash "Loading" when there is nothing to search yet.
    const idle = this.#state.query.trim() === "" && !this.#state.topic;
    const builtIdle = idle && render.parts.status.textContent !== "";
    if (!builtIdle) render.status(LOADING_STATUS);
    this.#syncUrl();
    // Nothing to search yet, and the idle state is already drawn: the index and the search data wait for the
    // reader's first search (search-page.ts preloads them when the address carries one).
    if (!builtIdle) void this.#run();
  }

  #update(change: Partial<SearchState>, now = false): void {
    this.#state = { ...this.#state, ...change };
    this.#syncUrl();
    clearTimeout(this.#timer);
    if (now) void this.#run();
    else this.#timer = setTimeout(() => void this.#run(), DEBOUNCE_MS);
  }

  /** The search page's address and title, and the dialog's "Open as a page" link, follow the state. */
  #syncUrl(): void {
    const search = serializeSearchState(this.#state);
    if (this.#options.mode === "page") {
      if (location.search !== search)
        history.replaceState(history.state, "", `${location.pathname}${search}${location.hash}`);
      const query = this.#state.query.trim();
      document.title = document.title.replace(/^(Search)(: .*?)?( · )/, query ? `$1: ${query}$3` : "$1$3");
    }
    if (this.#pageLink) this.#pageLink.href = `${href(import.meta.env.BASE_URL, pages.search())}${search}`;
  }

  /** Runs the current search; a failure to load says so, and the next keystroke tries again. */
  async #run(): Promise<void> {
    try {
      await this.#runs.run((step) => this.#search(step));
    } catch (error) {
      console.warn("search:", error);
      this.#render.status(navigator.onLine ? LOAD_FAILED_STATUS : LOAD_FAILED_OFFLINE);
    }
  }

  async #search(step: Step): Promise<void> {
    const state = { ...this.#state, query: this.#state.query.trim() };
    const [engine] = await step(Promise.all([loadEngine(), this.#prepare()]));
    const { lookup } = engine;
    if (state.topic && !lookup.topicById.has(state.topic)) {
      // A link with a topic that does not exist (renamed, mistyped): search all topics, and say so in the URL.
      state.topic = null;
      this.#state = { ...this.#state, topic: null };
      this.#syncUrl();
    }
    const siteCounts = engine.topicCounts;
    if (state.query === "" && !state.topic) {
      this.#render.status(idleStatus(lookup.questionUrls.length));
      this.#render.chips(topicChips(lookup.topics, siteCounts, null, null));
      this.#render.clear();
      this.#paged = null;
      this.#shown = state;
      return;
    }
    const response = await step(runSearch(engine, state.query, state.topic));
    if (!response) return;
    // Fragments are fetched for the shown page only (lib/search/paging.ts); the count comes from the full list.
    const size = parsePageSize(this.#render.panel.dataset["pageSize"]);
    const pages = resultPages(response.results, state, lookup);
    const results = await step(pages.load(0, size));
    const searching = state.query !== "";
    const counts = searching ? (response.totalFilters[TOPIC_FILTER] ?? {}) : siteCounts;
    this.#render.chips(
      topicChips(lookup.topics, counts, state.topic, searching ? response.unfilteredResultCount : null),
    );
    const clearTopic = () => {
      this.#update({ topic: null }, true);
      this.#input.focus();
    };
    const paged = { pages, size, busy: false };
    this.#paged = paged;
    this.#render.results(
      resultsView(state, results, response.unfilteredResultCount, lookup, {
        answers: pages.total,
        sections: pages.sections,
      }),
      clearTopic,
      () => void this.#showMore(paged),
      this.#options.signal,
    );
    this.#shown = state;
  }

  /**
   * "Show more results": fetches and draws the next page of the search on screen, then moves focus to its first
   * result, so a keyboard or screen reader user carries on reading where the new results start. A newer search
   * drops it; a failure says so, and the button stays to try again.
   */
  async #showMore(paged: PagedResults): Promise<void> {
    if (paged.busy || this.#paged !== paged) return;
    paged.busy = true;
    try {
      const { from, to } = nextPage(this.#render.shownCount(), paged.pages.total, paged.size);
      const results = await paged.pages.load(from, to);
      if (this.#paged !== paged || this.#options.signal.aborted) return;
      this.#render.appendResults(results, paged.pages.total)?.focus();
    } catch (error) {
      console.warn("search:", error);
      if (this.#paged === paged) this.#render.status(navigator.onLine ? LOAD_FAILED_STATUS : LOAD_FAILED_OFFLINE);
    } finally {
      paged.busy = false;
    }
  }

  /** Enter in the field: opens the default result of the search as typed, running it first if it is not shown. */
  async #openDefault(retried = false): Promise<void> {
    if (!this.#shown || !sameSearch(this.#shown, this.#state)) {
      if (retried) return;
      clearTimeout(this.#timer);
      await this.#run();
      await this.#openDefault(true);
      return;
    }
    this.#render.defaultLink()?.click();
  }

  #clicked(event: MouseEvent): void {
    const link = (event.target as Element).closest("a");
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey)
      return;
    this.#options.onNavigate?.();
  }
}
