import { describe, expect, it } from "vitest";
import { qaPage, serializeJsonLd } from "../../src/lib/structured-data";
import type { QaPageInput } from "../../src/lib/structured-data";

const input: QaPageInput = {
  question: "How do you optimize costs while maintaining quality in LLM applications?",
  answerText: "Cost Optimization Strategy\n\n1. Model Selection Optimization\n\ndef select_optimal_model(task): ...",
  url: "https://example.org/h/questions/cost-optimization/",
  datePublished: "2026-11-29",
  dateModified: "2026-11-29",
  author: { name: "GenAI Interview Handbook", url: "https://example.org/h/" },
  inLanguage: "en",
};

/**
 * The shape Google's QAPage guidance asks for, checked property by property:
 * QAPage.mainEntity is a Question with name, answerCount and acceptedAnswer or suggestedAnswer;
 * each Answer has text. Recommended properties are checked where the site has them.
 */
function qaPageProblems(data: unknown): string[] {
  const problems: string[] = [];
  const isObject = (v: unknown): v is Record<string, unknown> =>
    typeof v === "object" && v !== null && !Array.isArray(v);
  const isUrl = (v: unknown) => typeof v === "string" && /^https?:\/\/[^/]+\//.test(v);
  const isDate = (v: unknown) => typeof v === "string" && !Number.isNaN(Date.parse(v));
  if (!isObject(data)) return ["not an object"];
  if (data["@context"] !== "https://schema.org") problems.push("@context is not https://schema.org");
  if (data["@type"] !== "QAPage") problems.push("@type is not QAPage");
  const q = data["mainEntity"];
  if (!isObject(q)) return [...problems, "mainEntity missing"];
  if (q["@type"] !== "Question") problems.push("mainEntity is not a Question");
  if (typeof q["name"] !== "string" || q["name"] === "") problems.push("Question.name missing");
  if (!Number.isInteger(q["answerCount"])) problems.push("Question.answerCount is not an integer");
  const answers = [q["acceptedAnswer"], ...(Array.isArray(q["suggestedAnswer"]) ? q["suggestedAnswer"] : [])].filter(
    isObject,
  );
  if (answers.length === 0) problems.push("neither acceptedAnswer nor suggestedAnswer");
  if (q["answerCount"] !== answers.length) problems.push("answerCount does not match the answers");
  for (const field of ["datePublished", "dateModified"])
    if (!isDate(q[field])) problems.push(`Question.${field} is not a date`);
  for (const a of answers) {
    if (a["@type"] !== "Answer") problems.push("an answer is not an Answer");
    if (typeof a["text"] !== "string" || a["text"] === "") problems.push("Answer.text missing");
    if (!isUrl(a["url"])) problems.push("Answer.url is not absolute");
    if (!isDate(a["datePublished"])) problems.push("Answer.datePublished is not a date");
    const author = a["author"];
    if (!isObject(author) || typeof author["name"] !== "string" || !isUrl(author["url"]))
      problems.push("Answer.author lacks name or url");
  }
  return problems;
}

describe("qaPage", () => {
  it("fits the schema.org QAPage shape Google asks for", () => {
    expect(qaPageProblems(qaPage(input))).toEqual([]);
  });

  it("makes the question the main entity with its one accepted answer", () => {
    const page = qaPage(input);
    expect(page.mainEntity.name).toBe(input.question);
    expect(page.mainEntity.text).toBe(input.question);
    expect(page.mainEntity.answerCount).toBe(1);
    expect(page.mainEntity.acceptedAnswer.text).toBe(input.answerText);
    expect(page.mainEntity.acceptedAnswer.url).toBe(input.url);
    expect(page.url).toBe(input.url);
  });

  it("survives a JSON round trip unchanged, as a crawler reads it", () => {
    const page = qaPage(input);
    expect(JSON.parse(serializeJsonLd(page))).toEqual(page);
  });

  it("refuses a relative URL, a bad date and an empty answer", () => {
    expect(() => qaPage({ ...input, url: "/questions/x/" })).toThrow(
      'structured data: url must be absolute (got "/questions/x/")',
    );
    expect(() => qaPage({ ...input, dateModified: "29/11/2026" })).toThrow(/dateModified must be YYYY-MM-DD/);
    expect(() => qaPage({ ...input, answerText: " " })).toThrow(/the answer to "How do you optimize costs/);
  });
});

describe("serializeJsonLd", () => {
  it("escapes markup so the text cannot close its script element", () => {
    const json = serializeJsonLd({ text: "</script><!-- a & b" });
    expect(json).not.toContain("<");
    expect(json).not.toContain(">");
    expect(json).toBe('{"text":"\\u003c/script\\u003e\\u003c!-- a \\u0026 b"}');
    expect(JSON.parse(json)).toEqual({ text: "</script><!-- a & b" });
  });
});
