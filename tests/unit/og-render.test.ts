/**
 * The renderer (src/og/) on real fonts: a card per script is planned with nothing missing and
 * drawn without Satori meeting a character its fonts lack (which would be a box), the masks and clip
 * paths it drops change no pixel, its PNG decodes to resvg's pixels, an undrawable character is caught before
 * drawing, and cached images are checked before use.
 */
import { appendFileSync, cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Resvg } from "@resvg/resvg-js";
import { fontace } from "fontace";
import { afterAll, describe, expect, it } from "vitest";
import { homeCard, questionCard, topicCard } from "../../src/lib/preview/card";
import type { PreviewCard } from "../../src/lib/preview/card";
import { dropRedundantClips, dropRedundantMasksAndClips } from "../../src/lib/preview/masks";
import { designHash } from "../../src/integrations/preview-images";
import { ImageCache, cacheKey, isCompletePng } from "../../src/og/cache";
import { fontLibrary } from "../../src/og/fonts";
import { UndrawableTextError, cardSvg, renderCard, resvgOptions } from "../../src/og/render";
import { woffToSfnt } from "../../src/og/woff";
import { readFileSync } from "node:fs";

const ROOT = resolve(import.meta.dirname, "../..");
const library = fontLibrary(ROOT);
const dir = mkdtempSync(join(tmpdir(), "og-render-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const card = (title: string, topics = ["Caching"]) =>
  questionCard({ title, position: 1, total: 8, topics, siteName: "GenAI Interview Handbook" });

const TITLES: Record<string, string> = {
  "Latin with accents": "Ça coûte combien ? Œuvre, Ångström, Łódź, İstanbul, ẞtraße",
  Greek: "Πώς αξιολογείτε ένα γλωσσικό μοντέλο;",
  Cyrillic: "Как снизить стоимость LLM?",
  Vietnamese: "Làm thế nào để đánh giá chất lượng mô hình?",
  Chinese: "如何在保持质量的同时优化成本？",
  Japanese: "本番環境でプロンプトをどう管理しますか？",
  Korean: "대규모 언어 모델을 어떻게 평가하나요?",
  Arabic: "كيف تقوم بتحسين التكاليف في تطبيقات النماذج اللغوية؟",
  Hebrew: "איך מעריכים מודל שפה?",
  Devanagari: "आप मॉडल का मूल्यांकन कैसे करते हैं?",
  Bengali: "আপনি কীভাবে মডেল মূল্যায়ন করেন?",
  Tamil: "மாதிரிகளை எவ்வாறு மதிப்பிடுவீர்கள்?",
  Thai: "คุณประเมินโมเดลภาษาอย่างไร",
  Emoji: "Shipping 🚀 a bot people ❤️ — 👩🏽‍💻 🇯🇵",
  "Long Latin (cut with an ellipsis)":
    "How would you design, evaluate, deploy and keep improving a retrieval-augmented generation system for a large enterprise with strict latency, cost, privacy and quality requirements across many languages, teams and regulators?",
  "Long Chinese": "如何在保持质量的同时优化成本？".repeat(6),
  "One character": "?",
};

/** The pixels a PNG decodes to, read by resvg (its own PNG decoder) as a picture drawn pixel for pixel. */
function decoded(png: Uint8Array): Uint8Array {
  const href = `data:image/png;base64,${Buffer.from(png).toString("base64")}`;
  return new Resvg(
    `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630"><image width="1200" height="630" image-rendering="optimizeSpeed" href="${href}"/></svg>`,
  ).render().pixels;
}

/** How many bytes of two pixel buffers differ (0 for the same picture). */
function differing(a: Uint8Array, b: Uint8Array): number {
  if (a.length !== b.length) return Math.max(a.length, b.length);
  let count = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) count++;
  return count;
}

/** Share of dark pixels in a band of the drawn card: ink where the title was drawn. */
function ink(pixels: Uint8Array, y0: number, y1: number): number {
  let dark = 0;
  for (let y = y0; y < y1; y++) for (let x = 80; x < 1120; x++) if ((pixels[(y * 1200 + x) * 4] ?? 255) < 100) dark++;
  return dark / ((y1 - y0) * 1040);
}

describe("every script the content can be written in", { timeout: 60_000 }, () => {
  for (const script of ["Arabic", "Chinese"]) {
    it(`draws a whole PNG of the card's size that decodes to resvg's pixels (${script}), within a fifth of resvg's own PNG in size`, async () => {
      const c = card(TITLES[script] ?? "", ["Caching", "Cost optimisation", "Evaluation"]);
      const plan = library.planCard(c);
      const { png } = await renderCard(c, plan, { fontDir: join(dir, "fonts") });
      expect(isCompletePng(png)).toBe(true);
      const image = new Resvg(
        dropRedundantMasksAndClips(await cardSvg(c, plan)),
        resvgOptions(plan, { fontDir: join(dir, "fonts") }),
      ).render();
      expect(differing(decoded(png), image.pixels), "bytes that differ").toBe(0);
      expect(png.length).toBeLessThanOrEqual(image.asPng().length * 1.2);
    });
  }

  /** Draws a card as Satori writes it and without what is dropped: the same pixels, with fewer masks and clips. */
  async function sameWithoutDropped(c: PreviewCard) {
    const plan = library.planCard(c);
    expect(plan.missing, "characters no font has").toEqual([]);
    // Satori reports any text its fonts cannot draw; renderCard throws on it.
    const svg = await cardSvg(c, plan);
    const options = resvgOptions(plan, { fontDir: join(dir, "fonts") });
    const { pixels } = new Resvg(svg, options).render();
    const simpler = dropRedundantMasksAndClips(svg);
    const count = (text: string, attribute: string) => text.split(` ${attribute}="url(`).length - 1;
    // The title's mask and clip at least go, and the top border's three clips (Arabic text, which resvg lays
    // out, keeps its own).
    expect(count(simpler, "mask"), "masks").toBeLessThan(count(svg, "mask"));
    expect(count(simpler, "clip-path"), "clip paths").toBeLessThanOrEqual(count(svg, "clip-path") - 3);
    expect(differing(new Resvg(simpler, options).render().pixels, pixels), "bytes that differ").toBe(0);
    return pixels;
  }

  for (const [script, title] of Object.entries(TITLES)) {
    it(`draws a ${script} title with fonts that have every glyph, the same without the masks and clips it drops`, async () => {
      const pixels = await sameWithoutDropped(card(title, ["Caching", "Cost optimisation", "Evaluation"]));
      expect(ink(pixels, 200, 470), "title drawn").toBeGreaterThan(0.01);
    });
  }

  it("draws the home card and a topic card the same without the masks and clips it drops", async () => {
    const siteName = "GenAI Interview Handbook";
    const description = "Retrieval-augmented generation grounds a model's answers in your own documents.";
    await sameWithoutDropped(
      homeCard({ siteName, tagline: `${description} Eight questions.`, questionCount: 8, topics: [] }),
    );
    await sameWithoutDropped(
      topicCard({ title: "Retrieval-Augmented Generation", description, questionCount: 3, siteName }),
    );
  });
});

describe("clips dropped around anti-aliased paths, as resvg draws them", () => {
  it("change no pixel: the group keeps a layer, or its one child's layer stands in for it", () => {
    const glyph = (fill: string, d = "M100.3 100.7 L180.2 110.1 Q190 150 120.6 170.4 Z") =>
      `<path fill="${fill}" d="${d}"/>`;
    const defs =
      '<clipPath id="all"><rect x="0" y="0" width="300" height="300"/></clipPath>' +
      '<clipPath id="cut"><rect x="0" y="0" width="150" height="300"/></clipPath>' +
      '<mask id="grey"><rect x="0" y="0" width="130" height="300" fill="#888"/></mask>';
    const doc = (body: string) =>
      `<svg width="300" height="300" viewBox="0 0 300 300" xmlns="http://www.w3.org/2000/svg">${defs}<rect width="300" height="300" fill="#e8ebff"/>${body}</svg>`;
    const cases = {
      "one path": `<g clip-path="url(#all)">${glyph("#3548c8")}</g>`,
      "two overlapping paths": `<g clip-path="url(#all)">${glyph("#3548c8")}${glyph("#14171a", "M110.5 100.7 L190.2 115.1 Q195 150 125.6 175.4 Z")}</g>`,
      "a child with a clip that cuts": `<g clip-path="url(#all)"><g clip-path="url(#cut)">${glyph("#3548c8")}</g></g>`,
      "a child with a mask": `<g clip-path="url(#all)"><g mask="url(#grey)">${glyph("#3548c8")}</g></g>`,
    };
    const draw = (svg: string) => new Resvg(svg, { font: { loadSystemFonts: false } }).render().pixels;
    for (const [name, body] of Object.entries(cases)) {
      const simpler = dropRedundantClips(doc(body));
      expect(simpler.split('clip-path="url(#all)"').length, name).toBe(1);
      expect(differing(draw(simpler), draw(doc(body))), name).toBe(0);
      // Without the layer, the same paths come out differently.
      const flat = simpler.replace(/ style="isolation:isolate"/g, "");
      if (flat !== simpler) expect(differing(draw(flat), draw(doc(body))), name).toBeGreaterThan(0);
    }
  });
});

describe("a character no font has", () => {
  it("is found before drawing, with its field", () => {
    expect(library.planCard(card("Hieroglyph 𓀀 here")).missing).toEqual([{ field: "title", char: "𓀀" }]);
    expect(library.planCard(card("Fine", ["Tifinagh ⵜ"])).missing).toEqual([{ field: "tags", char: "ⵜ" }]);
  });

  it("stops the drawing when the plan and the fonts disagree, instead of drawing a box", async () => {
    const c = card("Hieroglyph 𓀀 here");
    await expect(cardSvg(c, { ...library.planCard(c), missing: [] })).rejects.toThrow(UndrawableTextError);
    await expect(cardSvg(c, library.planCard(c))).rejects.toThrow(/“𓀀” \(U\+13000\)/);
  });
});

describe("woffToSfnt", () => {
  it("unwraps the font with every glyph and renames it", () => {
    const woff = readFileSync(join(ROOT, "node_modules/@fontsource/inter/files/inter-latin-700-normal.woff"));
    const ttf = woffToSfnt(woff, "Inter latin");
    const before = fontace(woff);
    const after = fontace(ttf);
    expect(after.unicodeRange).toBe(before.unicodeRange);
    expect(after.family).toBe("Inter latin");
    expect(after.weight).toBe("700");
    expect(() => woffToSfnt(ttf)).toThrow(/not a WOFF/);
  });
});

describe("the image cache", () => {
  it("serves whole images and treats a missing, cut or damaged one as absent", async () => {
    const c = card("Cached card");
    const { png } = await renderCard(c, library.planCard(c), { fontDir: join(dir, "fonts") });
    const cache = new ImageCache(join(dir, "cache"));
    expect(cache.read("k")).toBeUndefined();
    cache.write("k", png);
    expect(cache.read("k")).toEqual(png);
    writeFileSync(join(dir, "cache", "k.png"), png.subarray(0, png.length - 20));
    expect(cache.read("k")).toBeUndefined();
    const flipped = new Uint8Array(png);
    flipped[200] = (flipped[200] ?? 0) ^ 0xff;
    writeFileSync(join(dir, "cache", "k.png"), flipped);
    expect(cache.read("k")).toBeUndefined();
  });
});

describe("cache keys", () => {
  it("change for the one card whose title changed, and for every card when the design changes", () => {
    const key = (title: string, design = "d1") => {
      const c = card(title);
      const plan = library.planCard(c);
      return cacheKey({ card: c, fonts: plan.fonts.map((f) => f.copyName), emoji: plan.emoji, design });
    };
    const before = ["One?", "Two?", "Three?"].map((t) => key(t));
    const after = ["One?", "Two, renamed?", "Three?"].map((t) => key(t));
    expect(before.filter((k, i) => k !== after[i])).toHaveLength(1);
    expect(key("One?", "d2")).not.toBe(before[0]);
  });

  it("change for every card when the renderer's code or the zlib it compresses with changes", () => {
    const copy = join(dir, "project");
    for (const part of ["src/og", "src/lib/preview"]) cpSync(join(ROOT, part), join(copy, part), { recursive: true });
    symlinkSync(join(ROOT, "node_modules"), join(copy, "node_modules"));
    const first = designHash(copy);
    expect(designHash(copy)).toBe(first);
    appendFileSync(join(copy, "src/og/png.ts"), "\n// changed\n");
    const second = designHash(copy);
    expect(second).not.toBe(first);
    appendFileSync(join(copy, "src/lib/preview/masks.ts"), "\n// changed\n");
    expect(designHash(copy)).not.toBe(second);
    expect(fontLibrary(copy).versions["node:zlib"]).toBe(process.versions.zlib);
  });
});
