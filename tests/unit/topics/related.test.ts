import { describe, expect, it } from "vitest";
import { relatedQuestions } from "../../../src/lib/topics/related";
import type { RelatedCandidate } from "../../../src/lib/topics/related";

const q = (id: string, order: number, topics: string[], sectionTopics: string[] = []): RelatedCandidate => ({
  id,
  order,
  topics,
  sectionTopics,
});

describe("relatedQuestions", () => {
  const candidates = [
    q("project", 1, ["rag", "deployment", "latency"], ["rag", "deployment", "latency"]),
    q("marketing", 2, ["rag", "deployment"], ["rag"]),
    q("costs", 6, ["cost", "caching", "deployment"], ["cost", "caching", "deployment"]),
    q("deploy", 7, ["deployment", "latency"], ["latency", "caching"]),
    q("learning", 8, ["learning"], ["learning"]),
  ];

  it("ranks by shared topics: a point per shared topic, plus one if both list it, plus one if both have sections on it", () => {
    // project~marketing: rag 3, deployment 2 = 5; project~deploy: deployment 2, latency 3 = 5; project~costs: deployment 3.
    expect(relatedQuestions(candidates, "project", { max: 4 })).toEqual([
      { id: "marketing", score: 5, sharedTopics: ["rag", "deployment"] },
      { id: "deploy", score: 5, sharedTopics: ["deployment", "latency"] },
      { id: "costs", score: 3, sharedTopics: ["deployment"] },
    ]);
  });

  it("breaks ties by question order, whatever the input order", () => {
    const reversed = [...candidates].reverse();
    expect(relatedQuestions(reversed, "project").map((r) => r.id)).toEqual(["marketing", "deploy", "costs"]);
  });

  it("counts a topic one lists and the other treats only in a section", () => {
    const [first] = relatedQuestions(candidates, "costs");
    expect(first).toEqual({ id: "deploy", score: 4, sharedTopics: ["deployment", "caching"] });
  });

  it("fills up to the minimum with the nearest questions in order when few share anything", () => {
    expect(relatedQuestions(candidates, "learning")).toEqual([
      { id: "deploy", score: 0, sharedTopics: [] },
      { id: "costs", score: 0, sharedTopics: [] },
    ]);
  });

  it("returns at most `max`", () => {
    expect(relatedQuestions(candidates, "project", { max: 2 })).toHaveLength(2);
  });

  it("throws for an unknown question", () => {
    expect(() => relatedQuestions(candidates, "nope")).toThrow('no question with id "nope"');
  });
});
