import { describe, expect, it } from "vitest";
import { neighbours, sortByOrder } from "../../src/lib/order";

const q = (id: string, order: number) => ({ id, order });

describe("sortByOrder", () => {
  it("sorts questions by their order field", () => {
    expect(sortByOrder([q("c", 3), q("a", 1), q("b", 2)]).map((x) => x.id)).toEqual(["a", "b", "c"]);
  });

  it("refuses a duplicate order and names both files", () => {
    expect(() => sortByOrder([q("a", 1), q("b", 2), q("c", 2)], (id) => `content/questions/${id}.mdx`)).toThrow(
      /field "order": 2 is used by content\/questions\/b\.mdx and content\/questions\/c\.mdx/,
    );
  });

  it("refuses a gap in the numbering and says which number is missing", () => {
    expect(() => sortByOrder([q("a", 1), q("b", 3)])).toThrow(/1 to 2 with no gaps, but 2 is missing/);
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
