import { describe, expect, it } from "vitest";
import { parsePracticeQuestions, practiceQuestionsDocument } from "../../../src/lib/practice/questions";

const questions = [
  { id: "first-question", title: "First?" },
  { id: "second-question", title: "Second?" },
];

describe("the question list document", () => {
  it("holds each question's id and title, in the order given, and nothing else", () => {
    const withExtra = [{ id: "first-question", title: "First?", body: "long answer" }];
    expect(practiceQuestionsDocument(withExtra)).toEqual({
      v: 1,
      questions: [{ id: "first-question", title: "First?" }],
    });
  });

  it("reads back what it wrote", () => {
    const served = JSON.parse(JSON.stringify(practiceQuestionsDocument(questions)));
    expect(parsePracticeQuestions(served)).toEqual(questions);
  });

  it("gives no questions for anything that is not a version-1 document", () => {
    expect(parsePracticeQuestions(null)).toEqual([]);
    expect(parsePracticeQuestions("first-question")).toEqual([]);
    expect(parsePracticeQuestions(questions)).toEqual([]);
    expect(parsePracticeQuestions({ questions })).toEqual([]);
    expect(parsePracticeQuestions({ v: 2, questions })).toEqual([]);
    expect(parsePracticeQuestions({ v: 1, questions: "first-question" })).toEqual([]);
  });

  it("drops entries without a valid id or a title, and repeated ids", () => {
    const data = {
      v: 1,
      questions: [
        { id: "first-question", title: "First?" },
        { id: "../evil", title: "Bad id" },
        { id: "no-title" },
        { id: "blank-title", title: "  " },
        null,
        "second-question",
        { id: "first-question", title: "Again" },
        { id: "second-question", title: "Second?" },
      ],
    };
    expect(parsePracticeQuestions(data)).toEqual(questions);
  });
});
