/**
 * The search itself, loaded on first use (the header dialog's first open, or the /search/
 * page): Pagefind's JS API, results as the reader types, topic chips, keyboard movement
 * through results, and the state in the URL on the search page. The logic it relies on is
 * in src/lib/search-*.ts; this file only touches the DOM.
 */
// Linked, not imported: see ./stylesheet.ts.
import { files, href, pages } from "~/lib/routes";
import resultsCss from "./search-results.css?url";
import { prefetch } from "astro:prefetch";
import { SEARCH_DATA_FILE, TOPIC_FILTER } from "~/lib/search/data";
import type { SearchData, SearchQuestion, SearchTopic } from "~/lib/search/data";
import { highlightTerms, withHighlight } from "~/lib/search/highlight";
import { aliasSentence, questionTopicIds } from "~/lib/search/indexing";
import { idleStatus, listedTopics, orderTopicResults, shapeResult, topicSections } from "~/lib/search/results";
import type { ExcerptPart, FragmentLike, ShapedResult, ShapedSection } from "~/lib/search/results";
import { EMPTY_STATE, parseSearchState, sameSearch, serializeSearchState } from "~/lib/search/state";
import type { SearchState } from "~/lib/search/state";
import { loadStylesheet } from "~/dom";

const BASE = import.meta.env.BASE_URL;
/** Sections shown under each question. */
const MAX_SECTIONS = 3;
/** Words per excerpt: about two lines in the dialog. */
const EXCERPT_WORDS = 24;
/** Wait this long after a keystroke before searching; Pagefind itself answers in a few ms. */
const DEBOUNCE_MS = 60;

type FilterCounts = Record<string, Record<string, number>>;

/** The parts of Pagefind's browser API used here (pagefind.js has no bundled types). */
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<FilterCounts>;
  search(
    term: string | null,
    options?: { filters?: Record<string, string> },
  ): Promise<{
    results: { id: string; data(): Promise<FragmentLike> }[];
    unfilteredResultCount: number;
    totalFilters: FilterCounts;
  } | null>;
}

interface Engine {
  pagefind: Pagefind;
  data: SearchData;
  topics: Map<string, SearchTopic>;
  questions: Map<string, SearchQuestion>;
  /** Questions per topic across the whole site. */
  topicCounts: Promise<Record<string, number>>;
}

let engine: Promise<Engine> | undefined;

/** Loads Pagefind and the topic data once per page, in parallel. A failure can be retried. */
function loadEngine(): Promise<Engine> {
  engine ??= (async () => {
    const dataUrl = href(BASE, SEARCH_DATA_FILE);
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
      baseUrl: BASE,
      // Eight pages search in about a millisecond: a worker would cost a download and a start-up
      // for nothing, and the page's CSP need not allow one.
      noWorker: true,
    });
    await pagefind.init();
    // Pagefind reports a failed start (no connection, index not saved offline) here, not from init().
    const counts = await pagefind.filters();
    return {
      pagefind,
      data,
      topics: new Map(data.topics.map((t) => [t.id, t])),
      questions: new Map(data.questions.map((q) => [q.url, q])),
      // A search reports per-topic counts (for the chips) only once the filter data has been loaded,
      // which the call above does.
      topicCounts: Promise.resolve(counts[TOPIC_FILTER] ?? {}),
    };
  })();
  engine.catch(() => {
    engine = undefined;
  });
  return engine;
}

/** The result styles, linked on first use in the dialog (the search page has them in its own CSS). */
let styles: Promise<void> | undefined;

export interface MountOptions {
  /** "dialog" in the header; "page" on /search/, where the state also lives in the URL. */
  mode: "dialog" | "page";
  /** Called when the reader opens a result (the dialog closes itself). */
  onNavigate?: () => void;
  /** Called on Escape in the dialog. */
  onEscape?: () => void;
}

const mounted = new WeakSet<Element>();

/** Brings the search panel inside `root` to life (once per panel). */
export function mountSearch(root: HTMLElement, options: MountOptions): void {
  const panel = root.querySelector<HTMLElement>("[data-search-panel]");
  if (!panel || mounted.has(panel)) return;
  mounted.add(panel);
  new SearchView(root, panel, options);
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

function excerptNodes(parts: readonly ExcerptPart[]): Node[] {
  return parts.map((p) => (p.marked ? el("mark", {}, p.text) : document.createTextNode(p.text)));
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

class SearchView {
  readonly #options: MountOptions;
  readonly #input: HTMLInputElement;
  readonly #form: HTMLFormElement;
  readonly #topics: HTMLElement;
  readonly #chips: HTMLElement;
  readonly #status: HTMLElement;
  readonly #results: HTMLElement;
  readonly #pageLink: HTMLAnchorElement | null;
  readonly #headingTag: "h2" | "h3";
  #state: SearchState = EMPTY_STATE;
  #shown: SearchState | null = null;
  #sequence = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #idCount = 0;
  readonly #panel: HTMLElement;

  constructor(root: HTMLElement, panel: HTMLElement, options: MountOptions) {
    this.#options = options;
    this.#panel = panel;
    if (options.mode === "dialog") styles ??= loadStylesheet(resultsCss);
    const q = <T extends Element>(selector: string) => {
      const found = panel.querySelector<T>(selector);
      if (!found) throw new Error(`search panel: ${selector} is missing`);
      return found;
    };
    this.#input = q<HTMLInputElement>("[data-search-input]");
    this.#form = q<HTMLFormElement>("[data-search-form]");
    this.#topics = q<HTMLElement>("[data-search-topics]");
    this.#chips = q<HTMLElement>("[data-search-chips]");
    this.#status = q<HTMLElement>("[data-search-status]");
    this.#results = q<HTMLElement>("[data-search-results]");
    this.#pageLink = root.querySelector<HTMLAnchorElement>("[data-search-page-link]");
    this.#headingTag = options.mode === "page" ? "h2" : "h3";

    if (options.mode === "page") {
      const fromUrl = parseSearchState(location.search);
      this.#input.value = fromUrl.query;
      this.#state = fromUrl;
    } else {
      // Words typed while the code was loading are kept.
      this.#state = { query: this.#input.value, topic: null };
    }

    this.#input.addEventListener("input", () => this.#update({ query: this.#input.value }));
    this.#form.addEventListener("submit", (event) => {
      event.preventDefault();
      void this.#openDefault();
    });
    panel.addEventListener("keydown", (event) => this.#keydown(event));
    this.#results.addEventListener("click", (event) => this.#clicked(event));
    // Like the site's other intent links (data-astro-prefetch): a result is fetched once the reader
    // points at it. Keyboard focus is covered by Astro's own focusin listener; its hover listeners
    // only see links present at page load, so hover is handled here.
    this.#results.addEventListener("mouseover", (event) => {
      const link = (event.target as Element).closest<HTMLAnchorElement>("a[data-astro-prefetch]");
      if (link) prefetch(link.href);
    });
    this.#chips.addEventListener("click", (event) => {
      const chip = (event.target as Element).closest<HTMLButtonElement>("button[data-topic]");
      if (!chip) return;
      const topic = chip.dataset["topic"] || null;
      this.#update({ topic: topic === this.#state.topic ? null : topic }, true);
    });

    // The search page is built showing the idle state (status and topic chips), so that it paints in its final
    // layout; keep that text rather than flash "Loading" when there is nothing to search yet.
    const idle = this.#state.query.trim() === "" && !this.#state.topic;
    if (!idle || !this.#status.textContent) this.#setStatus("Loading search…");
    this.#syncUrl();
    this.#run();
  }

  #update(change: Partial<SearchState>, now = false) {
    this.#state = { ...this.#state, ...change };
    this.#syncUrl();
    clearTimeout(this.#timer);
    if (now) this.#run();
    else this.#timer = setTimeout(() => this.#run(), DEBOUNCE_MS);
  }

  #syncUrl() {
    const search = serializeSearchState(this.#state);
    if (this.#options.mode === "page") {
      if (location.search !== search)
        history.replaceState(history.state, "", `${location.pathname}${search}${location.hash}`);
      const query = this.#state.query.trim();
      document.title = document.title.replace(/^(Search)(: .*?)?( · )/, query ? `$1: ${query}$3` : "$1$3");
    }
    if (this.#pageLink) this.#pageLink.href = `${href(BASE, pages.search())}${search}`;
  }

  async #run() {
    const sequence = ++this.#sequence;
    const state = { ...this.#state, query: this.#state.query.trim() };
    let engine: Engine;
    try {
      [engine] = await Promise.all([loadEngine(), styles]);
    } catch {
      if (sequence !== this.#sequence) return;
      this.#setStatus(
        navigator.onLine
          ? "Search could not load. It works on the built site (npm run build, then npm run preview); try again or reload the page."
          : "You're offline, and the search index isn't saved on this device. Once you're connected, “Save for offline” on the home page keeps it.",
      );
      return;
    }
    if (sequence !== this.#sequence) return;
    if (state.topic && !engine.topics.has(state.topic)) {
      // A link with a topic that does not exist (renamed, mistyped): search all topics, and say so in the URL.
      state.topic = null;
      this.#state = { ...this.#state, topic: null };
      this.#syncUrl();
    }

    if (state.query === "" && !state.topic) {
      const counts = await engine.topicCounts;
      if (sequence !== this.#sequence) return;
      this.#renderIdle(engine, counts);
      this.#shown = state;
      return;
    }

    await engine.topicCounts;
    if (sequence !== this.#sequence) return;
    const filters = state.topic ? { [TOPIC_FILTER]: state.topic } : undefined;
    const response = await engine.pagefind.search(state.query === "" ? null : state.query, filters ? { filters } : {});
    if (sequence !== this.#sequence || !response) return;
    const fragments = await Promise.all(response.results.map((r) => r.data()));
    if (sequence !== this.#sequence) return;

    const terms = highlightTerms(state.query);
    const link = (url: string) => withHighlight(url, terms);
    let shaped = fragments.map((fragment) => {
      const question = engine.questions.get(fragment.url);
      const sectionTopics = question?.sections ?? {};
      if (state.query === "" && state.topic) {
        return {
          ...shapeResult({ ...fragment, sub_results: [] }, this.#shapeOptions(engine, state, question, terms, link)),
          excerpt: [],
          sections: topicSections(fragment, state.topic, sectionTopics, link),
        } satisfies ShapedResult;
      }
      return shapeResult(fragment, this.#shapeOptions(engine, state, question, terms, link));
    });

    if (state.query === "") {
      const order = engine.data.questions.map((q) => q.url);
      shaped = orderTopicResults(shaped, (r) => order.indexOf(r.url.split("?")[0] ?? r.url));
    }

    const counts = state.query === "" ? await engine.topicCounts : (response.totalFilters[TOPIC_FILTER] ?? {});
    if (sequence !== this.#sequence) return;
    this.#renderChips(engine, state, counts, state.query === "" ? null : response.unfilteredResultCount);
    this.#renderResults(engine, state, shaped, response.unfilteredResultCount);
    this.#shown = state;
  }

  #shapeOptions(
    engine: Engine,
    state: SearchState,
    question: SearchQuestion | undefined,
    terms: string[],
    link: (url: string) => string,
  ) {
    const aliasTexts = question
      ? questionTopicIds(question).flatMap((id) => {
          const topic = engine.topics.get(id);
          return topic ? [aliasSentence(topic)] : [];
        })
      : [];
    return {
      maxSections: MAX_SECTIONS,
      excerptLength: EXCERPT_WORDS,
      aliasTexts,
      topic: state.topic,
      pageTopics: question?.topics ?? [],
      sectionTopics: question?.sections ?? {},
      topics: engine.topics,
      terms,
      link,
    };
  }

  #setStatus(text: string) {
    if (this.#status.textContent !== text) this.#status.textContent = text;
  }

  #renderIdle(engine: Engine, counts: Record<string, number>) {
    this.#setStatus(idleStatus(engine.data.questions.length));
    this.#renderChips(engine, EMPTY_STATE, counts, null);
    this.#results.replaceChildren();
  }

  #renderChips(engine: Engine, state: SearchState, counts: Record<string, number>, allCount: number | null) {
    const focusedTopic = (document.activeElement as HTMLElement | null)?.closest?.("[data-search-chips] button")
      ? ((document.activeElement as HTMLElement).dataset["topic"] ?? "")
      : null;
    const chip = (topic: string, label: string, count: number | null) => {
      const button = el(
        "button",
        {
          type: "button",
          class: "search-chip",
          "data-topic": topic,
          "aria-pressed": String((state.topic ?? "") === topic),
        },
        label,
      );
      if (count !== null) {
        button.append(
          el("span", { class: "search-chip__count" }, el("span", { class: "sr-only" }, ": "), String(count)),
        );
      }
      return button;
    };
    // Browsing (no words yet): every topic, alphabetical, wrapped. Searching: only the topics
    // with matches, most matches first, in one scrollable row, so results stay in view.
    const browsing = allCount === null;
    const listed = listedTopics(engine.data.topics, counts, state.topic);
    if (!browsing) listed.sort((a, b) => b.count - a.count);
    const chips = [
      chip("", "All topics", allCount),
      ...listed.map(({ topic, count }) => chip(topic.id, topic.title, count)),
    ];
    this.#chips.dataset["layout"] = browsing ? "wrap" : "row";
    this.#chips.replaceChildren(...chips);
    // Set before first paint on a search page opened with words (see SearchPage.astro): the real chips are here.
    this.#panel.closest("[data-search-pending]")?.removeAttribute("data-search-pending");
    this.#topics.hidden = chips.length < 2;
    // Re-rendering must not lose the keyboard user's place among the chips.
    if (focusedTopic !== null)
      this.#chips.querySelector<HTMLElement>(`button[data-topic="${CSS.escape(focusedTopic)}"]`)?.focus();
  }

  #renderResults(engine: Engine, state: SearchState, results: ShapedResult[], unfiltered: number) {
    const topicTitle = state.topic ? (engine.topics.get(state.topic)?.title ?? state.topic) : null;
    const quoted = `“${state.query}”`;
    if (results.length === 0) {
      if (topicTitle && unfiltered > 0) {
        this.#setStatus(`No answers in ${topicTitle} match ${quoted}.`);
        const all = el(
          "button",
          { type: "button", class: "search-empty__action", "data-clear-topic": "" },
          "Search all topics",
        );
        all.addEventListener("click", () => {
          this.#update({ topic: null }, true);
          this.#input.focus();
        });
        this.#results.replaceChildren(
          el(
            "div",
            { class: "search-empty" },
            el("p", {}, `${plural(unfiltered, "answer", "answers")} in other topics match.`),
            all,
          ),
        );
      } else {
        this.#setStatus(`No answers match ${quoted}.`);
        this.#results.replaceChildren(this.#offerTopics(engine));
      }
      return;
    }

    const sectionCount = results.reduce((n, r) => n + r.sections.length, 0);
    const what = `${plural(results.length, "answer", "answers")}${sectionCount ? `, ${plural(sectionCount, "section", "sections")}` : ""}`;
    if (state.query === "") this.#setStatus(`${what} on ${topicTitle}.`);
    else this.#setStatus(`${what} for ${quoted}${topicTitle ? ` in ${topicTitle}` : ""}.`);

    const list = el("ol", { class: "search-results", "aria-label": "Results" });
    for (const result of results) list.append(this.#resultItem(result));
    const nodes: Node[] = [list];
    if (state.topic && state.query === "") {
      const topic = engine.topics.get(state.topic);
      if (topic)
        nodes.push(
          el("p", { class: "search-results__topic-link" }, el("a", { href: topic.url }, `About ${topic.title} →`)),
        );
    }
    this.#results.replaceChildren(...nodes);
    // Enter in the field opens the top question's best section, or the question itself.
    const first = this.#results.querySelector(".search-result");
    (
      first?.querySelector(".search-result__section-link") ?? first?.querySelector(".search-result__page")
    )?.setAttribute("data-default", "");
  }

  #resultItem(result: ShapedResult): HTMLElement {
    const id = `search-hit-${++this.#idCount}`;
    const pageLink = el(
      "a",
      { class: "search-result__page", href: result.url, "data-astro-prefetch": "" },
      el("span", { id: `${id}-t` }, result.title),
    );
    const item = el(
      "li",
      { class: "search-result" },
      el(this.#headingTag, { class: "search-result__title" }, pageLink),
    );
    if (result.excerpt.length > 0 || result.viaTopics.length > 0) {
      const excerpt = el(
        "p",
        { class: "search-result__excerpt", id: `${id}-x` },
        ...this.#excerpt(result.excerpt, result.viaTopics),
      );
      pageLink.setAttribute("aria-describedby", `${id}-x`);
      item.append(excerpt);
    }
    if (result.sections.length > 0) {
      const sections = el("ul", { class: "search-result__sections", "aria-label": `Sections of: ${result.title}` });
      result.sections.forEach((section, i) => sections.append(this.#sectionItem(section, `${id}-${i}`)));
      item.append(sections);
    }
    if (result.moreSections > 0) {
      item.append(
        el(
          "p",
          { class: "search-result__more" },
          `${plural(result.moreSections, "more section matches", "more sections match")} on this page`,
        ),
      );
    }
    return item;
  }

  /**
   * A section: the link holds only its title, so its accessible name is its visible text; the
   * excerpt follows as the link's description, and the link is stretched over the whole item.
   */
  #sectionItem(section: ShapedSection, id: string): HTMLElement {
    const link = el("a", { class: "search-result__section-link", href: section.url, "data-astro-prefetch": "" });
    if (section.parent) {
      link.append(
        el("span", { class: "search-result__parent" }, section.parent),
        el("span", { class: "search-result__separator", "aria-hidden": "true" }, " › "),
      );
    }
    link.append(section.title);
    const item = el("li", { class: "search-result__section" }, link);
    const excerpt = this.#excerpt(section.excerpt, section.viaTopics);
    if (excerpt.length > 0) {
      item.append(el("span", { class: "search-result__excerpt", id: `${id}-x` }, ...excerpt));
      link.setAttribute("aria-describedby", `${id}-x`);
    }
    return item;
  }

  #excerpt(parts: readonly ExcerptPart[], viaTopics: readonly string[]): Node[] {
    if (parts.length > 0) return excerptNodes(parts);
    if (viaTopics.length > 0) {
      return [el("span", { class: "search-result__via" }, `Matched through the topic ${viaTopics.join(", ")}`)];
    }
    return [];
  }

  #offerTopics(engine: Engine): HTMLElement {
    const list = el("ul", { class: "search-empty__topics" });
    for (const topic of engine.data.topics) list.append(el("li", {}, el("a", { href: topic.url }, topic.title)));
    return el(
      "div",
      { class: "search-empty" },
      el("p", {}, "Check the spelling or try fewer words. Or browse a topic instead:"),
      list,
    );
  }

  /** The links arrow keys move through, in reading order. */
  #links(): HTMLAnchorElement[] {
    return [...this.#results.querySelectorAll<HTMLAnchorElement>(".search-results a")];
  }

  async #openDefault(retried = false) {
    if (!this.#shown || !sameSearch(this.#shown, this.#state)) {
      if (retried) return;
      // Enter pressed before the results for the latest keystroke arrived: run now, then open.
      clearTimeout(this.#timer);
      await this.#run();
      await this.#openDefault(true);
      return;
    }
    const target = this.#results.querySelector<HTMLAnchorElement>("[data-default]");
    target?.click();
  }

  #keydown(event: KeyboardEvent) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as HTMLElement;
    const links = this.#links();
    const index = links.indexOf(target as HTMLAnchorElement);

    if (event.key === "Escape" && this.#options.onEscape) {
      event.preventDefault();
      this.#options.onEscape();
      return;
    }
    if (target === this.#input) {
      if (event.key === "ArrowDown" && links[0]) {
        event.preventDefault();
        links[0].focus();
      }
      return;
    }
    if (index === -1) return;
    const move = (to: number) => {
      event.preventDefault();
      const next = links[to];
      if (next) next.focus();
      else this.#input.focus();
    };
    if (event.key === "ArrowDown") move(Math.min(index + 1, links.length - 1));
    else if (event.key === "ArrowUp") move(index - 1);
    else if (event.key === "Home") move(0);
    else if (event.key === "End") move(links.length - 1);
    else if (event.key.length === 1 || event.key === "Backspace") {
      // Typing while on a result goes on in the field, like typing into it.
      this.#input.focus();
    }
  }

  #clicked(event: MouseEvent) {
    const link = (event.target as Element).closest("a");
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey)
      return;
    this.#options.onNavigate?.();
  }
}
