import { describe, expect, it } from "vitest";
import {
  fitTitle,
  graphemeEm,
  lineCount,
  textDirection,
  textWidth,
  titleSetting,
  truncate,
} from "../../../src/lib/preview/fit";

const box = { width: 1000, height: 340, lineHeight: 1.14, letterSpacing: 0, sizes: [68, 60, 52, 46, 40], maxLines: 4 };

describe("estimates", () => {
  it("gives Chinese, Japanese and Korean characters and emoji a full em, Latin letters about half", () => {
    expect(graphemeEm("中")).toBe(1);
    expect(graphemeEm("한")).toBe(1);
    expect(graphemeEm("🚀")).toBeGreaterThan(1);
    expect(graphemeEm("a")).toBeLessThan(0.7);
    expect(graphemeEm("i")).toBeLessThan(graphemeEm("m"));
  });

  it("measures a text as the sum of its graphemes, a joined emoji counting once", () => {
    expect(textWidth("中文", 10)).toBe(20);
    expect(textWidth("👩🏽‍💻", 10)).toBeCloseTo(11.5);
  });

  it("wraps words greedily and breaks Chinese anywhere", () => {
    expect(lineCount("short", 1000, 40)).toBe(1);
    expect(lineCount("word ".repeat(40), 1000, 40)).toBeGreaterThan(2);
    expect(lineCount("中".repeat(30), 500, 50)).toBe(3);
    expect(lineCount("x".repeat(100), 500, 50)).toBeGreaterThanOrEqual(6);
  });
});

describe("fitTitle", () => {
  it("keeps a short title at the largest size", () => {
    expect(fitTitle("What is RAG?", box)).toEqual({ fontSize: 68, maxLines: 4, text: "What is RAG?" });
  });

  it("shrinks as the title grows", () => {
    const sizes = [60, 120, 180, 240].map((n) => fitTitle("word ".repeat(n / 5).trim(), box).fontSize);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(sizes[0]).toBe(68);
    expect(sizes.at(-1)).toBeLessThan(52);
  });

  it("cuts a title too long for the smallest size and ends it with an ellipsis", () => {
    const long = "How do you design and run a support bot that answers from thousands of documents ".repeat(8);
    const fit = fitTitle(long, box);
    expect(fit.fontSize).toBe(40);
    expect(fit.text.endsWith("…")).toBe(true);
    expect(fit.text.length).toBeLessThan(long.length);
    expect(long.startsWith(fit.text.slice(0, -1))).toBe(true);
  });

  it("never allows more lines than the box holds", () => {
    expect(fitTitle("x", { ...box, height: 100 }).maxLines).toBe(1);
  });
});

describe("truncate", () => {
  it("leaves a text that fits and cuts at a grapheme, never inside an emoji", () => {
    expect(truncate("abc", 1000, 10)).toBe("abc");
    const cut = truncate("ab👩🏽‍💻cd", 21, 10);
    expect(cut).toBe("ab…");
    expect(truncate("ab👩🏽‍💻cd", 24, 10)).toBe("ab👩🏽‍💻…");
  });
});

describe("textDirection", () => {
  it("follows the first strong character, as dir=auto does", () => {
    expect(textDirection("كيف تقوم")).toBe("rtl");
    expect(textDirection("איך מעריכים")).toBe("rtl");
    expect(textDirection("123 كيف")).toBe("rtl");
    expect(textDirection("RAG في")).toBe("ltr");
    expect(textDirection("中文")).toBe("ltr");
  });
});

describe("titleSetting", () => {
  it("sets Latin, Greek and Cyrillic tight, other scripts without letter-spacing", () => {
    expect(titleSetting("Ça coûte? Πώς; Как?").letterSpacing).toBeLessThan(0);
    expect(titleSetting("Ship 🚀 it").letterSpacing).toBeLessThan(0);
    expect(titleSetting("كيف تقوم").letterSpacing).toBe(0);
    expect(titleSetting("आप उत्पादन").letterSpacing).toBe(0);
  });

  it("balances lines except for Chinese, Japanese and Korean", () => {
    expect(titleSetting("How do you evaluate?").balance).toBe(true);
    expect(titleSetting("本番環境で").balance).toBe(false);
  });
});
