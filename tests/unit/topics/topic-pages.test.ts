import { describe, expect, it } from "vitest";
import { buildTopicIndex } from "../../../src/lib/topics/topic-index";
import type { QuestionInfo, TopicIndexEntry } from "../../../src/lib/topics/topic-index";
import { topicPageOf, topicPages } from "../../../src/lib/topics/topic-pages";

// Ten questions: "odd" is a main topic of the odd ones, "late" is treated in one section of questions 6 to 10.
const questions: QuestionInfo[] = Array.from({ length: 10 }, (_, i) => ({
  id: `q${i + 1}`,
  title: `Question ${i + 1}?`,
  order: i + 1,
  topics: i % 2 === 0 ? ["odd"] : [],
  sections:
    i >= 5
      ? [{ id: "s", heading: "S", parents: [], topics: ["late"], excerpt: { kind: "prose", text: "", pieces: [] } }]
      : [],
}));
const index = buildTopicIndex(questions, [
  { id: "late", title: "Late", description: "Late.", aliases: [] },
  { id: "odd", title: "Odd", description: "Odd.", aliases: [] },
  { id: "none", title: "None", description: "None.", aliases: [] },
]);
const entry = (id: string) => index.find((e) => e.topic.id === id) as TopicIndexEntry;

describe("topicPages", () => {
  it("splits a topic's questions into pages in question order", () => {
    const pages = topicPages(entry("odd"), 2);
    expect(pages.map((p) => p.items.map((q) => q.question.id))).toEqual([["q1", "q3"], ["q5", "q7"], ["q9"]]);
    expect(pages.map((p) => [p.previous, p.number, p.next])).toEqual([
      [undefined, 1, 2],
      [1, 2, 3],
      [2, 3, undefined],
    ]);
    expect(pages[2]).toMatchObject({ first: 5, last: 5, total: 5, count: 3 });
  });

  it("keeps a topic that fits, or that no question covers, as one page without neighbours", () => {
    expect(topicPages(entry("late"), 24)).toMatchObject([
      { number: 1, count: 1, total: 5, previous: undefined, next: undefined },
    ]);
    expect(topicPages(entry("none"), 24)).toMatchObject([{ number: 1, count: 1, total: 0, items: [] }]);
  });
});

describe("topicPageOf", () => {
  it("names the page of the topic's list that holds a question, whatever its place in the handbook", () => {
    // In "late", q6 is the first question listed, though the sixth of the handbook.
    expect(["q6", "q7", "q8", "q9", "q10"].map((id) => topicPageOf(entry("late"), id, 2))).toEqual([1, 1, 2, 2, 3]);
    expect(["q1", "q3", "q5", "q7", "q9"].map((id) => topicPageOf(entry("odd"), id, 2))).toEqual([1, 1, 2, 2, 3]);
    expect(topicPageOf(entry("odd"), "q9", 24)).toBe(1);
  });

  it("agrees with the pages topicPages builds", () => {
    for (const e of index)
      for (const page of topicPages(e, 3))
        for (const { question } of page.items) expect(topicPageOf(e, question.id, 3)).toBe(page.number);
  });

  it("throws, naming the topic and the question, for a question the topic does not list", () => {
    expect(() => topicPageOf(entry("odd"), "q2", 2)).toThrow('topic "odd" does not list question "q2"');
    expect(() => topicPageOf(entry("late"), "nope", 2)).toThrow('topic "late" does not list question "nope"');
  });
});
