import { describe, expect, it } from "vitest";
import {
  LOAD_FAILED,
  LOAD_FAILED_IN_DEV,
  LOAD_FAILED_OFFLINE,
  highlightNote,
  idleStatus,
  moreSectionsNote,
  noMatchStatus,
  otherTopicsNote,
  resultsStatus,
  sectionsLabel,
  topicLinkText,
  viaTopicsNote,
} from "../../../src/lib/search/messages";

describe("idleStatus", () => {
  it("invites a search over the answers, in the singular for one", () => {
    expect(idleStatus(8)).toBe("Search the 8 answers by word or phrase, or pick a topic.");
    expect(idleStatus(1)).toBe("Search the 1 answer by word or phrase, or pick a topic.");
  });
});

describe("resultsStatus", () => {
  it("counts answers and sections for the quoted words, naming the topic in force", () => {
    expect(resultsStatus(3, 5, "drift", null)).toBe("3 answers, 5 sections for “drift”.");
    expect(resultsStatus(1, 1, "lora", "Fine-Tuning")).toBe("1 answer, 1 section for “lora” in Fine-Tuning.");
  });

  it("leaves sections out when none is shown, and says `on` for a topic browsed without words", () => {
    expect(resultsStatus(2, 0, "cache", null)).toBe("2 answers for “cache”.");
    expect(resultsStatus(4, 6, "", "Caching")).toBe("4 answers, 6 sections on Caching.");
  });
});

describe("noMatchStatus and otherTopicsNote", () => {
  it("say that nothing matches, in the topic when one narrowed it, and how many answers elsewhere do", () => {
    expect(noMatchStatus("zebra", null)).toBe("No answers match “zebra”.");
    expect(noMatchStatus("lora", "Caching")).toBe("No answers in Caching match “lora”.");
    expect(otherTopicsNote(1)).toBe("1 answer in other topics match.");
    expect(otherTopicsNote(2)).toBe("2 answers in other topics match.");
  });
});

describe("the sentences around results", () => {
  it("name alias topics, further sections, a result's sections and a topic's page", () => {
    expect(viaTopicsNote(["Fine-Tuning", "Cost"])).toBe("Matched through the topic Fine-Tuning, Cost");
    expect(moreSectionsNote(1)).toBe("1 more section matches on this page");
    expect(moreSectionsNote(2)).toBe("2 more sections match on this page");
    expect(sectionsLabel("How to save?")).toBe("Sections of: How to save?");
    expect(topicLinkText("Caching")).toBe("About Caching →");
  });
});

describe("highlightNote", () => {
  it("counts the marks for the quoted words, or says there are none", () => {
    expect(highlightNote(2, ["connection", "pooling"])).toBe("2 matches for “connection”, “pooling” highlighted.");
    expect(highlightNote(1, ["lora"])).toBe("1 match for “lora” highlighted.");
    expect(highlightNote(0, ["zebra"])).toBe("No exact matches for “zebra” on this page.");
  });
});

describe("the load failure", () => {
  it("tells readers to retry, and only the development message names the build step", () => {
    expect(LOAD_FAILED).toBe("Search could not load. Try again or reload the page.");
    expect(LOAD_FAILED).not.toMatch(/npm/);
    expect(LOAD_FAILED_IN_DEV).toContain("npm run build, then npm run preview");
  });

  it("offline, says the index is not saved and how to keep it, without build hints", () => {
    expect(LOAD_FAILED_OFFLINE).toBe(
      "You're offline, and the search index isn't saved on this device. " +
        "Once you're connected, “Save for offline” on the home page keeps it.",
    );
    expect(LOAD_FAILED_OFFLINE).not.toMatch(/npm/);
  });
});
