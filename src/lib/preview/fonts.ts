/**
 * Which font draws each character of a preview card: the families the renderer ships (Fontsource
 * packages, one .woff per unicode-range subset), the order they are tried in for a given text, and
 * the choice per character. Coverage itself (does this file have a glyph?) is passed in, so the
 * choice stays pure: src/og/fonts.ts answers it from the font files.
 */

/** A font family of the renderer: its Fontsource package and the scripts it is there for. */
export interface PreviewFontFamily {
  /** Family name as Fontsource spells it, e.g. "Noto Sans JP". */
  readonly family: string;
  /** The npm package that ships it (pinned in package.json). */
  readonly package: string;
  /** What it is in the chain for, for people reading the table. */
  readonly covers: string;
}

/** One subset file of a family: its Fontsource subset name and the code points it declares. */
export interface PreviewFontSubset {
  readonly family: string;
  /** Fontsource's subset name: "latin", "cyrillic-ext", "[12]". */
  readonly subset: string;
  readonly ranges: readonly (readonly [number, number])[];
}

/** The weights the card uses (preview-card.ts): body, eyebrow and chips, title and site name. */
export const PREVIEW_FONT_WEIGHTS = [400, 600, 700] as const;

const inter: PreviewFontFamily = {
  family: "Inter",
  package: "@fontsource/inter",
  covers: "Latin, Greek, Cyrillic, Vietnamese",
};
const sc: PreviewFontFamily = { family: "Noto Sans SC", package: "@fontsource/noto-sans-sc", covers: "Chinese (Han)" };
const jp: PreviewFontFamily = {
  family: "Noto Sans JP",
  package: "@fontsource/noto-sans-jp",
  covers: "Japanese (kana and Han)",
};
const kr: PreviewFontFamily = {
  family: "Noto Sans KR",
  package: "@fontsource/noto-sans-kr",
  covers: "Korean (Hangul and Han)",
};
const noto = (name: string, covers: string): PreviewFontFamily => ({
  family: `Noto Sans ${name}`,
  package: `@fontsource/noto-sans-${name.toLowerCase()}`,
  covers,
});
const scripts: readonly PreviewFontFamily[] = [
  noto("Arabic", "Arabic, Persian, Urdu"),
  noto("Hebrew", "Hebrew"),
  noto("Devanagari", "Hindi, Marathi, Nepali, Sanskrit"),
  noto("Bengali", "Bengali, Assamese"),
  noto("Gurmukhi", "Punjabi"),
  noto("Gujarati", "Gujarati"),
  noto("Oriya", "Odia"),
  noto("Tamil", "Tamil"),
  noto("Telugu", "Telugu"),
  noto("Kannada", "Kannada"),
  noto("Malayalam", "Malayalam"),
  noto("Sinhala", "Sinhala"),
  noto("Thai", "Thai"),
];

/** Every family the renderer can use, Inter first. */
export const PREVIEW_FONT_FAMILIES: readonly PreviewFontFamily[] = [inter, sc, jp, kr, ...scripts];

const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HANGUL = /\p{Script=Hangul}/u;

/**
 * The families in the order they are tried for `text`: Inter, then the Chinese, Japanese and Korean
 * fonts (Japanese first when the text has kana, Korean first when it has Hangul, so Han characters
 * take the shapes readers of that language expect), then the other scripts.
 */
export function fontOrder(text: string): PreviewFontFamily[] {
  const cjk = KANA.test(text) ? [jp, sc, kr] : HANGUL.test(text) ? [kr, sc, jp] : [sc, jp, kr];
  return [inter, ...cjk, ...scripts];
}

/** Parses a CSS unicode-range ("U+0460-052F,U+20B4, U+4??") into inclusive code point ranges. */
export function parseUnicodeRange(value: string): [number, number][] {
  return value
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part !== "")
    .map((part) => {
      const match = /^U\+([0-9a-f?]{1,6})(?:-([0-9a-f]{1,6}))?$/i.exec(part);
      if (!match?.[1]) throw new Error(`unicode-range: cannot read "${part}" (expected U+XXXX, U+XXXX-YYYY or U+XX??)`);
      const [, start, end] = match;
      if (start.includes("?"))
        return [parseInt(start.replace(/\?/g, "0"), 16), parseInt(start.replace(/\?/g, "f"), 16)];
      return [parseInt(start, 16), parseInt(end ?? start, 16)];
    });
}

/** Whether a code point lies in sorted or unsorted inclusive ranges. */
export function inRanges(ranges: readonly (readonly [number, number])[], codePoint: number): boolean {
  return ranges.some(([lo, hi]) => codePoint >= lo && codePoint <= hi);
}

/**
 * Characters that need no glyph of their own: white space and controls, joiners and marks of
 * format (ZWJ, ZWNJ, bidi marks), and variation selectors, which shaping consumes.
 */
export function needsNoGlyph(char: string): boolean {
  return /^[\p{White_Space}\p{Cc}\p{Cf}\u{FE00}-\u{FE0F}\u{E0100}-\u{E01EF}]$/u.test(char);
}

/** Is this grapheme an emoji that is drawn as a picture by default (Unicode's RGI emoji set)? */
export function isEmoji(grapheme: string): boolean {
  return /^\p{RGI_Emoji}$/v.test(grapheme);
}

/** A character shown as text by default that has an emoji form ("❤", "☺"): a picture only when no font has it. */
export function hasEmojiForm(grapheme: string): boolean {
  return !isEmoji(grapheme) && /^\p{RGI_Emoji}$/v.test(`${grapheme}\u{FE0F}`);
}

/**
 * Twemoji's file names for an emoji, most likely first: code points in hex joined by "-", without
 * U+FE0F unless the sequence has a zero-width joiner (Twemoji's own rule), then the other spelling.
 */
export function twemojiNames(grapheme: string): string[] {
  const hex = (text: string) => [...text].map((c) => c.codePointAt(0)?.toString(16)).join("-");
  const bare = grapheme.replace(/\u{FE0F}/gu, "");
  const names = grapheme.includes("\u200d") ? [hex(grapheme), hex(bare)] : [hex(bare), hex(grapheme)];
  return [...new Set(names)];
}

// One segmenter for every call: making one costs more than splitting a title, and fitting a title splits it often.
const GRAPHEME_SEGMENTER = new Intl.Segmenter("en", { granularity: "grapheme" });

/** Splits text into user-perceived characters (grapheme clusters). */
export function graphemes(text: string): string[] {
  return Array.from(GRAPHEME_SEGMENTER.segment(text), (s) => s.segment);
}

/** "U+4E2D" for a character (each code point, space-separated, for a sequence). */
export function codePointLabel(char: string): string {
  return [...char].map((c) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`).join(" ");
}

/** Does the subset file (family, subset) have a glyph for this code point? */
export type Covers = (subset: PreviewFontSubset, codePoint: number) => boolean;

/**
 * The subset that draws `char`: the first family in `order` with a subset that declares the code
 * point and whose file really has the glyph. Undefined when no font of the chain can draw it.
 */
export function chooseSubset(
  char: string,
  order: readonly PreviewFontFamily[],
  subsets: ReadonlyMap<string, readonly PreviewFontSubset[]>,
  covers: Covers,
): PreviewFontSubset | undefined {
  const codePoint = char.codePointAt(0);
  if (codePoint === undefined) return undefined;
  for (const { family } of order) {
    for (const subset of subsets.get(family) ?? []) {
      if (inRanges(subset.ranges, codePoint) && covers(subset, codePoint)) return subset;
    }
  }
  return undefined;
}

/** What drawing a text takes: subset files (in fallback order), emoji pictures, and what nothing can draw. */
export interface TextPlan {
  readonly subsets: PreviewFontSubset[];
  readonly emoji: string[];
  readonly missing: string[];
}

/**
 * Plans the fonts for a text: each emoji grapheme becomes a picture (when `hasEmoji` has one for it),
 * every other character gets the subset `chooseSubset` picks (a text-style symbol with an emoji form
 * that no font has, such as "❤", becomes a picture too), and what neither can draw is listed
 * in `missing`, once each, in order of appearance. Subsets come back in the chain's order.
 */
export function planText(
  text: string,
  order: readonly PreviewFontFamily[],
  subsets: ReadonlyMap<string, readonly PreviewFontSubset[]>,
  covers: Covers,
  hasEmoji: (grapheme: string) => boolean,
): TextPlan {
  const chosen = new Set<PreviewFontSubset>();
  const emoji = new Set<string>();
  const missing = new Set<string>();
  for (const grapheme of graphemes(text)) {
    if (isEmoji(grapheme)) {
      if (hasEmoji(grapheme)) emoji.add(grapheme);
      else missing.add(grapheme);
      continue;
    }
    const chars = [...grapheme].filter((char) => !needsNoGlyph(char));
    const picks = chars.map((char) => chooseSubset(char, order, subsets, covers));
    if (picks.some((pick) => pick === undefined) && hasEmojiForm(grapheme) && hasEmoji(grapheme)) {
      emoji.add(grapheme);
      continue;
    }
    chars.forEach((char, i) => {
      const pick = picks[i];
      if (pick) chosen.add(pick);
      else missing.add(char);
    });
  }
  const rank = (s: PreviewFontSubset) => {
    const family = order.findIndex((f) => f.family === s.family);
    return family * 10_000 + (subsets.get(s.family) ?? []).indexOf(s);
  };
  return { subsets: [...chosen].sort((a, b) => rank(a) - rank(b)), emoji: [...emoji], missing: [...missing] };
}

/**
 * Whether a text needs its glyphs drawn by resvg rather than as Satori's outlines: Satori places
 * the dots of Arabic-script letters (ي, ة, ج) wrongly, while resvg, whose shaper is older, breaks
 * Indic conjuncts. Arabic, Syriac, Thaana and N'Ko are the joining scripts that need it.
 */
export function needsSvgText(text: string): boolean {
  return /[\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u.test(text);
}
