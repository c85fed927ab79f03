import { describe, expect, it } from "vitest";
import {
  PREVIEW_HEIGHT,
  PREVIEW_WIDTH,
  TAG_ROW_WIDTH,
  cardTexts,
  fitCardTitle,
  firstSentence,
  homeCard,
  previewAlt,
  questionCard,
  tagWidth,
  topicCard,
  topicsCard,
  visibleTags,
} from "../../../src/lib/preview/card";
import { cardTree } from "../../../src/lib/preview/card-tree";
import type { CardNode } from "../../../src/lib/preview/card-tree";

const question = questionCard({
  title: "How do you optimize costs while maintaining quality in LLM applications?",
  position: 6,
  total: 8,
  topics: ["Cost Optimization", "Model Selection and Routing", "Caching", "Prompt Engineering", "Deployment"],
  siteName: "GenAI Interview Handbook",
});

/** Every text of a card tree, in document order. */
function texts(node: CardNode | string): string[] {
  if (typeof node === "string") return [node];
  const { children } = node.props;
  if (children === undefined) return [];
  return (Array.isArray(children) ? children : [children]).flatMap((c) => texts(c as CardNode | string));
}

describe("cards", () => {
  it("a question card says which question it is, the question and its topics", () => {
    expect(question.eyebrow).toBe("Interview question 6 of 8");
    expect(question.tags).toHaveLength(5);
  });

  it("a topic card counts its answers and keeps the first sentence of its description", () => {
    const card = topicCard({
      title: "Caching",
      description: "Caching answers repeats. The answers use it.",
      questionCount: 2,
      siteName: "S",
    });
    expect(card.eyebrow).toBe("Topic · 2 answers");
    expect(card.description).toBe("Caching answers repeats.");
    expect(topicCard({ title: "T", description: "D.", questionCount: 1, siteName: "S" }).eyebrow).toBe(
      "Topic · 1 answer",
    );
    expect(topicCard({ title: "T", description: "D.", questionCount: 0, siteName: "S" }).eyebrow).toBe("Topic");
  });

  it("the topic list's card counts topics and questions and shows topics as chips", () => {
    const card = topicsCard({ topics: ["Evaluation", "Caching"], questionCount: 8, siteName: "S" });
    expect(card.eyebrow).toBe("2 topics · 8 questions");
    expect(card.tags).toEqual(["Evaluation", "Caching"]);
  });

  it("the home card is the site's own", () => {
    const card = homeCard({
      siteName: "GenAI Interview Handbook",
      tagline: "Eight questions.",
      questionCount: 8,
      topics: [],
    });
    expect(card.title).toBe("GenAI Interview Handbook");
    expect(card.eyebrow).toBe("Interview preparation · 8 questions");
  });
});

describe("cardTree", () => {
  it("is exactly 1200x630 and shows site name, eyebrow, title and the topics that fit plus a count", () => {
    const tree = cardTree(question);
    expect(tree.props.style).toMatchObject({ width: PREVIEW_WIDTH, height: PREVIEW_HEIGHT });
    expect(PREVIEW_WIDTH / PREVIEW_HEIGHT).toBeCloseTo(1.905, 3);
    expect(texts(tree)).toEqual([
      "GenAI Interview Handbook",
      "Interview question 6 of 8",
      "How do you optimize costs while maintaining quality in LLM applications?",
      "Cost Optimization",
      "Model Selection and Routing",
      "Caching",
      "+2 more",
    ]);
  });

  it("does not repeat the site name above a card whose title is the site name", () => {
    const tree = cardTree(
      homeCard({ siteName: "Handbook", tagline: "Eight questions.", questionCount: 8, topics: [] }),
    );
    expect(texts(tree)).toEqual(["Interview preparation · 8 questions", "Handbook", "Eight questions."]);
  });
});

/** The first node (depth first) whose text is `text`. */
function nodeWithText(node: CardNode, text: string): CardNode | undefined {
  const { children } = node.props;
  if (children === text) return node;
  for (const child of Array.isArray(children) ? children : children === undefined ? [] : [children]) {
    if (typeof child !== "string") {
      const found = nodeWithText(child as CardNode, text);
      if (found) return found;
    }
  }
  return undefined;
}

describe("fitCardTitle", () => {
  const card = (title: string) => ({ ...question, title });

  it("shrinks as the title grows, from 88 px for a short title", () => {
    const sizes = [10, 50, 80, 120, 200].map((n) => fitCardTitle(card("word ".repeat(n / 5).trim())).fontSize);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(sizes[0]).toBe(88);
    expect(sizes.at(-1)).toBeLessThanOrEqual(46);
  });

  it("takes Chinese characters as wide: 80 Chinese characters are set smaller than 80 Latin letters", () => {
    expect(fitCardTitle(card("如".repeat(80))).fontSize).toBeLessThan(fitCardTitle(card("abcde ".repeat(13))).fontSize);
  });

  it("cuts a very long title with an ellipsis at the smallest size, within its lines", () => {
    const fit = fitCardTitle(card("How do you evaluate retrieval quality at scale? ".repeat(20)));
    expect(fit).toMatchObject({ fontSize: 40, maxLines: 4 });
    expect(fit.text.endsWith("…")).toBe(true);
    expect(fit.text.length).toBeLessThan(400);
  });
});

describe("cardTree keeps everything inside the card", () => {
  const long = { ...question, title: "Why ".repeat(300) };

  it("clamps the title to its lines and lets the middle give way, never the chips", () => {
    const tree = cardTree(long);
    const fit = fitCardTitle(long);
    const title = nodeWithText(tree, fit.text);
    expect(title?.props.style).toMatchObject({ lineClamp: fit.maxLines, fontSize: 40 });
    const chip = nodeWithText(tree, "Cost Optimization");
    expect(chip?.props.style).toMatchObject({ flexShrink: 0, whiteSpace: "nowrap", textOverflow: "ellipsis" });
    const body = tree.props.children as CardNode[];
    const [header, middle, chips] = (body[0]?.props.children ?? []) as CardNode[];
    expect(header?.props.style).toMatchObject({ flexShrink: 0 });
    expect(middle?.props.style).toMatchObject({ flexShrink: 1, minHeight: 0, overflow: "hidden" });
    expect(chips?.props.style).toMatchObject({ flexShrink: 0 });
  });

  it("sets a right-to-left title right to left", () => {
    const tree = cardTree({ ...question, title: "كيف تقوم بتحسين التكاليف؟" });
    expect(nodeWithText(tree, "كيف تقوم بتحسين التكاليف؟")?.props.style).toMatchObject({
      direction: "rtl",
      letterSpacing: "0em",
    });
  });

  it("lists every text it draws, by field, for the font check", () => {
    expect(cardTexts(question).map((t) => t.field)).toEqual([
      "eyebrow",
      "title",
      "tags",
      "tags",
      "tags",
      "tags",
      "siteName",
    ]);
  });
});

describe("visibleTags", () => {
  it("shows every tag when the row has room", () => {
    expect(visibleTags(["Caching", "Evaluation"])).toEqual(["Caching", "Evaluation"]);
  });

  it("shows the tags that fit on one row and counts the rest in its own chip", () => {
    const tags = [
      "Deployment and Infrastructure",
      "Latency and Performance",
      "Output Consistency",
      "Cost Optimization",
      "Caching",
    ];
    const shown = visibleTags(tags);
    expect(shown.at(-1)).toMatch(/^\+\d more$/);
    const width = shown.reduce((sum, t) => sum + tagWidth(t), 0) + 14 * (shown.length - 1);
    expect(width).toBeLessThanOrEqual(TAG_ROW_WIDTH);
    expect(shown.length - 1 + Number(shown.at(-1)?.slice(1, 2))).toBe(tags.length);
  });

  it("with fill, takes later tags that fit where an earlier one does not, in order", () => {
    const tags = ["Short", "A rather long topic name here", "Tiny", "Also short"];
    expect(visibleTags(tags, 600, true)).toEqual(["Short", "Tiny", "Also short", "+1 more"]);
    expect(visibleTags(tags, 600)).toEqual(["Short", "+3 more"]);
  });

  it("always shows at least the first tag", () => {
    expect(visibleTags(["A very long topic name indeed", "Other"], 100)).toEqual([
      "A very long topic name indeed",
      "+1 more",
    ]);
  });
});

describe("previewAlt", () => {
  it("reads the card aloud in order, one sentence per part", () => {
    expect(previewAlt(question)).toBe(
      "GenAI Interview Handbook: Interview question 6 of 8. “How do you optimize costs while maintaining quality in LLM applications?” " +
        "Topics: Cost Optimization, Model Selection and Routing, Caching, Prompt Engineering, Deployment.",
    );
  });
});

describe("previewAlt for the site's own card", () => {
  it("does not name the site twice", () => {
    const card = homeCard({ siteName: "Handbook", tagline: "Eight questions.", questionCount: 8, topics: [] });
    expect(previewAlt(card)).toBe("Handbook: Interview preparation · 8 questions. Eight questions.");
  });
});

describe("firstSentence", () => {
  it("stops at the first full stop followed by a space", () => {
    expect(firstSentence("Latency is 1.5 s here. More.")).toBe("Latency is 1.5 s here.");
    expect(firstSentence("No stop")).toBe("No stop");
  });
});
