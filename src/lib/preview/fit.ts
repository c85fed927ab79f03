/**
 * Fitting text into the preview card without measuring glyphs: an estimate of each grapheme's
 * advance by script, a greedy line-wrap on those estimates, and the title size that keeps the title
 * within its lines. Satori still does the real layout; where the estimate is short, the card's
 * line clamp cuts the title with an ellipsis, so nothing leaves the card.
 */
import { graphemes } from "./fonts.ts";

const WIDE =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u{3000}-\u{303F}\u{FF00}-\u{FF60}\u{FFE0}-\u{FFE6}]/u;
const EMOJI = /^\p{RGI_Emoji}$/v;
const NARROW = /^[iljtfrI.,:;'’!|()[\]"“”·\-]$/u;
const WIDE_LATIN = /^[mwMW@%]$/u;
const INDIC =
  /[\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}]/u;

/**
 * Estimated advance of one grapheme in em, for a bold sans-serif (Inter's Latin, Noto's others),
 * on the generous side so the estimate rarely falls short.
 */
export function graphemeEm(grapheme: string): number {
  if (EMOJI.test(grapheme)) return 1.15;
  if (grapheme === "\u200b") return 0;
  if (/^\s$/u.test(grapheme)) return 0.28;
  if (WIDE.test(grapheme)) return 1.0;
  if (INDIC.test(grapheme)) return 0.8;
  if (/\p{Script=Thai}/u.test(grapheme)) return 0.65;
  if (/[\p{Script=Arabic}\p{Script=Hebrew}]/u.test(grapheme)) return 0.55;
  if (NARROW.test(grapheme)) return 0.32;
  if (WIDE_LATIN.test(grapheme)) return 0.88;
  if (/^\p{Lu}$/u.test(grapheme)) return 0.7;
  if (/^\p{N}$/u.test(grapheme)) return 0.62;
  return 0.58;
}

/** Estimated width in pixels of a text on one line. `letterSpacing` is in em, as in the card's styles. */
export function textWidth(text: string, fontSize: number, letterSpacing = 0): number {
  return graphemes(text).reduce((sum, g) => sum + (graphemeEm(g) + letterSpacing) * fontSize, 0);
}

/**
 * The pieces a line may break between: words with their trailing space, and each wide grapheme
 * (Chinese, Japanese, Korean, emoji) on its own, since those scripts break between characters.
 */
function breakUnits(text: string): string[] {
  const units: string[] = [];
  let word = "";
  for (const g of graphemes(text)) {
    if (WIDE.test(g) || EMOJI.test(g)) {
      if (word) units.push(word);
      units.push(g);
      word = "";
    } else if (/^[\s\u200b]$/u.test(g)) {
      units.push(`${word}${g}`);
      word = "";
    } else word += g;
  }
  if (word) units.push(word);
  return units;
}

/** Number of lines a greedy wrap of `text` into `width` pixels takes, on the estimates above. */
export function lineCount(text: string, width: number, fontSize: number, letterSpacing = 0): number {
  let lines = 1;
  let used = 0;
  for (const unit of breakUnits(text)) {
    const word = textWidth(unit.trimEnd(), fontSize, letterSpacing);
    const withSpace = textWidth(unit, fontSize, letterSpacing);
    if (used > 0 && used + word > width) {
      lines += 1;
      used = 0;
    }
    if (word > width) {
      // A word longer than a line breaks inside itself (the card sets overflowWrap: anywhere).
      const extra = Math.ceil(word / width) - 1;
      lines += extra;
      used = word - extra * width + (withSpace - word);
    } else used += withSpace;
  }
  return lines;
}

export interface TitleFit {
  /** Font size in pixels. */
  readonly fontSize: number;
  /** The most lines the title may take; more are cut with an ellipsis by the card's line clamp. */
  readonly maxLines: number;
  /** The title as drawn: the whole title, or a prefix ending in "…" when even the smallest size cannot hold it. */
  readonly text: string;
}

export interface TitleBox {
  readonly width: number;
  readonly height: number;
  readonly lineHeight: number;
  readonly letterSpacing: number;
  /** Sizes to try, largest first. */
  readonly sizes: readonly number[];
  /** Never more lines than this, whatever the height allows (a calm card). */
  readonly maxLines: number;
}

/**
 * The largest size at which the title's estimated lines fit the box. When none does, the smallest
 * size with as many lines as the box holds, and the text cut (at a grapheme) to what those lines
 * could hold with room to spare, ending in "…": the card's line clamp then cuts it exactly, and
 * Satori never lays out more than a few lines' worth of a very long title.
 */
export function fitTitle(title: string, box: TitleBox): TitleFit {
  const linesAt = (size: number) =>
    Math.max(1, Math.min(box.maxLines, Math.floor(box.height / (size * box.lineHeight))));
  for (const size of box.sizes) {
    const maxLines = linesAt(size);
    if (lineCount(title, box.width, size, box.letterSpacing) <= maxLines)
      return { fontSize: size, maxLines, text: title };
  }
  const size = box.sizes.at(-1) ?? 40;
  const maxLines = linesAt(size);
  return { fontSize: size, maxLines, text: truncate(title, 1.5 * maxLines * box.width, size, box.letterSpacing) };
}

/** `text` cut at a grapheme once its estimated width passes `width` pixels, with "…" added; unchanged if it fits. */
export function truncate(text: string, width: number, fontSize: number, letterSpacing = 0): string {
  let used = 0;
  const kept: string[] = [];
  const all = graphemes(text);
  for (const g of all) {
    used += (graphemeEm(g) + letterSpacing) * fontSize;
    if (used > width) return `${kept.join("").trimEnd()}…`;
    kept.push(g);
  }
  return text;
}

/**
 * The direction of a text by its first strong character, as `dir="auto"` decides: "rtl" when that is
 * Hebrew, Arabic or another right-to-left script, else "ltr".
 */
export function textDirection(text: string): "rtl" | "ltr" {
  const strong = /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]|\p{L}/u.exec(
    text,
  );
  return strong &&
    /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u.test(strong[0])
    ? "rtl"
    : "ltr";
}

const SPACED_SCRIPTS = /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Common}\p{Script=Inherited}]*$/u;

/**
 * How a title is set for its script: tight letter-spacing only for Latin, Greek and Cyrillic (it
 * breaks the joins of Arabic and the conjuncts of Indic scripts), and balanced lines only where
 * characters are not each a break (Chinese and Japanese break anywhere, so balancing them leaves
 * short lines).
 */
export function titleSetting(title: string): { text: string; letterSpacing: number; balance: boolean } {
  const latinLike = SPACED_SCRIPTS.test(title.replace(/\p{RGI_Emoji}/gv, ""));
  return { text: title, letterSpacing: latinLike ? -0.025 : 0, balance: !WIDE.test(title) };
}
