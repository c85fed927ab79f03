import { describe, expect, it } from "vitest";
import {
  highlightPattern,
  highlightTerms,
  readHighlightTerms,
  withHighlight,
  withoutHighlight,
} from "../../../src/lib/search/highlight";

describe("highlightTerms", () => {
  it("splits on white space and strips quotes and punctuation around words", () => {
    expect(highlightTerms('"Vector store", please')).toEqual(["Vector", "store", "please"]);
    expect(highlightTerms("GPT-4 similarity_threshold")).toEqual(["GPT-4", "similarity_threshold"]);
  });

  it("drops duplicates ignoring case, single characters and empty input", () => {
    expect(highlightTerms("drift Drift a  ")).toEqual(["drift"]);
    expect(highlightTerms("   ")).toEqual([]);
  });

  it("keeps at most eight words", () => {
    expect(highlightTerms("aa bb cc dd ee ff gg hh ii jj")).toHaveLength(8);
  });
});

describe("withHighlight", () => {
  it("puts one parameter per word before the hash", () => {
    expect(withHighlight("/questions/x/#response-caching", ["semantic", "cache"])).toBe(
      "/questions/x/?highlight=semantic&highlight=cache#response-caching",
    );
  });

  it("keeps other parameters and replaces earlier highlights", () => {
    expect(withHighlight("/h/questions/x/?a=1&highlight=old", ["new"])).toBe("/h/questions/x/?a=1&highlight=new");
  });

  it("leaves the URL alone when there is nothing to mark", () => {
    expect(withHighlight("/questions/x/#s", [])).toBe("/questions/x/#s");
  });

  it("encodes words that are not URL-safe", () => {
    expect(withHighlight("/q/", ["GPT-4", "A&B"])).toBe("/q/?highlight=GPT-4&highlight=A%26B");
  });
});

describe("readHighlightTerms and withoutHighlight", () => {
  it("read the words back from a query string", () => {
    expect(readHighlightTerms("?highlight=semantic&highlight=cache&x=1")).toEqual(["semantic", "cache"]);
    expect(readHighlightTerms("?x=1")).toEqual([]);
  });

  it("remove only the highlight parameters", () => {
    expect(withoutHighlight("?highlight=a&x=1&highlight=b")).toBe("?x=1");
    expect(withoutHighlight("?highlight=a")).toBe("");
  });
});

describe("highlightPattern", () => {
  const marks = (terms: string[], text: string) => text.match(highlightPattern(terms) ?? /$^/) ?? [];

  it("marks words that start with a term, to the end of the word, ignoring case", () => {
    expect(marks(["drift"], "Drift detection: drifting inputs, not adrift")).toEqual(["Drift", "drifting"]);
  });

  it("does not mark a term inside another word", () => {
    expect(marks(["LoRA"], "exploration with LoRA and lora_config")).toEqual(["LoRA", "lora"]);
  });

  it("prefers the longer of overlapping terms and escapes special characters", () => {
    expect(marks(["GPT", "GPT-4"], "GPT-4 beats GPT-3.5")).toEqual(["GPT-4", "GPT"]);
    expect(marks(["a.b"], "a.b axb")).toEqual(["a.b"]);
  });

  it("gives null for no terms", () => {
    expect(highlightPattern([])).toBeNull();
  });
});
