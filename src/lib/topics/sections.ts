/** A question's `sections` frontmatter checked against its page, and joined with heading text and excerpts. */
import { headingLabel, withAncestors } from "../headings";
import type { Heading } from "../headings";
import { sectionExcerpt } from "./excerpt";
import type { SectionInfo } from "./topic-index";

/**
 * The error message for `sections` keys that are not heading ids on the page, naming the
 * file, the field, each bad id and the ids that exist; undefined when all are fine.
 */
export function sectionIdProblem(
  file: string,
  sections: Readonly<Record<string, readonly string[]>>,
  headings: readonly Heading[],
): string | undefined {
  const ids = new Set(headings.map((h) => h.slug));
  const missing = Object.keys(sections).filter((id) => !ids.has(id));
  if (missing.length === 0) return undefined;
  return (
    `${file}: field "sections" names ${missing.map((m) => `"${m}"`).join(", ")}, ` +
    `which ${missing.length === 1 ? "is not a heading id" : "are not heading ids"} on that page; ` +
    `expected one of the page's heading ids: ${[...ids].join(", ")}`
  );
}

/**
 * The question's topic sections in page order, each with its heading text, the headings it
 * sits under, and an excerpt cut from the MDX body. Keys that are not headings are left out
 * (`sectionIdProblem` reports them).
 */
export function describeSections(
  sections: Readonly<Record<string, readonly string[]>>,
  headings: readonly Heading[],
  body: string,
): SectionInfo[] {
  const seen = new Set<string>();
  const found: SectionInfo[] = [];
  for (const { heading: h, ancestors } of withAncestors(headings)) {
    const topics = sections[h.slug];
    if (!topics || seen.has(h.slug)) continue;
    seen.add(h.slug);
    found.push({
      id: h.slug,
      heading: headingLabel(h.text),
      parents: ancestors.map((p) => headingLabel(p.text)),
      topics: [...topics],
      excerpt: sectionExcerpt(body, h.slug),
    });
  }
  return found;
}
