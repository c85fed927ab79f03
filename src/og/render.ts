/**
 * Draws one preview card (src/lib/preview/card.ts) as a 1200x630 PNG: Satori lays it out with the
 * font files its plan names (src/og/fonts.ts) and the emoji as pictures, and writes SVG with the
 * glyphs as outlines; the masks and clip paths that change no pixel are dropped
 * (src/lib/preview/masks.ts), resvg draws the SVG and src/og/png.ts writes its pixels as PNG. A card with Arabic-script text is the
 * exception (see `needsSvgText`): Satori writes its words as text, each naming its font file, and
 * resvg shapes and draws them. Runs in a worker thread (src/og/worker.ts) or in the build's own
 * thread; fonts are read once per thread.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { threadId } from "node:worker_threads";
import { Resvg } from "@resvg/resvg-js";
import type { ResvgRenderOptions } from "@resvg/resvg-js";
import satori from "satori";
import type { SatoriOptions } from "satori";
import { PREVIEW_HEIGHT, PREVIEW_WIDTH } from "../lib/preview/card.ts";
import { cardTree } from "../lib/preview/card-tree.ts";
import type { PreviewCard } from "../lib/preview/card.ts";
import { codePointLabel } from "../lib/preview/fonts.ts";
import { dropRedundantMasksAndClips } from "../lib/preview/masks.ts";
import type { CardPlan } from "./fonts.ts";
import { opaquePng } from "./png.ts";
import { woffToSfnt } from "./woff.ts";

type Font = Exclude<SatoriOptions["fonts"], undefined>[number];

// Satori caches parsed fonts per buffer and its layout per list of fonts: reusing both is what
// keeps a card at a few milliseconds of layout.
const buffers = new Map<string, Buffer>();
const fontObjects = new Map<string, Font>();
const fontLists = new Map<string, Font[]>();
const pictures = new Map<string, string>();

function fontsFor(plan: CardPlan): Font[] {
  const key = plan.fonts.map((f) => `${f.path}@${f.name}`).join("|");
  let list = fontLists.get(key);
  if (!list) {
    list = plan.fonts.map((file) => {
      const id = `${file.path}@${file.name}`;
      let font = fontObjects.get(id);
      if (!font) {
        let data = buffers.get(file.path);
        if (!data) {
          data = readFileSync(file.path);
          buffers.set(file.path, data);
        }
        font = { name: file.name, data, weight: file.weight, style: "normal" } as Font;
        fontObjects.set(id, font);
      }
      return font;
    });
    fontLists.set(key, list);
  }
  return list;
}

function picture(path: string): string {
  let uri = pictures.get(path);
  if (!uri) {
    uri = `data:image/svg+xml;base64,${readFileSync(path).toString("base64")}`;
    pictures.set(path, uri);
  }
  return uri;
}

/** Thrown when Satori finds text that no font of the plan draws: the plan and the fonts disagree. */
export class UndrawableTextError extends Error {}

/** The SVG of one card. */
export async function cardSvg(card: PreviewCard, plan: CardPlan): Promise<string> {
  const unexpected: string[] = [];
  const svg = await satori(cardTree(card) as unknown as Parameters<typeof satori>[0], {
    width: PREVIEW_WIDTH,
    height: PREVIEW_HEIGHT,
    fonts: fontsFor(plan),
    embedFont: !plan.svgText,
    // Satori asks for each emoji (one grapheme a call) and for any text that none of its fonts can
    // draw. The plan has a picture for every emoji; anything else would be drawn as an empty box,
    // so the card fails instead.
    loadAdditionalAsset: async (code: string, segment: string) => {
      const path = code === "emoji" ? plan.emoji[segment] : undefined;
      if (path) return picture(path);
      unexpected.push(segment);
      return [];
    },
  });
  if (unexpected.length > 0) {
    const chars = [...new Set([...unexpected.join("")])].filter((c) => !/\s/u.test(c));
    throw new UndrawableTextError(
      `no font draws ${chars.map((c) => `“${c}” (${codePointLabel(c)})`).join(", ")} in the preview card “${card.title}”`,
    );
  }
  return plan.svgText ? assignFonts(svg, plan) : svg;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const unescapeXml = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (all, name: string) =>
    name.startsWith("#x") || name.startsWith("#X")
      ? String.fromCodePoint(parseInt(name.slice(2), 16))
      : name.startsWith("#")
        ? String.fromCodePoint(Number(name.slice(1)))
        : (ENTITIES[name] ?? all),
  );

/**
 * Names on each word of the SVG the font file the plan drew it with: Satori writes the card's
 * family ("inter") on every word, and left to itself resvg would fall back to any font that has a
 * glyph, whatever its weight. A word whose characters come from several files gets the one that
 * draws most of them first (resvg falls back for the rest).
 */
function assignFonts(svg: string, plan: Pick<CardPlan, "charFonts">): string {
  return svg.replace(
    /(<text\b[^>]*?)font-family="[^"]*"([^>]*>)([^<]*)<\/text>/g,
    (all, before: string, after: string, content: string) => {
      const counts = new Map<string, number>();
      for (const char of unescapeXml(content)) {
        const name = plan.charFonts[char];
        if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
      }
      const names = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([name]) => `'${name}'`);
      if (names.length === 0) return all;
      return `${before}font-family="${names.join(", ")}"${after}${content}</text>`;
    },
  );
}

const sfntFiles = new Map<string, string>();

/**
 * The OpenType copy of a WOFF file that resvg reads, kept in `fontDir` (Astro's cache folder) under
 * the package's name and version, written once (to a temporary name, then renamed, so a reader
 * never sees half a file).
 */
function sfntFile(font: CardPlan["fonts"][number], fontDir: string): string {
  let path = sfntFiles.get(font.copyName);
  if (!path) {
    path = join(fontDir, `${font.copyName}.ttf`);
    if (!existsSync(path)) {
      mkdirSync(dirname(path), { recursive: true });
      const temporary = `${path}.${process.pid}.${threadId}.tmp`;
      writeFileSync(temporary, woffToSfnt(readFileSync(font.path), font.name));
      renameSync(temporary, path);
    }
    sfntFiles.set(font.copyName, path);
  }
  return path;
}

/** resvg's options for a card: no system fonts; for text it draws itself, the plan's fonts in its order. */
export function resvgOptions(plan: CardPlan, options: RenderOptions): ResvgRenderOptions {
  const fontFiles = plan.svgText ? [...new Set(plan.fonts.map((f) => sfntFile(f, options.fontDir)))] : [];
  return { font: { loadSystemFonts: false, fontFiles, defaultFontFamily: "Inter" }, fitTo: { mode: "original" } };
}

export interface RenderOptions {
  /** Where the OpenType copies of the fonts are kept (a folder of Astro's cache). */
  readonly fontDir: string;
}

/** The PNG bytes of one card and how long each step took. */
export async function renderCard(
  card: PreviewCard,
  plan: CardPlan,
  options: RenderOptions,
): Promise<{ png: Uint8Array; layoutMs: number; rasterMs: number }> {
  const start = performance.now();
  const svg = dropRedundantMasksAndClips(await cardSvg(card, plan));
  const laidOut = performance.now();
  const image = new Resvg(svg, resvgOptions(plan, options)).render();
  if (image.width !== PREVIEW_WIDTH || image.height !== PREVIEW_HEIGHT) {
    throw new Error(
      `preview image: “${card.title}” rendered at ${image.width}x${image.height}, expected ${PREVIEW_WIDTH}x${PREVIEW_HEIGHT}`,
    );
  }
  const png = opaquePng(image.pixels, image.width, image.height) ?? new Uint8Array(image.asPng());
  return { png, layoutMs: laidOut - start, rasterMs: performance.now() - laidOut };
}
