/**
 * Renders a preview card (src/lib/preview-card.ts) to a 1200x630 PNG at build time:
 * Satori lays it out as SVG with the Inter font shipped in src/assets/fonts/ (no network),
 * sharp turns the SVG into a PNG.
 */
import satori from "satori";
import type { SatoriOptions } from "satori";
import sharp from "sharp";
// Inlined by Vite, so the fonts travel with the built endpoint wherever it runs from.
import inter400 from "../assets/fonts/inter-latin-400-normal.woff?inline";
import inter600 from "../assets/fonts/inter-latin-600-normal.woff?inline";
import inter700 from "../assets/fonts/inter-latin-700-normal.woff?inline";
import { CARD_FONT, PREVIEW_HEIGHT, PREVIEW_WIDTH, cardTree } from "../lib/preview-card";
import type { PreviewCard } from "../lib/preview-card";

function fromDataUrl(dataUrl: string): Buffer {
  const comma = dataUrl.indexOf(",");
  if (!dataUrl.startsWith("data:") || comma < 0) throw new Error("preview-image: a font did not load as a data URL");
  return Buffer.from(dataUrl.slice(comma + 1), "base64");
}

const fonts: SatoriOptions["fonts"] = [
  { name: CARD_FONT, data: fromDataUrl(inter400), weight: 400, style: "normal" },
  { name: CARD_FONT, data: fromDataUrl(inter600), weight: 600, style: "normal" },
  { name: CARD_FONT, data: fromDataUrl(inter700), weight: 700, style: "normal" },
];

/** The PNG bytes of one card. */
export async function renderPreviewPng(card: PreviewCard): Promise<Uint8Array<ArrayBuffer>> {
  // Satori's types expect React elements; the tree has the same shape ({ type, props }).
  const svg = await satori(cardTree(card) as unknown as Parameters<typeof satori>[0], {
    width: PREVIEW_WIDTH,
    height: PREVIEW_HEIGHT,
    fonts,
  });
  const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: false }).toBuffer();
  const meta = await sharp(png).metadata();
  if (meta.width !== PREVIEW_WIDTH || meta.height !== PREVIEW_HEIGHT) {
    throw new Error(`preview-image: "${card.title}" rendered at ${meta.width}x${meta.height}, expected ${PREVIEW_WIDTH}x${PREVIEW_HEIGHT}`);
  }
  return new Uint8Array(png);
}
