import { describe, expect, it } from "vitest";
import { answerCount, answersMarkdown, orphanedAnswers, setAnswer } from "../../../src/lib/practice/answers";
import type { Outline } from "../../../src/lib/practice/outline";
import { emptyState } from "../../../src/lib/practice/state";

const outline: Outline = {
  v: 1,
  topics: {},
  questions: [
    {
      id: "first-question",
      order: 1,
      title: "What is *RAG*?",
      summary: "",
      topics: [],
      sections: [
        { id: "overview", title: "Overview", depth: 2, topics: [], points: ["Retrieval first.", "Then generation."] },
        { id: "details", title: "Details", depth: 3, topics: [], points: [] },
      ],
    },
  ],
};

describe("setAnswer", () => {
  it("keeps the reader's words as typed, per question and section, and forgets an emptied one", () => {
    let state = setAnswer(emptyState(), "first-question", "overview", "  Line one\n\nLine two  ");
    state = setAnswer(state, "first-question", "details", "More");
    expect(state.answers).toEqual({ "first-question": { overview: "  Line one\n\nLine two  ", details: "More" } });
    state = setAnswer(setAnswer(state, "first-question", "details", "   "), "first-question", "overview", "");
    expect(state.answers).toEqual({});
  });

  it("caps an answer at 10,000 characters", () => {
    expect(setAnswer(emptyState(), "q", "s", "x".repeat(10_050)).answers["q"]?.["s"]).toHaveLength(10_000);
  });
});

describe("orphanedAnswers and answerCount", () => {
  it("find answers whose section the page no longer has, and count all answers", () => {
    const answers = { "first-question": { overview: "a", renamed: "b" }, other: { x: "c" } };
    expect(orphanedAnswers(answers, "first-question", ["overview", "details"])).toEqual([["renamed", "b"]]);
    expect(answerCount(answers)).toBe(3);
  });
});

describe("answersMarkdown", () => {
  it("writes every question and heading, the reader's answer quoted, our key points, and answers for removed sections and questions", () => {
    const answers = {
      "first-question": { overview: "Mine.\n\nSecond paragraph.", gone: "Old words" },
      "removed-question": { intro: "Still mine" },
    };
    const md = answersMarkdown(
      outline,
      answers,
      (id) => `https://example.org/handbook/questions/${id}/`,
      "Handbook",
      new Date("2026-03-02T09:00:00Z"),
    );
    expect(md).toBe(
      [
        "# My answers: Handbook",
        "",
        "Exported on 2026-03-02.",
        "",
        "## 1. What is \\*RAG\\*?",
        "",
        "<https://example.org/handbook/questions/first-question/>",
        "",
        "### Overview",
        "",
        "**My answer**",
        "",
        "> Mine.",
        ">",
        "> Second paragraph.",
        "",
        "**Key points of the model answer**",
        "",
        "- Retrieval first.",
        "- Then generation.",
        "",
        "#### Details",
        "",
        "**My answer**",
        "",
        "_Not answered yet._",
        "",
        "### Answers for removed sections",
        "",
        "**Section “gone”**",
        "",
        "> Old words",
        "",
        "## Answers for removed questions",
        "",
        "**removed-question, section “intro”**",
        "",
        "> Still mine",
        "",
      ].join("\n"),
    );
  });
});
