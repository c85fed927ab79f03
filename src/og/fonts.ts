/**
 * The font and emoji files behind the preview cards, read from their npm packages: each Fontsource
 * family's subsets (unicode.json), the glyphs each subset file really has (its cmap, read by
 * fontace), and Twemoji's pictures. `planCard` says which files a card needs and what in it no file
 * can draw, so a build can refuse it before drawing anything.
 */
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, join } from "node:path";
import { fontace } from "fontace";
import { cardTexts } from "../lib/preview/card.ts";
import type { CardField, PreviewCard } from "../lib/preview/card.ts";
import {
  PREVIEW_FONT_FAMILIES,
  PREVIEW_FONT_WEIGHTS,
  chooseSubset,
  codePointLabel,
  fontOrder,
  inRanges,
  needsSvgText,
  parseUnicodeRange,
  planText,
  twemojiNames,
} from "../lib/preview/fonts.ts";
import type { PreviewFontSubset } from "../lib/preview/fonts.ts";

/** One font file as Satori gets it: a unique name per subset, so each subset is its own fallback. */
interface FontFile {
  readonly name: string;
  readonly weight: number;
  /** The .woff file in its package. */
  readonly path: string;
  /** A name for a converted copy that changes with the package's version: "inter@5.3.0/inter-latin-700-normal". */
  readonly copyName: string;
}

/** What drawing a card takes. */
export interface CardPlan {
  /** Font files in fallback order. */
  readonly fonts: FontFile[];
  /** Character -> name of the font file (`FontFile.name`) that draws it. */
  readonly charFonts: Record<string, string>;
  /** Emoji grapheme -> SVG file. */
  readonly emoji: Record<string, string>;
  /** Draw the text with resvg (true for Arabic-script cards) instead of as Satori's outlines. */
  readonly svgText: boolean;
  /** Characters no file can draw, with the field they are in. */
  readonly missing: { field: CardField; char: string }[];
}

export interface FontLibrary {
  planCard(card: PreviewCard): CardPlan;
  /** The versions of every package a card can be drawn with, for cache keys. */
  readonly versions: Record<string, string>;
}

/** The name a subset file goes by in Satori and in the SVG: "Noto Sans SC 12", "Inter latin-ext". */
function fontName(subset: PreviewFontSubset): string {
  return `${subset.family} ${subset.subset.replace(/[^A-Za-z0-9-]/g, "")}`;
}

/** Fontsource's file name of a subset: "inter-latin-700-normal.woff", "noto-sans-sc-12-700-normal.woff". */
function fileName(pkg: string, subset: string, weight: number): string {
  const id = pkg.replace(/^@fontsource\//, "");
  return `${id}-${subset.replace(/^\[(\d+)\]$/, "$1")}-${weight}-normal.woff`;
}

const libraries = new Map<string, FontLibrary>();

/** The fonts and emoji available to a project at `root` (its node_modules), read once per process. */
export function fontLibrary(root: string): FontLibrary {
  let library = libraries.get(root);
  if (!library) {
    library = loadLibrary(root);
    libraries.set(root, library);
  }
  return library;
}

function loadLibrary(root: string): FontLibrary {
  const require = createRequire(join(root, "package.json"));
  const versions: Record<string, string> = {};
  const packageDir = (pkg: string) => {
    const manifest = require.resolve(`${pkg}/package.json`);
    versions[pkg] = (JSON.parse(readFileSync(manifest, "utf8")) as { version: string }).version;
    return dirname(manifest);
  };
  const subsets = new Map<string, PreviewFontSubset[]>();
  const dirs = new Map<string, string>();
  for (const { family, package: pkg } of PREVIEW_FONT_FAMILIES) {
    const dir = packageDir(pkg);
    dirs.set(family, dir);
    const ranges = JSON.parse(readFileSync(join(dir, "unicode.json"), "utf8")) as Record<string, string>;
    subsets.set(
      family,
      Object.entries(ranges).map(([subset, range]) => ({ family, subset, ranges: parseUnicodeRange(range) })),
    );
  }
  const pkgOf = new Map(PREVIEW_FONT_FAMILIES.map((f) => [f.family, f.package]));
  const pathOf = (subset: PreviewFontSubset, weight: number) =>
    join(dirs.get(subset.family) ?? "", "files", fileName(pkgOf.get(subset.family) ?? "", subset.subset, weight));

  // A subset covers a character when every weight's file has the glyph (the cmap, not the declared range).
  const cmaps = new Map<string, [number, number][]>();
  const cmapOf = (path: string) => {
    let ranges = cmaps.get(path);
    if (!ranges) {
      try {
        ranges = parseUnicodeRange(fontace(readFileSync(path)).unicodeRange);
      } catch {
        // One of Noto Sans SC's subsets ([101]) has no readable character map: it draws nothing.
        ranges = [];
      }
      cmaps.set(path, ranges);
    }
    return ranges;
  };
  // Asked for every character of every card: answered once per subset and character.
  const coverage = new Map<PreviewFontSubset, Map<number, boolean>>();
  const covers = (subset: PreviewFontSubset, codePoint: number) => {
    let known = coverage.get(subset);
    if (!known) coverage.set(subset, (known = new Map()));
    let answer = known.get(codePoint);
    if (answer === undefined) {
      answer = PREVIEW_FONT_WEIGHTS.every((weight) => inRanges(cmapOf(pathOf(subset, weight)), codePoint));
      known.set(codePoint, answer);
    }
    return answer;
  };

  const twemojiDir = packageDir("@twemoji/svg");
  const twemoji = new Set(readdirSync(twemojiDir).filter((f) => f.endsWith(".svg")));
  const emojiFile = (grapheme: string) => {
    const name = twemojiNames(grapheme).find((n) => twemoji.has(`${n}.svg`));
    return name === undefined ? undefined : join(twemojiDir, `${name}.svg`);
  };
  // Packages without "./package.json" in their exports: read where npm installs them.
  for (const pkg of ["satori", "@resvg/resvg-js", "fontace"]) {
    versions[pkg] = (
      JSON.parse(readFileSync(join(root, "node_modules", pkg, "package.json"), "utf8")) as { version: string }
    ).version;
  }
  // The PNG writer (src/og/png.ts) compresses with the zlib Node comes with: another zlib may write other bytes.
  versions["node:zlib"] = process.versions.zlib ?? "";

  return {
    versions,
    planCard(card) {
      const texts = cardTexts(card);
      const order = fontOrder(texts.map((t) => t.text).join(" "));
      // Inter's Latin subset always leads: Satori needs a font for its measures, and it draws the ellipsis.
      const base = subsets.get("Inter")?.find((s) => s.subset === "latin");
      const chosen = new Set<PreviewFontSubset>(base ? [base] : []);
      const emoji: Record<string, string> = {};
      const missing: CardPlan["missing"] = [];
      for (const { field, text } of texts) {
        const plan = planText(text, order, subsets, covers, (g) => emojiFile(g) !== undefined);
        for (const s of plan.subsets) chosen.add(s);
        for (const g of plan.emoji) emoji[g] = emojiFile(g) ?? "";
        for (const char of plan.missing) if (!missing.some((m) => m.char === char)) missing.push({ field, char });
      }
      const rank = (s: PreviewFontSubset) =>
        order.findIndex((f) => f.family === s.family) * 10_000 + (subsets.get(s.family) ?? []).indexOf(s);
      const fonts = [...chosen]
        .sort((a, b) => rank(a) - rank(b))
        .flatMap((s) =>
          PREVIEW_FONT_WEIGHTS.map((weight) => {
            const path = pathOf(s, weight);
            const pkg = pkgOf.get(s.family) ?? "";
            const copyName = `${pkg.replace(/^@fontsource\//, "")}@${versions[pkg]}/${basename(path, ".woff")}`;
            return { name: fontName(s), weight, path, copyName };
          }),
        );
      const charFonts: Record<string, string> = {};
      for (const char of new Set([...texts.map((t) => t.text).join("")])) {
        const subset = chooseSubset(char, order, subsets, covers);
        if (subset) charFonts[char] = fontName(subset);
      }
      return { fonts, charFonts, emoji, missing, svgText: needsSvgText(texts.map((t) => t.text).join(" ")) };
    },
  };
}

/** "“中” (U+4E2D)" for a message. */
export function describeChar(char: string): string {
  return `“${char}” (${codePointLabel(char)})`;
}
