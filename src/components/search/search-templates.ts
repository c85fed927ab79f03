/**
 * The search's <template>s (SearchTemplates.astro, on the search page) and the few ways drawing uses them: find
 * a part marked data-fill, copy a template into this page, take a repeated part out to copy it per item.
 */
import { requireParts } from "~/dom";

/** The templates, in the search page's panel (the dialog's panel borrows them: see search-engine.ts). */
const TEMPLATES = {
  chip: 'template[data-search-template="chip"]',
  resultList: 'template[data-search-template="results"]',
  empty: 'template[data-search-template="empty"]',
} as const;

export type Templates = { [K in keyof typeof TEMPLATES]: HTMLElement };

/** The templates inside `source` (a search panel that has them); null, said on the console, when one is missing. */
export function findTemplates(source: HTMLElement): Templates | null {
  return requireParts(source, TEMPLATES);
}

/** The element of a template's copy marked `data-fill="name"`; a template without it is a bug in the markup. */
export function part(root: ParentNode, name: string): HTMLElement {
  const found = root.querySelector<HTMLElement>(`[data-fill="${name}"]`);
  if (!found) throw new Error(`search template: its part [data-fill="${name}"] is missing`);
  return found;
}

/** A copy of a template's content, owned by this page (the template may come from another document). */
export function copy(template: HTMLElement): DocumentFragment {
  return document.importNode((template as HTMLTemplateElement).content, true);
}

/** A copy of a template's one element. */
export function copyElement(template: HTMLElement): HTMLElement {
  return copy(template).firstElementChild as HTMLElement;
}

/** Takes the repeated part `name` out of `root`, to be copied once per item. */
export function takeOut(root: ParentNode, name: string): HTMLElement {
  const found = part(root, name);
  found.remove();
  return found;
}

/** A heading of another level with the same attributes and content: results sit one level below the panel's. */
export function retag(heading: HTMLElement, tag: string): HTMLElement {
  const renamed = document.createElement(tag);
  for (const { name, value } of heading.attributes) renamed.setAttribute(name, value);
  renamed.append(...heading.childNodes);
  heading.replaceWith(renamed);
  return renamed;
}
