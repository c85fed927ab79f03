import { describe, expect, it } from "vitest";
import { ankiDeck } from "../../../src/lib/practice/anki";

describe("ankiDeck", () => {
  const deck = ankiDeck("My\tDeck", [
    {
      question: 'What is "RAG"?\nReally',
      headings: ["Overview", "A <b> & c"],
      summary: "Retrieval\tfirst.",
      url: "https://example.org/q/rag/",
      tags: ["rag", "two words"],
    },
  ]);
  const lines = deck.trimEnd().split("\n");

  it("starts with the header lines Anki reads", () => {
    expect(lines.slice(0, 6)).toEqual([
      "#separator:tab",
      "#html:true",
      "#notetype:Basic",
      "#deck:My Deck",
      "#tags column:3",
      "#columns:Front\tBack\tTags",
    ]);
  });

  it("writes one note per question on one line: three tab-separated HTML fields with no tab, line break or double quote inside", () => {
    expect(lines).toHaveLength(7);
    const fields = (lines[6] ?? "").split("\t");
    expect(fields).toEqual([
      "What is &quot;RAG&quot;? Really",
      "<ul><li>Overview</li><li>A &lt;b&gt; &amp; c</li></ul><p>Retrieval first.</p><p><a href='https://example.org/q/rag/'>Read the answer</a></p>",
      "rag two-words",
    ]);
    expect(fields.join("")).not.toContain('"');
  });
});
