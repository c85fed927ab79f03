/** Ordering of questions and the neighbours of each in that order. */

export interface Ordered {
  readonly id: string;
  readonly order: number;
}

/**
 * Sorts by `order`, and throws a message naming every clash or gap: orders must be
 * exactly 1..n so that "Question 3 of 8" and the short links /q/3/ stay true.
 */
export function sortByOrder<T extends Ordered>(items: readonly T[], describe = (id: string) => id): T[] {
  const sorted = [...items].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  const problems: string[] = [];
  const byOrder = new Map<number, T[]>();
  for (const item of sorted) byOrder.set(item.order, [...(byOrder.get(item.order) ?? []), item]);
  for (const [order, group] of byOrder) {
    if (group.length > 1) {
      problems.push(`field "order": ${order} is used by ${group.map((g) => describe(g.id)).join(" and ")}; each question needs its own number`);
    }
  }
  for (let n = 1; n <= sorted.length; n++) {
    if (!byOrder.has(n) && problems.length === 0) {
      const max = sorted.at(-1)?.order ?? 0;
      problems.push(`field "order": expected the numbers 1 to ${sorted.length} with no gaps, but ${n} is missing (highest is ${max})`);
      break;
    }
  }
  if (problems.length > 0) throw new Error(`Question order is invalid:\n  - ${problems.join("\n  - ")}`);
  return sorted;
}

export interface Neighbours<T> {
  readonly prev: T | undefined;
  readonly next: T | undefined;
}

/** The items before and after `id` in an already sorted list (none at the ends). */
export function neighbours<T extends { readonly id: string }>(sorted: readonly T[], id: string): Neighbours<T> {
  const i = sorted.findIndex((item) => item.id === id);
  if (i === -1) throw new Error(`"${id}" is not in the list`);
  return { prev: sorted[i - 1], next: sorted[i + 1] };
}
