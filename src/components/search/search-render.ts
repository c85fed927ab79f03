/**
 * Draws a search panel's chips, status and results by copying the search's <template>s (SearchTemplates.astro,
 * on the search page) and filling their data-fill parts: the markup is written once, in .astro files, and the
 * words come from lib/search/messages.ts. Nothing here builds markup of its own beyond text and <mark>.
 */
import type { Chip, ChipRow } from "~/lib/search/chips";
import type { ExcerptPart } from "~/lib/search/excerpt";
import { moreSectionsNote, sectionsLabel, topicLinkText, viaTopicsNote } from "~/lib/search/messages";
import type { ResultsView } from "~/lib/search/present";
import type { ShapedResult, ShapedSection } from "~/lib/search/results";
import { requireParts } from "~/dom";

/** The panel's parts, found once when the search mounts. */
const PANEL_PARTS = {
  input: "[data-search-input]",
  form: "[data-search-form]",
  topics: "[data-search-topics]",
  chips: "[data-search-chips]",
  status: "[data-search-status]",
  results: "[data-search-results]",
} as const;

/** The templates, in the search page's panel (the dialog's panel borrows them: see search-engine.ts). */
const TEMPLATES = {
  chip: 'template[data-search-template="chip"]',
  resultList: 'template[data-search-template="results"]',
  empty: 'template[data-search-template="empty"]',
} as const;

export type PanelParts = { [K in keyof typeof PANEL_PARTS]: HTMLElement };
type Templates = { [K in keyof typeof TEMPLATES]: HTMLElement };

/** The element of a template's copy marked `data-fill="name"`; a template without it is a bug in the markup. */
function part(root: ParentNode, name: string): HTMLElement {
  const found = root.querySelector<HTMLElement>(`[data-fill="${name}"]`);
  if (!found) throw new Error(`search template: its part [data-fill="${name}"] is missing`);
  return found;
}

/** A copy of a template's content, owned by this page (the template may come from another document). */
function copy(template: HTMLElement): DocumentFragment {
  return document.importNode((template as HTMLTemplateElement).content, true);
}

/** A copy of a template's one element. */
function copyElement(template: HTMLElement): HTMLElement {
  return copy(template).firstElementChild as HTMLElement;
}

/** Takes the repeated part `name` out of `root`, to be copied once per item. */
function takeOut(root: ParentNode, name: string): HTMLElement {
  const found = part(root, name);
  found.remove();
  return found;
}

/**
 * Fills an excerpt with its marked text in place of its `via` part, or else that part with the topics it matched
 * through; false when it has neither.
 */
function fillExcerpt(via: HTMLElement, parts: readonly ExcerptPart[], viaTopics: readonly string[]): boolean {
  if (parts.length > 0) {
    via.replaceWith(
      ...parts.map((p) => (p.marked ? Object.assign(document.createElement("mark"), { textContent: p.text }) : p.text)),
    );
    return true;
  }
  via.textContent = viaTopicsNote(viaTopics);
  return viaTopics.length > 0;
}

/** Numbers the ids results are described by, unique on the page (two panels may draw results). */
let ids = 0;

/** A heading of another level with the same attributes and content: results sit one level below the panel's. */
function retag(heading: HTMLElement, tag: string): HTMLElement {
  const renamed = document.createElement(tag);
  for (const { name, value } of heading.attributes) renamed.setAttribute(name, value);
  renamed.append(...heading.childNodes);
  heading.replaceWith(renamed);
  return renamed;
}

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
    this.#templates = requireParts(source, TEMPLATES);
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

  /** What a search found, or what to do instead; `clearTopic` runs on "Search all topics". */
  results(view: ResultsView, clearTopic: () => void, signal: AbortSignal): void {
    this.status(view.status);
    if (view.kind === "results") {
      this.#parts.results.replaceChildren(this.#resultList(view.results, view.topicPage));
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

  #resultList(results: readonly ShapedResult[], topicPage: { title: string; url: string } | null): DocumentFragment {
    const fragment = copy(this.#t.resultList);
    const list = part(fragment, "list");
    const item = takeOut(list, "result");
    const section = takeOut(item, "section");
    const heading = part(item, "heading");
    if (heading.localName !== this.#heading) retag(heading, this.#heading);
    list.append(...results.map((result) => this.#result(result, item, section)));
    const topic = part(fragment, "topic");
    if (topicPage)
      Object.assign(part(topic, "topic-link"), { href: topicPage.url, textContent: topicLinkText(topicPage.title) });
    else topic.remove();
    // Enter in the field opens the top question's best section, or the question itself.
    const first = list.firstElementChild;
    if (first)
      (first.querySelector('[data-fill="section-link"]') ?? part(first, "page")).setAttribute("data-default", "");
    return fragment;
  }

  #result(result: ShapedResult, template: HTMLElement, sectionTemplate: HTMLElement): HTMLElement {
    const id = `search-hit-${++ids}`;
    const item = template.cloneNode(true) as HTMLElement;
    const page = part(item, "page");
    Object.assign(page, { href: result.url, textContent: result.title });
    const excerpt = part(item, "excerpt");
    if (fillExcerpt(part(item, "via"), result.excerpt, result.viaTopics)) {
      excerpt.id = `${id}-x`;
      page.setAttribute("aria-describedby", excerpt.id);
    } else excerpt.remove();
    const sections = part(item, "sections");
    if (result.sections.length > 0) {
      sections.setAttribute("aria-label", sectionsLabel(result.title));
      sections.append(...result.sections.map((s, i) => this.#section(s, sectionTemplate, `${id}-${i}`)));
    } else sections.remove();
    const more = part(item, "more");
    if (result.moreSections > 0) more.textContent = moreSectionsNote(result.moreSections);
    else more.remove();
    return item;
  }

  /**
   * A section: the link holds only its title, so its accessible name is its visible text; the excerpt follows
   * as the link's description, and the link is stretched over the whole item.
   */
  #section(section: ShapedSection, template: HTMLElement, id: string): HTMLElement {
    const item = template.cloneNode(true) as HTMLElement;
    const link = part(item, "section-link");
    link.setAttribute("href", section.url);
    if (section.parent) part(link, "parent").textContent = section.parent;
    else {
      part(link, "parent").remove();
      part(link, "separator").remove();
    }
    link.append(section.title);
    const excerpt = part(item, "section-excerpt");
    if (fillExcerpt(part(item, "section-via"), section.excerpt, section.viaTopics)) {
      excerpt.id = `${id}-x`;
      link.setAttribute("aria-describedby", excerpt.id);
    } else excerpt.remove();
    return item;
  }
}
