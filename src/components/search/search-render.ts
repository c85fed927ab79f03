/**
 * Draws a search panel's chips, status and results by copying the search's <template>s (search-templates.ts)
 * and filling their data-fill parts: the markup is written once, in .astro files, and the words come from
 * lib/search/messages.ts. The list of results is drawn by search-result-list.ts.
 */
import type { Chip, ChipRow } from "~/lib/search/chips";
import type { ResultsView } from "~/lib/search/present";
import { requireParts } from "~/dom";
import type { ShapedResult } from "~/lib/search/results";
import { shownNote } from "~/lib/search/messages";
import { drawMoreResults, drawResultList } from "./search-result-list";
import { copy, copyElement, findTemplates, part, takeOut } from "./search-templates";
import type { Templates } from "./search-templates";

/** The panel's parts, found once when the search mounts. */
const PANEL_PARTS = {
  input: "[data-search-input]",
  form: "[data-search-form]",
  topics: "[data-search-topics]",
  chips: "[data-search-chips]",
  status: "[data-search-status]",
  results: "[data-search-results]",
} as const;

export type PanelParts = { [K in keyof typeof PANEL_PARTS]: HTMLElement };

export class SearchRender {
  readonly #parts: PanelParts;
  readonly #panel: HTMLElement;
  /** The level of a result's heading in this panel (`data-result-heading`): h2 on the search page, h3 in the dialog. */
  readonly #heading: string;
  #templates: Templates | null = null;

  private constructor(panel: HTMLElement, parts: PanelParts) {
    this.#panel = panel;
    this.#parts = parts;
    this.#heading = panel.dataset["resultHeading"] ?? "h2";
  }

  /** The renderer of a panel, or null (said on the console) when its markup lacks a part. */
  static of(panel: HTMLElement): SearchRender | null {
    const parts = requireParts(panel, PANEL_PARTS);
    return parts ? new SearchRender(panel, parts) : null;
  }

  /** Takes the templates from `source` (a search panel that has them); throws, after saying so, when it has none. */
  useTemplates(source: HTMLElement): void {
    this.#templates = findTemplates(source);
    if (!this.#templates) throw new Error("search: no templates to draw results with");
  }

  get #t(): Templates {
    if (!this.#templates) throw new Error("search: drawing before the templates are there");
    return this.#templates;
  }

  get panel(): HTMLElement {
    return this.#panel;
  }

  get parts(): PanelParts {
    return this.#parts;
  }

  status(text: string): void {
    if (this.#parts.status.textContent !== text) this.#parts.status.textContent = text;
  }

  /** The chips; a chip that had focus keeps it, so re-drawing does not lose a keyboard user's place. */
  chips({ chips, layout }: ChipRow): void {
    const { chips: box, topics } = this.#parts;
    const active = document.activeElement;
    const focused = active instanceof HTMLElement && box.contains(active) ? (active.dataset["topic"] ?? null) : null;
    box.dataset["layout"] = layout;
    box.replaceChildren(...chips.map((chip) => this.#chip(chip)));
    // Set before first paint on a search page opened with words (see SearchPage.astro): the real chips are here.
    this.#panel.closest("[data-search-pending]")?.removeAttribute("data-search-pending");
    topics.hidden = chips.length < 2;
    if (focused !== null) box.querySelector<HTMLElement>(`[data-topic="${CSS.escape(focused)}"]`)?.focus();
  }

  #chip(chip: Chip): HTMLElement {
    const button = copyElement(this.#t.chip);
    button.dataset["topic"] = chip.topic;
    button.setAttribute("aria-pressed", String(chip.pressed));
    button.prepend(chip.label);
    if (chip.count === null) part(button, "count").remove();
    else part(button, "count").append(String(chip.count));
    return button;
  }

  /**
   * What a search found, or what to do instead; `clearTopic` runs on "Search all topics", `showMore` on "Show more
   * results" (there when the view lists fewer results than it found).
   */
  results(view: ResultsView, clearTopic: () => void, showMore: () => void, signal: AbortSignal): void {
    this.status(view.status);
    if (view.kind === "results") {
      const drawn = drawResultList(this.#t.resultList, view.results, view.topicPage, this.#heading, view.total);
      drawn.querySelector('[data-fill="more-button"]')?.addEventListener("click", showMore, { signal });
      this.#parts.results.replaceChildren(drawn);
      return;
    }
    const empty = copy(this.#t.empty);
    part(empty, "note").textContent = view.note;
    const list = part(empty, "topics");
    const item = takeOut(list, "topic");
    const clear = part(empty, "clear-topic");
    if (view.kind === "other-topics") {
      list.remove();
      clear.addEventListener("click", clearTopic, { signal });
    } else {
      clear.remove();
      for (const topic of view.topics) {
        const entry = item.cloneNode(true) as HTMLElement;
        Object.assign(part(entry, "topic-link"), { href: topic.url, textContent: topic.title });
        list.append(entry);
      }
    }
    this.#parts.results.replaceChildren(empty);
  }

  /**
   * Adds `results` to the list on screen, of `total` found: the note says how many now show, and "Show more
   * results" goes once all do. Returns the first added result's link, where focus goes next.
   */
  appendResults(results: readonly ShapedResult[], total: number): HTMLAnchorElement | null {
    const list = this.#parts.results.querySelector<HTMLElement>('[data-fill="list"]');
    if (!list) return null;
    const items = drawMoreResults(this.#t.resultList, results, this.#heading);
    list.append(...items);
    const shown = list.children.length;
    const more = this.#parts.results.querySelector<HTMLElement>('[data-fill="more-results"]');
    if (more && shown >= total) more.remove();
    else if (more) part(more, "shown").textContent = shownNote(shown, total);
    return items[0]?.querySelector<HTMLAnchorElement>('[data-fill="page"]') ?? null;
  }

  /** How many results the list on screen shows. */
  shownCount(): number {
    return this.#parts.results.querySelector('[data-fill="list"]')?.children.length ?? 0;
  }

  /** Nothing below the chips (no words, no topic). */
  clear(): void {
    this.#parts.results.replaceChildren();
  }

  /** The result links the arrow keys move through, in reading order. */
  links(): HTMLAnchorElement[] {
    return [...this.#parts.results.querySelectorAll<HTMLAnchorElement>("ol a")];
  }

  /** The link Enter in the field opens: the top question's best section, or the question itself. */
  defaultLink(): HTMLAnchorElement | null {
    return this.#parts.results.querySelector<HTMLAnchorElement>("[data-default]");
  }
}
