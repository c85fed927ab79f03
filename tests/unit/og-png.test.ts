/** The PNG writer of the preview images (src/og/png.ts), on small pictures read back by resvg's own decoder. */
import { Resvg } from "@resvg/resvg-js";
import { describe, expect, it } from "vitest";
import { opaquePng } from "../../src/og/png";

/** Opaque RGBA pixels, every channel of every pixel different where it can be. */
function opaque(width: number, height: number): Uint8Array {
  const pixels = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++)
    pixels.set([(i * 37) % 256, (i * 91 + 7) % 256, (i * 13 + 200) % 256, 255], i * 4);
  return pixels;
}

/** What resvg decodes a PNG to, drawn pixel for pixel onto a canvas of its size. */
function decoded(png: Uint8Array, width: number, height: number): Uint8Array {
  const href = `data:image/png;base64,${Buffer.from(png).toString("base64")}`;
  return new Resvg(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image width="${width}" height="${height}" image-rendering="optimizeSpeed" href="${href}"/></svg>`,
  ).render().pixels;
}

describe("opaquePng", () => {
  // 8 wide: four pixels at a time; 7 wide: byte by byte.
  for (const [width, height] of [
    [8, 5],
    [7, 3],
  ] as const) {
    it(`writes ${width}x${height} opaque pixels as an RGB PNG that decodes to the same pixels`, () => {
      const pixels = opaque(width, height);
      const png = opaquePng(pixels, width, height);
      if (!png) throw new Error("no PNG");
      const bytes = Buffer.from(png);
      expect(bytes.toString("latin1", 12, 16)).toBe("IHDR");
      expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20), bytes[24], bytes[25]]).toEqual([width, height, 8, 2]);
      expect([...decoded(png, width, height)]).toEqual([...pixels]);
    });

    it(`declines ${width}x${height} pixels of which one is not opaque`, () => {
      const pixels = opaque(width, height);
      pixels[pixels.length - 1] = 254;
      expect(opaquePng(pixels, width, height)).toBeUndefined();
    });
  }

  it("refuses bytes that are not width x height pixels", () => {
    expect(() => opaquePng(new Uint8Array(10), 2, 2)).toThrow(/10 bytes are not 2x2 RGBA pixels/);
  });
});
