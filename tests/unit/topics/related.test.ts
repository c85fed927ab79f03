import { describe, expect, it } from "vitest";
import { relatedQuestions, relatedQuestionsIndex } from "../../../src/lib/topics/related";
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

describe("relatedQuestionsIndex", () => {
  /** The ranking written out plainly: every pair scored, everything sorted. */
  function reference(candidates: readonly RelatedCandidate[], id: string, min = 2, max = 3) {
    const self = candidates.find((c) => c.id === id) as RelatedCandidate;
    const inter = (a: readonly string[], b: readonly string[]) => [...new Set(a)].filter((x) => b.includes(x));
    const covered = (c: RelatedCandidate) => [...c.topics, ...c.sectionTopics];
    const scored = candidates
      .filter((c) => c.id !== id)
      .map((c) => {
        const listed = inter(self.topics, c.topics);
        const shared = [...new Set([...listed, ...inter(covered(self), covered(c))])];
        return { c, score: shared.length + listed.length + inter(self.sectionTopics, c.sectionTopics).length, shared };
      });
    const ranked = scored
      .filter((s) => s.score > 0)
      .sort((a, b) => b.score - a.score || a.c.order - b.c.order)
      .slice(0, max);
    if (ranked.length < min) {
      const fill = scored
        .filter((s) => s.score === 0)
        .sort((a, b) => Math.abs(a.c.order - self.order) - Math.abs(b.c.order - self.order) || a.c.order - b.c.order);
      ranked.push(...fill.slice(0, min - ranked.length));
    }
    return ranked.map((s) => ({ id: s.c.id, score: s.score, sharedTopics: s.shared }));
  }

  it("ranks every question of a large set as the plain pairwise ranking does", () => {
    const pool = ["rag", "cost", "caching", "latency", "eval", "safety", "fine-tuning", "deployment"];
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const pick = (n: number) => pool.filter(() => next() < n);
    const many = Array.from({ length: 80 }, (_, i) => q(`q${i}`, ((i * 37) % 80) + 1, pick(0.3), pick(0.2)));
    const rank = relatedQuestionsIndex(many);
    for (const c of many) expect(rank(c.id, { max: 4 }), c.id).toEqual(reference(many, c.id, 2, 4));
  });

  it("scores the same with more topics than one 32-bit mask holds, and with a topic repeated", () => {
    const pool = Array.from({ length: 70 }, (_, i) => `t${i}`);
    let seed = 11;
    const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const pick = (n: number) => pool.filter(() => next() < n);
    const many = Array.from({ length: 60 }, (_, i) => {
      const topics = pick(0.08);
      // Topics 31 and 32 sit on both sides of the first mask's last bit.
      return q(`q${i}`, i + 1, i % 3 === 0 ? [...topics, "t31", "t32", "t31"] : topics, pick(0.06));
    });
    const rank = relatedQuestionsIndex(many);
    for (const c of many) expect(rank(c.id, { max: 5 }), c.id).toEqual(reference(many, c.id, 2, 5));
  });
});
