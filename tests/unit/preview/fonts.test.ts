import { describe, expect, it } from "vitest";
import {
  PREVIEW_FONT_FAMILIES,
  chooseSubset,
  codePointLabel,
  fontOrder,
  hasEmojiForm,
  isEmoji,
  needsNoGlyph,
  needsSvgText,
  parseUnicodeRange,
  planText,
  twemojiNames,
} from "../../../src/lib/preview/fonts";
import type { PreviewFontSubset } from "../../../src/lib/preview/fonts";

const families = (text: string) => fontOrder(text).map((f) => f.family);

// A small font table: Inter's Latin, one Chinese and one Japanese subset that overlap on 中, Arabic.
const latin: PreviewFontSubset = { family: "Inter", subset: "latin", ranges: parseUnicodeRange("U+0000-00FF,U+2026") };
const sc: PreviewFontSubset = { family: "Noto Sans SC", subset: "[5]", ranges: parseUnicodeRange("U+4E00-9FFF") };
const jp: PreviewFontSubset = {
  family: "Noto Sans JP",
  subset: "[3]",
  ranges: parseUnicodeRange("U+3040-30FF,U+4E00-9FFF"),
};
const arabic: PreviewFontSubset = {
  family: "Noto Sans Arabic",
  subset: "arabic",
  ranges: parseUnicodeRange("U+0600-06FF"),
};
const subsets = new Map([
  ["Inter", [latin]],
  ["Noto Sans SC", [sc]],
  ["Noto Sans JP", [jp]],
  ["Noto Sans Arabic", [arabic]],
]);
const all = () => true;

describe("fontOrder", () => {
  it("tries Inter first, then Chinese before Japanese and Korean by default", () => {
    expect(families("Caching 缓存").slice(0, 4)).toEqual(["Inter", "Noto Sans SC", "Noto Sans JP", "Noto Sans KR"]);
  });

  it("puts the Japanese font first for a text with kana, the Korean one for Hangul", () => {
    expect(families("本番環境で").slice(1, 4)).toEqual(["Noto Sans JP", "Noto Sans SC", "Noto Sans KR"]);
    expect(families("대규모 言語").slice(1, 4)).toEqual(["Noto Sans KR", "Noto Sans SC", "Noto Sans JP"]);
  });

  it("names every family once, each with its package", () => {
    const names = PREVIEW_FONT_FAMILIES.map((f) => f.family);
    expect(new Set(names).size).toBe(names.length);
    for (const f of PREVIEW_FONT_FAMILIES) expect(f.package).toMatch(/^@fontsource\/[a-z-]+$/);
    expect(names).toEqual(
      expect.arrayContaining([
        "Noto Sans Arabic",
        "Noto Sans Hebrew",
        "Noto Sans Devanagari",
        "Noto Sans Thai",
        "Noto Sans Tamil",
      ]),
    );
  });
});

describe("parseUnicodeRange", () => {
  it("reads single code points, ranges and wildcards", () => {
    expect(parseUnicodeRange("U+0460-052F, U+20B4,U+4??")).toEqual([
      [0x460, 0x52f],
      [0x20b4, 0x20b4],
      [0x400, 0x4ff],
    ]);
  });

  it("names what it cannot read", () => {
    expect(() => parseUnicodeRange("U+12G")).toThrow(/cannot read "U\+12G"/);
  });
});

describe("chooseSubset", () => {
  it("takes the first family in the order whose subset declares and really has the character", () => {
    expect(chooseSubset("a", fontOrder("a"), subsets, all)).toBe(latin);
    expect(chooseSubset("中", fontOrder("中"), subsets, all)).toBe(sc);
    expect(chooseSubset("中", fontOrder("中で"), subsets, all)).toBe(jp);
  });

  it("skips a subset whose file lacks the glyph although its range declares it", () => {
    const noScGlyph = (s: PreviewFontSubset, cp: number) => !(s === sc && cp === 0x4e2d);
    expect(chooseSubset("中", fontOrder("中"), subsets, noScGlyph)).toBe(jp);
  });

  it("finds nothing for a character no font declares", () => {
    expect(chooseSubset("𓀀", fontOrder("𓀀"), subsets, all)).toBeUndefined();
  });
});

describe("planText", () => {
  it("lists the subsets a text needs in fallback order, and nothing missing", () => {
    const plan = planText("Cost 成本 تكلفة", fontOrder("Cost 成本 تكلفة"), subsets, all, () => true);
    expect(plan.subsets).toEqual([latin, sc, arabic]);
    expect(plan.missing).toEqual([]);
  });

  it("names each character no font can draw once, in order", () => {
    const plan = planText("a𓀀b𓀀ⴰ", fontOrder(""), subsets, all, () => true);
    expect(plan.missing).toEqual(["𓀀", "ⴰ"]);
  });

  it("draws emoji as pictures, including joined sequences and flags, and reports one without a picture", () => {
    const plan = planText("Ship 🚀 👩🏽‍💻 🇯🇵", fontOrder(""), subsets, all, (g) => g !== "🇯🇵");
    expect(plan.emoji).toEqual(["🚀", "👩🏽‍💻"]);
    expect(plan.missing).toEqual(["🇯🇵"]);
  });

  it("draws a text-style symbol with a font when one has it, as a picture when none does", () => {
    const withHeart = new Map([
      ...subsets,
      ["Inter", [{ ...latin, ranges: [...latin.ranges, [0x2764, 0x2764] as [number, number]] }]],
    ]);
    expect(planText("❤", fontOrder(""), withHeart, all, () => true).emoji).toEqual([]);
    expect(planText("❤", fontOrder(""), subsets, all, () => true).emoji).toEqual(["❤"]);
  });

  it("needs no glyph for spaces, joiners and variation selectors", () => {
    expect(planText("a\u200c\u200db\u00a0\ufe0f", fontOrder(""), subsets, all, () => true).missing).toEqual([]);
    expect(needsNoGlyph("\u200d")).toBe(true);
    expect(needsNoGlyph("x")).toBe(false);
  });
});

describe("emoji", () => {
  it("tells emoji graphemes from text-style symbols", () => {
    expect(isEmoji("🚀")).toBe(true);
    expect(isEmoji("❤️")).toBe(true);
    expect(isEmoji("©")).toBe(false);
    expect(hasEmojiForm("❤")).toBe(true);
    expect(hasEmojiForm("a")).toBe(false);
  });

  it("spells Twemoji file names: no FE0F unless the sequence has a joiner", () => {
    expect(twemojiNames("❤️")[0]).toBe("2764");
    expect(twemojiNames("👩🏽‍💻")[0]).toBe("1f469-1f3fd-200d-1f4bb");
    expect(twemojiNames("🏃🏻‍♀️")[0]).toBe("1f3c3-1f3fb-200d-2640-fe0f");
  });
});

describe("needsSvgText", () => {
  it("is true for Arabic-script text only", () => {
    expect(needsSvgText("كيف تقوم")).toBe(true);
    expect(needsSvgText("आप उत्पादन")).toBe(false);
    expect(needsSvgText("Caching")).toBe(false);
  });
});

describe("codePointLabel", () => {
  it("writes U+ and at least four hex digits per code point", () => {
    expect(codePointLabel("é")).toBe("U+00E9");
    expect(codePointLabel("𓀀")).toBe("U+13000");
  });
});
