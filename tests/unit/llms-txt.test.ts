import { describe, expect, it } from "vitest";
import { llmsTxt } from "../../src/lib/llms-txt";

describe("llmsTxt", () => {
  it("follows the llms.txt layout: H1, blockquote, details, then link lists", () => {
    const text = llmsTxt({
      siteName: "GenAI Interview Handbook",
      summary: "Eight questions.",
      details: "Each link is Markdown.",
      questions: [
        { title: "What is [RAG]?", url: "https://example.org/questions/rag.md", summary: "Retrieval,\n grounded." },
      ],
      optional: [{ title: "All answers", url: "https://example.org/llms-full.txt", summary: "everything" }],
    });
    expect(text).toBe(
      [
        "# GenAI Interview Handbook",
        "",
        "> Eight questions.",
        "",
        "Each link is Markdown.",
        "",
        "## Questions",
        "",
        "- [What is \\[RAG\\]?](https://example.org/questions/rag.md): Retrieval, grounded.",
        "",
        "## Optional",
        "",
        "- [All answers](https://example.org/llms-full.txt): everything",
        "",
      ].join("\n"),
    );
  });
});
