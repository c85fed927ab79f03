/** A question's `sections` frontmatter checked against its page, and joined with heading text and excerpts. */
import { sectionExcerpt } from "./topics/excerpt";
import type { SectionInfo } from "./topics/topic-index";

/** A heading as Astro's `render()` reports it. */
export interface HeadingRef {
  readonly depth: number;
  readonly slug: string;
  readonly text: string;
}

/**
 * The error message for `sections` keys that are not heading ids on the page, naming the
 * file, the field, each bad id and the ids that exist; undefined when all are fine.
 */
export function sectionIdProblem(
  file: string,
  sections: Readonly<Record<string, readonly string[]>>,
  headings: readonly HeadingRef[],
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

/** A heading's text for use away from its page: list numbering ("2. ") dropped. */
export function headingLabel(text: string): string {
  return text.replace(/^\s*\d+[.)]\s+/, "").trim();
}

/**
 * The question's topic sections in page order, each with its heading text, the headings it
 * sits under, and an excerpt cut from the MDX body. Keys that are not headings are left out
 * (`sectionIdProblem` reports them).
 */
export function describeSections(
  sections: Readonly<Record<string, readonly string[]>>,
  headings: readonly HeadingRef[],
  body: string,
): SectionInfo[] {
  const seen = new Set<string>();
  const stack: HeadingRef[] = [];
  const found: SectionInfo[] = [];
  for (const h of headings) {
    while (stack.length > 0 && (stack.at(-1)?.depth ?? 0) >= h.depth) stack.pop();
    const topics = sections[h.slug];
    if (topics && !seen.has(h.slug)) {
      seen.add(h.slug);
      found.push({
        id: h.slug,
        heading: headingLabel(h.text),
        parents: stack.filter((p) => p.depth > 1).map((p) => headingLabel(p.text)),
        topics: [...topics],
        excerpt: sectionExcerpt(body, h.slug),
      });
    }
    stack.push(h);
  }
  return found;
}
