/** Ordering of questions and the neighbours of each in that order. */

export interface Ordered {
  readonly id: string;
  readonly order: number;
}

/** A problem with one item's order: `id` is the item it is reported on. */
export interface OrderProblem {
  readonly id: string;
  readonly message: string;
}

/**
 * Every clash and gap in the orders, reported on the items concerned: orders must be exactly 1..n so that
 * "Question 3 of 8" and the short links /q/3/ stay true. A repeat is reported on each item that shares the number,
 * naming the others; a gap on each item beyond n, naming the missing numbers.
 */
export function orderProblems(items: readonly Ordered[], describe = (id: string) => id): OrderProblem[] {
  const problems: OrderProblem[] = [];
  const byOrder = new Map<number, Ordered[]>();
  for (const item of items) byOrder.set(item.order, [...(byOrder.get(item.order) ?? []), item]);
  for (const [order, group] of byOrder) {
    if (group.length < 2) continue;
    for (const item of group) {
      const others = group.filter((g) => g !== item).map((g) => describe(g.id));
      problems.push({ id: item.id, message: `field "order": ${order} is also used by ${others.join(" and ")}; each question needs its own number` });
    }
  }
  const n = items.length;
  const missing: number[] = [];
  for (let k = 1; k <= n && missing.length < 10; k++) if (!byOrder.has(k)) missing.push(k);
  if (missing.length > 0) {
    for (const item of [...items].filter((i) => i.order > n).sort((a, b) => a.order - b.order)) {
      problems.push({
        id: item.id,
        message: `field "order": expected a number from 1 to ${n} (${n} questions, numbered without gaps), got ${item.order}; ${missing.join(", ")} ${missing.length === 1 ? "is" : "are"} missing`,
      });
    }
  }
  return problems;
}

/** Sorts by `order`, and throws a message naming every clash or gap (see `orderProblems`). */
export function sortByOrder<T extends Ordered>(items: readonly T[], describe = (id: string) => id): T[] {
  const problems = orderProblems(items, describe);
  if (problems.length > 0) {
    throw new Error(`Question order is invalid:\n${problems.map((p) => `  - ${describe(p.id)}: ${p.message}`).join("\n")}`);
  }
  return [...items].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
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
