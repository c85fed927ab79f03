import { describe, expect, it } from "vitest";
import { buildTopicIndex } from "../../../src/lib/topics/topic-index";
import type { QuestionInfo, SectionInfo, TopicInfo } from "../../../src/lib/topics/topic-index";

const topic = (id: string, title: string, aliases: string[] = []): TopicInfo => ({
  id,
  title,
  description: `About ${title}.`,
  aliases,
});
const section = (id: string, topics: string[], text = `Text of ${id}.`): SectionInfo => ({
  id,
  heading: id,
  parents: [],
  topics,
  excerpt: { kind: "prose", text, pieces: [text] },
});

const topics = [
  topic("caching", "Caching", ["cache"]),
  topic("cost", "Cost"),
  topic("rag", "RAG"),
  topic("unused", "Unused"),
];
const questions: QuestionInfo[] = [
  {
    id: "deploy",
    title: "Deploy?",
    order: 2,
    topics: ["cost"],
    sections: [section("latency-improvements", ["caching"])],
  },
  {
    id: "costs",
    title: "Costs?",
    order: 1,
    topics: ["cost", "caching"],
    sections: [section("routing", ["cost"]), section("response-caching", ["caching", "cost"])],
  },
];

describe("buildTopicIndex", () => {
  const index = buildTopicIndex(questions, topics);
  const entry = (id: string) => index.find((e) => e.topic.id === id);

  it("keeps the topics in the order given, one entry each", () => {
    expect(index.map((e) => e.topic.id)).toEqual(["caching", "cost", "rag", "unused"]);
  });

  it("lists the questions covering a topic in question order, listed or through a section", () => {
    expect(entry("caching")?.questions.map((q) => [q.question.id, q.main])).toEqual([
      ["costs", true],
      ["deploy", false],
    ]);
  });

  it("names the exact sections of each question that treat the topic, in page order", () => {
    expect(entry("cost")?.questions.map((q) => [q.question.id, q.sections.map((s) => s.id)])).toEqual([
      ["costs", ["routing", "response-caching"]],
      ["deploy", []],
    ]);
  });

  it("counts questions and sections", () => {
    expect(entry("caching")).toMatchObject({ questionCount: 2, sectionCount: 2 });
    expect(entry("cost")).toMatchObject({ questionCount: 2, sectionCount: 2 });
  });

  it("keeps a topic nobody covers, with zero counts", () => {
    expect(entry("unused")).toMatchObject({ questions: [], questionCount: 0, sectionCount: 0, relatedTopics: [] });
  });

  it("ranks related topics by shared questions, counting shared sections double", () => {
    expect(entry("caching")?.relatedTopics.map((r) => [r.topic.id, r.weight])).toEqual([["cost", 3]]);
  });

  it("focuses each section's excerpt on the topic", () => {
    const costs: QuestionInfo = {
      id: "q",
      title: "Q?",
      order: 1,
      topics: ["caching"],
      sections: [
        {
          ...section("s", ["caching"]),
          excerpt: {
            kind: "prose",
            text: "Pooling: fewer loads…",
            pieces: ["Pooling: fewer loads.", "Cache: common answers."],
          },
        },
      ],
    };
    const [caching] = buildTopicIndex([costs], [topics[0] as TopicInfo]);
    expect(caching?.questions[0]?.sections[0]?.excerpt?.text).toBe("… Cache: common answers.");
  });

  it("throws naming the question, field and unknown topic", () => {
    const bad: QuestionInfo = {
      id: "x",
      title: "X?",
      order: 1,
      topics: ["rag"],
      sections: [section("s", ["blockchain"])],
    };
    expect(() => buildTopicIndex([bad], topics)).toThrow(
      'question "x": field "sections.s" names unknown topic "blockchain"; known topics: caching, cost, rag, unused',
    );
  });
});
