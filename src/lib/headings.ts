/** Headings of an answer: the one shape they have here, how they nest, and how they read away from their page. */

/** A heading as Astro's `render()` reports it: its level, its id and its text. */
export interface Heading {
  readonly depth: number;
  readonly slug: string;
  readonly text: string;
}

/** A heading with the headings nested under it. */
export interface HeadingNode extends Heading {
  readonly children: HeadingNode[];
}

/**
 * Nests headings from `minDepth` to `maxDepth` under the nearest shallower heading (for tables of contents).
 * A heading that skips a level (h2 then h4) is nested under the h2, never lost.
 */
export function nestHeadings(headings: readonly Heading[], { minDepth = 2, maxDepth = 3 } = {}): HeadingNode[] {
  const root: HeadingNode[] = [];
  const childrenOf = new Map<Heading, HeadingNode[]>();
  for (const { heading, ancestors } of withAncestors(
    headings.filter((h) => h.depth >= minDepth && h.depth <= maxDepth),
  )) {
    const node: HeadingNode = { depth: heading.depth, slug: heading.slug, text: heading.text, children: [] };
    const parent = ancestors.at(-1);
    (parent ? (childrenOf.get(parent) ?? root) : root).push(node);
    childrenOf.set(heading, node.children);
  }
  return root;
}

/**
 * Each heading in page order with the headings it sits under, outermost first: the h2 and h3 above an h4.
 * The page's h1 is nobody's ancestor. Works on anything with a `depth`, so callers keep their own fields.
 */
export function withAncestors<H extends { readonly depth: number }>(
  headings: readonly H[],
): { heading: H; ancestors: H[] }[] {
  const stack: H[] = [];
  return headings.map((heading) => {
    while (stack.length > 0 && (stack.at(-1)?.depth ?? 0) >= heading.depth) stack.pop();
    const ancestors = stack.filter((h) => h.depth > 1);
    stack.push(heading);
    return { heading, ancestors };
  });
}

/** A heading's text for use away from its page: list numbering ("2. ", "3) ") dropped. */
export function headingLabel(text: string): string {
  return text.replace(/^\s*\d+[.)]\s+/, "").trim();
}
