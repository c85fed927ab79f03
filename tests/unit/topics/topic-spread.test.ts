import { describe, expect, it } from "vitest";
import { layoutTopicSpread } from "../../../src/lib/topics/topic-spread";
import type { TopicIndexEntry } from "../../../src/lib/topics/topic-index";

const question = (n: number) => ({ id: `q${n}`, order: n, title: `Question ${n}` });
function entry(id: string, covering: { main: boolean; sections: number }[]): TopicIndexEntry {
  const questions = covering.map((c, i) => ({
    question: question(i + 1),
    main: c.main,
    sections: Array.from({ length: c.sections }, (_, s) => ({ id: `s${s}`, title: `Section ${s}` })),
  }));
  return {
    topic: { id, title: id.toUpperCase(), description: "" },
    questions,
    questionCount: questions.length,
    sectionCount: covering.reduce((n, c) => n + c.sections, 0),
    relatedTopics: [],
  } as unknown as TopicIndexEntry;
}

describe("layoutTopicSpread", () => {
  const index = [
    entry("rag", [
      { main: true, sections: 2 },
      { main: false, sections: 1 },
    ]),
    entry("caching", [
      { main: true, sections: 0 },
      { main: true, sections: 1 },
      { main: false, sections: 1 },
      { main: false, sections: 1 },
    ]),
    entry("apis", [
      { main: true, sections: 0 },
      { main: false, sections: 1 },
    ]),
  ];

  it("puts the most covered topic first, ties by title, one row each", () => {
    const { rows } = layoutTopicSpread(index);
    expect(rows.map((r) => r.topicId)).toEqual(["caching", "apis", "rag"]);
    expect(rows.map((r) => [r.main, r.sectionOnly, r.sections])).toEqual([
      [2, 2, 3],
      [1, 1, 1],
      [1, 1, 3],
    ]);
  });

  it("scales every bar to the most covered topic, whose two parts fill the bar", () => {
    const layout = layoutTopicSpread(index, { width: 500, labelWidth: 100 });
    expect(layout.scale).toBe(4);
    const [top, second] = layout.rows;
    expect((top?.mainWidth ?? 0) + (top?.sectionWidth ?? 0)).toBeCloseTo(layout.barMax);
    expect(second?.mainWidth).toBeCloseTo(layout.barMax / 4);
    expect(layout.barLeft + layout.barMax).toBeLessThan(layout.width);
  });

  it("leaves room left of the bars for the longest title", () => {
    const long = [entry("deployment", [{ main: true, sections: 0 }])];
    (long[0] as { topic: { title: string } }).topic.title = "Deployment and Infrastructure";
    const layout = layoutTopicSpread(long);
    expect(layout.barLeft).toBeGreaterThanOrEqual("Deployment and Infrastructure".length * 14 * 0.56);
    expect(layoutTopicSpread(index).barLeft).toBeLessThan(layout.barLeft);
  });

  it("keeps its height for any number of questions: it grows with topics only", () => {
    const many = [
      entry(
        "rag",
        Array.from({ length: 1000 }, (_, i) => ({ main: i % 2 === 0, sections: 1 })),
      ),
    ];
    const layout = layoutTopicSpread(many, { rowHeight: 30 });
    expect(layout.height).toBe(30);
    expect(layout.rows[0]).toMatchObject({ main: 500, sectionOnly: 500 });
  });
});
