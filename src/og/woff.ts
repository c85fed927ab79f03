/**
 * WOFF 1.0 to the plain OpenType (sfnt) file it wraps: resvg, which draws the card's text, reads
 * TrueType and OpenType files only, and Fontsource ships WOFF. Each table is inflated when it is
 * stored compressed; offsets are rebuilt with 4-byte padding, as the OpenType format requires.
 */
import { inflateSync } from "node:zlib";

const NAME = 0x6e616d65; // "name"

/**
 * A minimal OpenType `name` table (format 0, Windows Unicode) naming the font `family`: family,
 * subfamily, full and PostScript names, and the typographic family that font databases read first.
 */
function nameTable(family: string, subfamily = "Regular"): Buffer {
  const records: [number, string][] = [
    [1, family],
    [2, subfamily],
    [4, `${family} ${subfamily}`],
    [6, `${family}-${subfamily}`.replace(/[^A-Za-z0-9-]/g, "")],
    [16, family],
    [17, subfamily],
  ];
  const strings = records.map(([, text]) => Buffer.from(text, "utf16le").swap16());
  const header = Buffer.alloc(6 + 12 * records.length);
  header.writeUInt16BE(0, 0);
  header.writeUInt16BE(records.length, 2);
  header.writeUInt16BE(header.length, 4);
  let offset = 0;
  records.forEach(([nameId], i) => {
    const at = 6 + 12 * i;
    header.writeUInt16BE(3, at); // platform: Windows
    header.writeUInt16BE(1, at + 2); // encoding: Unicode BMP
    header.writeUInt16BE(0x409, at + 4); // language: en-US
    header.writeUInt16BE(nameId, at + 6);
    header.writeUInt16BE(strings[i]?.length ?? 0, at + 8);
    header.writeUInt16BE(offset, at + 10);
    offset += strings[i]?.length ?? 0;
  });
  return Buffer.concat([header, ...strings]);
}

/**
 * The OpenType font inside a WOFF file. With `family`, its `name` table is replaced so the font
 * goes by that name: each Fontsource subset file then has a name of its own, which lets an SVG pick
 * exactly the file (and weight) a word is drawn with.
 */
export function woffToSfnt(woff: Uint8Array, family?: string): Buffer {
  const buf = Buffer.from(woff.buffer, woff.byteOffset, woff.byteLength);
  if (buf.length < 44 || buf.toString("latin1", 0, 4) !== "wOFF")
    throw new Error("woffToSfnt: not a WOFF 1.0 file (no wOFF signature)");
  const flavor = buf.readUInt32BE(4);
  const numTables = buf.readUInt16BE(12);
  const entrySelector = Math.floor(Math.log2(numTables));
  const searchRange = 2 ** entrySelector * 16;
  const header = Buffer.alloc(12 + 16 * numTables);
  header.writeUInt32BE(flavor, 0);
  header.writeUInt16BE(numTables, 4);
  header.writeUInt16BE(searchRange, 6);
  header.writeUInt16BE(entrySelector, 8);
  header.writeUInt16BE(numTables * 16 - searchRange, 10);
  const parts: Buffer[] = [header];
  let offset = header.length;
  for (let i = 0; i < numTables; i++) {
    const entry = 44 + i * 20;
    const tableOffset = buf.readUInt32BE(entry + 4);
    const compLength = buf.readUInt32BE(entry + 8);
    const origLength = buf.readUInt32BE(entry + 12);
    const stored = buf.subarray(tableOffset, tableOffset + compLength);
    const tag = buf.readUInt32BE(entry);
    let data = compLength < origLength ? inflateSync(stored) : stored;
    if (data.length !== origLength)
      throw new Error(`woffToSfnt: table ${i} is ${data.length} bytes, expected ${origLength}`);
    if (family !== undefined && tag === NAME) data = nameTable(family);
    const out = 12 + i * 16;
    header.writeUInt32BE(tag, out);
    header.writeUInt32BE(buf.readUInt32BE(entry + 16), out + 4); // checksum (readers do not verify it)
    header.writeUInt32BE(offset, out + 8);
    header.writeUInt32BE(data.length, out + 12);
    const padded = Buffer.alloc((data.length + 3) & ~3);
    data.copy(padded);
    parts.push(padded);
    offset += padded.length;
  }
  return Buffer.concat(parts);
}
