/**
 * The answer as practice mode sees it: each heading with the content that follows it up to the next heading
 * (answer headings are siblings of their content), and the "Reveal" row practice mode puts under each.
 */
import { ANSWER_HEADING, selector } from "~/hooks";

/** A heading of the answer with the content that follows it up to the next heading. */
export interface Section {
  readonly id: string;
  readonly title: string;
  /** The heading's block (AnchorHeading), or null for the text before the first heading. */
  readonly heading: HTMLElement | null;
  readonly parts: readonly HTMLElement[];
  readonly row: HTMLElement;
  readonly button: HTMLButtonElement;
  readonly verb: HTMLElement;
}

/** The id practice mode gives the text before the first heading. */
const INTRO = "intro";
/** Children of the answer that are not part of what it says (components' scripts, practice mode's own rows). */
const SKIPPED = "script, style, template, link, [data-practice-ui]";

/** Groups the answer's top-level elements under the heading before them and adds a Reveal row to each group. */
export function findSections(body: HTMLElement): Section[] {
  const groups: { id: string; title: string; heading: HTMLElement | null; parts: HTMLElement[] }[] = [];
  let current: (typeof groups)[number] | undefined;
  for (const child of body.children) {
    if (!(child instanceof HTMLElement) || child.matches(SKIPPED)) continue;
    const heading = child.matches(selector(ANSWER_HEADING)) ? child.querySelector("h2, h3, h4") : null;
    if (heading?.id) {
      current = { id: heading.id, title: heading.textContent?.trim() ?? "", heading: child, parts: [] };
      groups.push(current);
    } else if (!current) {
      current = { id: INTRO, title: "Introduction", heading: null, parts: [child] };
      groups.push(current);
    } else {
      current.parts.push(child);
    }
  }
  return groups.filter((g) => g.parts.length > 0).map((g) => ({ ...g, ...revealRow(g) }));
}

/** The row under a heading: a disclosure button controlling the section's parts. */
function revealRow(g: { id: string; title: string; heading: HTMLElement | null; parts: HTMLElement[] }) {
  g.parts.forEach((part, i) => {
    part.id ||= `practice-${g.id}-${i + 1}`;
  });
  const row = document.createElement("p");
  row.className = "practice-reveal";
  row.dataset["practiceUi"] = "";
  row.hidden = true;
  const button = document.createElement("button");
  button.type = "button";
  button.className = "site-button practice-reveal__button";
  button.setAttribute("aria-controls", g.parts.map((p) => p.id).join(" "));
  button.setAttribute("aria-expanded", "true");
  const chevron = document.createElement("span");
  chevron.className = "practice-reveal__chevron";
  chevron.setAttribute("aria-hidden", "true");
  const verb = document.createElement("span");
  verb.textContent = "Hide";
  const name = document.createElement("span");
  name.className = "sr-only";
  name.textContent = ` section: ${g.title}`;
  button.append(chevron, verb, name);
  row.append(button);
  if (g.heading) g.heading.after(row);
  else g.parts[0]?.before(row);
  return { row, button, verb };
}
