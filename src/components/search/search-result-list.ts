/**
 * Draws a list of results from the results template: each question with its excerpt, its matching sections and
 * how many more match, and under a topic browsed without words the link to the topic's page. The words come from
 * lib/search/messages.ts; nothing here builds markup of its own beyond text and <mark>.
 */
import type { ExcerptPart } from "~/lib/search/excerpt";
import { moreSectionsNote, sectionsLabel, shownNote, topicLinkText, viaTopicsNote } from "~/lib/search/messages";
import type { ShapedResult, ShapedSection } from "~/lib/search/results";
import { copy, part, retag, takeOut } from "./search-templates";

/** Numbers the ids results are described by, unique on the page (two panels may draw results). */
let ids = 0;

/** A copy of the results template with its repeated parts taken out, the result's heading an `headingTag`. */
function listParts(template: HTMLElement, headingTag: string) {
  const fragment = copy(template);
  const list = part(fragment, "list");
  const item = takeOut(list, "result");
  const section = takeOut(item, "section");
  const heading = part(item, "heading");
  if (heading.localName !== headingTag) retag(heading, headingTag);
  return { fragment, list, item, section };
}

/**
 * The results drawn from `template`, each result's heading an `headingTag` (one level below the panel's
 * heading); the top question's best section (or the question) is marked `data-default`, for Enter in the field.
 * When `total` is more than the results drawn, a note says how many show and a "Show more results" button
 * follows the list (search-render.ts wires it); else neither is there.
 */
export function drawResultList(
  template: HTMLElement,
  results: readonly ShapedResult[],
  topicPage: { title: string; url: string } | null,
  headingTag: string,
  total = results.length,
): DocumentFragment {
  const { fragment, list, item, section } = listParts(template, headingTag);
  list.append(...results.map((result) => drawResult(result, item, section)));
  const more = part(fragment, "more-results");
  if (total > results.length) part(more, "shown").textContent = shownNote(results.length, total);
  else more.remove();
  const topic = part(fragment, "topic");
  if (topicPage)
    Object.assign(part(topic, "topic-link"), { href: topicPage.url, textContent: topicLinkText(topicPage.title) });
  else topic.remove();
  const first = list.firstElementChild;
  const best = first?.querySelector('[data-fill="section-link"]') ?? (first ? part(first, "page") : null);
  best?.setAttribute("data-default", "");
  return fragment;
}

/** More results for a list drawn by `drawResultList`, as list items to append to it. */
export function drawMoreResults(
  template: HTMLElement,
  results: readonly ShapedResult[],
  headingTag: string,
): HTMLElement[] {
  const { item, section } = listParts(template, headingTag);
  return results.map((result) => drawResult(result, item, section));
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

function drawResult(result: ShapedResult, template: HTMLElement, sectionTemplate: HTMLElement): HTMLElement {
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
    sections.append(...result.sections.map((s, i) => drawSection(s, sectionTemplate, `${id}-${i}`)));
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
function drawSection(section: ShapedSection, template: HTMLElement, id: string): HTMLElement {
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
