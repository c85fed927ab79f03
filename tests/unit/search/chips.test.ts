import { describe, expect, it } from "vitest";
import { listedTopics, topicChips } from "../../../src/lib/search/chips";

describe("listedTopics", () => {
  const topics = [{ id: "caching" }, { id: "cost" }, { id: "rag" }];

  it("keeps topics with matches in the given order, with their counts", () => {
    expect(listedTopics(topics, { rag: 2, caching: 1, cost: 0 })).toEqual([
      { topic: { id: "caching" }, count: 1 },
      { topic: { id: "rag" }, count: 2 },
    ]);
  });

  it("keeps the selected topic even without matches", () => {
    expect(listedTopics(topics, { rag: 2 }, "cost").map((t) => [t.topic.id, t.count])).toEqual([
      ["cost", 0],
      ["rag", 2],
    ]);
  });
});

describe("topicChips", () => {
  const topics = [
    { id: "caching", title: "Caching" },
    { id: "cost", title: "Cost" },
    { id: "rag", title: "Retrieval-Augmented Generation" },
  ];

  it("offers every topic with questions alphabetically, wrapped, after an uncounted All topics, while browsing", () => {
    expect(topicChips(topics, { rag: 3, caching: 1 }, null, null)).toEqual({
      layout: "wrap",
      chips: [
        { topic: "", label: "All topics", count: null, pressed: true },
        { topic: "caching", label: "Caching", count: 1, pressed: false },
        { topic: "rag", label: "Retrieval-Augmented Generation", count: 3, pressed: false },
      ],
    });
  });

  it("puts the topics with the most matches first in one row while searching, All topics counting every match", () => {
    const row = topicChips(topics, { caching: 1, cost: 2, rag: 2 }, "caching", 4);
    expect(row.layout).toBe("row");
    expect(row.chips.map((c) => [c.topic, c.count, c.pressed])).toEqual([
      ["", 4, false],
      ["cost", 2, false],
      ["rag", 2, false],
      ["caching", 1, true],
    ]);
  });

  it("keeps the chosen topic's chip when no answer in it matches, so it can be turned off", () => {
    expect(topicChips(topics, { rag: 1 }, "cost", 1).chips.map((c) => c.topic)).toEqual(["", "rag", "cost"]);
  });
});
