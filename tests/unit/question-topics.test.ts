import { describe, expect, it } from "vitest";
import { coversTopic, questionTopics, sectionTopics } from "../../src/lib/question-topics";

const fromFrontmatter = {
  topics: ["rag", "evaluation"],
  sections: { "data-pipeline": ["data-quality", "rag"], testing: ["evaluation", "monitoring"] },
};
const fromCatalogue = { topics: ["rag"], sections: [{ topics: ["caching"] }, { topics: ["caching", "latency"] }] };

describe("questionTopics", () => {
  it("lists the question's own topics first, then its sections' topics, each once", () => {
    expect(questionTopics(fromFrontmatter)).toEqual(["rag", "evaluation", "data-quality", "monitoring"]);
  });

  it("reads sections as the catalogue lists them too", () => {
    expect(questionTopics(fromCatalogue)).toEqual(["rag", "caching", "latency"]);
    expect(sectionTopics(fromCatalogue)).toEqual(["caching", "latency"]);
  });

  it("covers a question with no sections", () => {
    expect(questionTopics({ topics: ["rag"], sections: {} })).toEqual(["rag"]);
    expect(sectionTopics({ sections: [] })).toEqual([]);
  });
});

describe("coversTopic", () => {
  it("is true for a listed topic and for a topic only a section treats", () => {
    expect(coversTopic(fromFrontmatter, "rag")).toBe(true);
    expect(coversTopic(fromFrontmatter, "monitoring")).toBe(true);
    expect(coversTopic(fromFrontmatter, "caching")).toBe(false);
  });
});
