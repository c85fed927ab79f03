/**
 * The preview images of earlier builds, kept in Astro's cache folder (never in the output): one
 * PNG per content hash of what the image is drawn from. A file that is missing, cut short or
 * damaged is simply not found, so the image is drawn again; files are written under a temporary
 * name and renamed, so no reader ever sees half of one.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { threadId } from "node:worker_threads";
import { crc32 } from "node:zlib";
import { PREVIEW_HEIGHT, PREVIEW_WIDTH } from "../lib/preview/card.ts";

/** A hash of everything an image is drawn from: the card, the font files, the renderer's code and packages. */
export function cacheKey(parts: unknown): string {
  return createHash("sha256").update(JSON.stringify(parts)).digest("hex").slice(0, 40);
}

/** Whether bytes are a whole, undamaged PNG of the card's size: signature, IHDR, every chunk's CRC, IEND last. */
export function isCompletePng(bytes: Uint8Array): boolean {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length < 57 || buf.readUInt32BE(0) !== 0x89504e47 || buf.readUInt32BE(4) !== 0x0d0a1a0a) return false;
  if (
    buf.toString("latin1", 12, 16) !== "IHDR" ||
    buf.readUInt32BE(16) !== PREVIEW_WIDTH ||
    buf.readUInt32BE(20) !== PREVIEW_HEIGHT
  )
    return false;
  let at = 8;
  while (at + 12 <= buf.length) {
    const length = buf.readUInt32BE(at);
    const end = at + 12 + length;
    if (end > buf.length) return false;
    if (crc32(buf.subarray(at + 4, at + 8 + length)) !== buf.readUInt32BE(at + 8 + length)) return false;
    if (buf.toString("latin1", at + 4, at + 8) === "IEND") return end === buf.length;
    at = end;
  }
  return false;
}

export class ImageCache {
  // No parameter property: worker threads load this file with Node's type stripping, which does not support them.
  readonly dir: string;
  constructor(dir: string) {
    this.dir = dir;
  }

  private file(key: string): string {
    return join(this.dir, `${key}.png`);
  }

  /** The cached PNG for a key, or undefined when there is none or it is damaged. */
  read(key: string): Uint8Array | undefined {
    let bytes: Buffer;
    try {
      bytes = readFileSync(this.file(key));
    } catch {
      return undefined;
    }
    if (!isCompletePng(bytes)) return undefined;
    try {
      // Marks the entry as used, so a clean-up by age keeps what builds still need.
      const now = new Date();
      utimesSync(this.file(key), now, now);
    } catch {
      // A read-only cache still serves its images.
    }
    return new Uint8Array(bytes);
  }

  write(key: string, png: Uint8Array): void {
    try {
      mkdirSync(this.dir, { recursive: true });
      const temporary = `${this.file(key)}.${process.pid}.${threadId}.tmp`;
      writeFileSync(temporary, png);
      renameSync(temporary, this.file(key));
    } catch {
      // A cache that cannot be written costs the next build a redraw, nothing more.
    }
  }
}
