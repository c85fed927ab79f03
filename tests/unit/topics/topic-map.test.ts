import { describe, expect, it } from "vitest";
import { layoutTopicMap } from "../../../src/lib/topics/topic-map";
import { buildTopicIndex } from "../../../src/lib/topics/topic-index";
import type { QuestionInfo, TopicInfo } from "../../../src/lib/topics/topic-index";

const topic = (id: string, title: string): TopicInfo => ({ id, title, description: "", aliases: [] });
const section = (id: string, topics: string[]) => ({ id, heading: id, parents: [], topics, excerpt: undefined });
const questions: QuestionInfo[] = [
  { id: "one", title: "One?", order: 1, topics: ["b"], sections: [section("s1", ["b"]), section("s2", ["b"])] },
  { id: "two", title: "Two?", order: 2, topics: ["a"], sections: [section("s3", ["b"])] },
];
const index = buildTopicIndex(questions, [topic("a", "Alpha"), topic("b", "Beta topic")]);

describe("layoutTopicMap", () => {
  const map = layoutTopicMap(index, { cellWidth: 40, rowHeight: 30, fontSize: 10 });

  it("puts questions in columns by order and topics in rows by the first question covering them", () => {
    expect(map.columns.map((c) => [c.order, c.x])).toEqual([
      [1, map.gridLeft + 20],
      [2, map.gridLeft + 60],
    ]);
    expect(map.rows.map((r) => r.topicId)).toEqual(["b", "a"]);
  });

  it("leaves room for the longest label left of the grid", () => {
    expect(map.labelAnchor).toBe("end");
    expect(map.labelX).toBeGreaterThanOrEqual("Beta topic".length * 10 * 0.5);
    expect(map.gridLeft).toBeGreaterThan(map.labelX);
    expect(map.width).toBeGreaterThan(map.gridRight);
  });

  it("marks main topics and section-only topics, larger with more sections", () => {
    const cell = (t: string, q: string) => map.cells.find((c) => c.topicId === t && c.questionId === q);
    expect(cell("b", "one")).toMatchObject({ kind: "main", sections: 2 });
    expect(cell("b", "two")).toMatchObject({ kind: "section", sections: 1 });
    expect(cell("a", "two")).toMatchObject({ kind: "main", sections: 0 });
    expect(cell("a", "one")).toBeUndefined();
    expect(cell("b", "one")?.r).toBeGreaterThan(cell("b", "two")?.r ?? Infinity);
    expect(cell("b", "two")?.r).toBeGreaterThan(cell("a", "two")?.r ?? Infinity);
  });

  it("keeps every dot inside its cell", () => {
    for (const c of map.cells) expect(c.r).toBeLessThanOrEqual(15);
  });

  it("stacks each label above its row on narrow screens, grid starting at the left edge", () => {
    const narrow = layoutTopicMap(index, { labels: "above", fontSize: 10 });
    expect(narrow.labelAnchor).toBe("start");
    expect(narrow.gridLeft).toBeLessThan(20);
    for (const row of narrow.rows) expect(row.labelY).toBeLessThan(row.y);
    expect(narrow.height).toBeGreaterThan(map.height);
  });
});
