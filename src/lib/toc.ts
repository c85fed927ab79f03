/** Table-of-contents tree built from a page's flat heading list. */

/** A heading as Astro's `render()` reports it. */
export interface HeadingLike {
  readonly depth: number;
  readonly slug: string;
  readonly text: string;
}

export interface TocItem {
  readonly slug: string;
  readonly text: string;
  readonly depth: number;
  readonly children: TocItem[];
}

/**
 * Nests headings from `minDepth` to `maxDepth` under the nearest shallower heading.
 * A heading that skips a level (h2 then h4) is nested under the h2, never lost.
 */
export function buildToc(headings: readonly HeadingLike[], { minDepth = 2, maxDepth = 3 } = {}): TocItem[] {
  const root: TocItem[] = [];
  const stack: TocItem[] = [];
  for (const { depth, slug, text } of headings) {
    if (depth < minDepth || depth > maxDepth) continue;
    const item: TocItem = { depth, slug, text, children: [] };
    while (stack.length > 0 && (stack.at(-1)?.depth ?? 0) >= depth) stack.pop();
    const parent = stack.at(-1);
    (parent ? parent.children : root).push(item);
    stack.push(item);
  }
  return root;
}
