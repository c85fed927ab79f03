import { describe, expect, it } from "vitest";
import { neighbours, orderProblems, sortByOrder } from "../../../src/lib/content/order";

const q = (id: string, order: number) => ({ id, order });

describe("sortByOrder", () => {
  it("sorts questions by their order field", () => {
    expect(sortByOrder([q("c", 3), q("a", 1), q("b", 2)]).map((x) => x.id)).toEqual(["a", "b", "c"]);
  });

  it("refuses a duplicate order and names both files", () => {
    expect(() => sortByOrder([q("a", 1), q("b", 2), q("c", 2)], (id) => `content/questions/${id}.mdx`)).toThrow(
      /content\/questions\/b\.mdx: field "order": 2 is also used by content\/questions\/c\.mdx/,
    );
  });

  it("refuses a gap in the numbering and says which number is missing", () => {
    expect(() => sortByOrder([q("a", 1), q("b", 3)])).toThrow(/b: field "order": expected a number from 1 to 2 \(2 questions, numbered without gaps\), got 3; 2 is missing/);
  });

  it("refuses numbering that does not start at 1", () => {
    expect(() => sortByOrder([q("a", 2), q("b", 3)])).toThrow(/1 is missing/);
  });

  it("does not change the list it was given", () => {
    const input = [q("b", 2), q("a", 1)];
    sortByOrder(input);
    expect(input.map((x) => x.id)).toEqual(["b", "a"]);
  });
});

describe("orderProblems", () => {
  it("reports a repeat on each file that shares the number, naming the others", () => {
    expect(orderProblems([q("a", 1), q("b", 1), q("c", 1)])).toEqual([
      { id: "a", message: 'field "order": 1 is also used by b and c; each question needs its own number' },
      { id: "b", message: 'field "order": 1 is also used by a and c; each question needs its own number' },
      { id: "c", message: 'field "order": 1 is also used by a and b; each question needs its own number' },
    ]);
  });

  it("reports a gap on each file beyond the count, naming the missing numbers", () => {
    expect(orderProblems([q("a", 1), q("b", 5), q("c", 4)])).toEqual([
      { id: "c", message: 'field "order": expected a number from 1 to 3 (3 questions, numbered without gaps), got 4; 2, 3 are missing' },
      { id: "b", message: 'field "order": expected a number from 1 to 3 (3 questions, numbered without gaps), got 5; 2, 3 are missing' },
    ]);
  });

  it("finds nothing in 1..n", () => {
    expect(orderProblems([q("b", 2), q("a", 1)])).toEqual([]);
  });
});

describe("neighbours", () => {
  const list = [q("a", 1), q("b", 2), q("c", 3)];

  it("gives the previous and next item in the middle", () => {
    const { prev, next } = neighbours(list, "b");
    expect(prev?.id).toBe("a");
    expect(next?.id).toBe("c");
  });

  it("has no previous for the first and no next for the last", () => {
    expect(neighbours(list, "a").prev).toBeUndefined();
    expect(neighbours(list, "c").next).toBeUndefined();
  });

  it("throws for an id not in the list", () => {
    expect(() => neighbours(list, "zz")).toThrow(/"zz" is not in the list/);
  });
});
