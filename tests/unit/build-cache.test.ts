import { describe, expect, it } from "vitest";
import {
  decodeEntry,
  encodeEntry,
  isCacheKey,
  isSafeOutputPath,
  keyBuilder,
  stableText,
} from "../../src/lib/build-cache";

const KEY = "a".repeat(64);
const OTHER = "b".repeat(64);
const bytes = (text: string) => new TextEncoder().encode(text);
const text = (data: Uint8Array) => new TextDecoder().decode(data);
const entry = {
  key: KEY,
  files: [
    { path: "pagefind/pagefind.js", bytes: bytes("export {}") },
    { path: "pagefind/index/en_1.pf_index", bytes: new Uint8Array([0, 1, 2, 255]) },
    { path: "pagefind/empty", bytes: new Uint8Array() },
  ],
  meta: { words: 3726, note: "ü" },
};

describe("keyBuilder", () => {
  it("gives 64 hex digits, the same for the same parts", () => {
    const key = keyBuilder().add("url", "/a/", "html", "<p>x</p>").digest();
    expect(isCacheKey(key)).toBe(true);
    expect(keyBuilder().add("url", "/a/", "html", "<p>x</p>").digest()).toBe(key);
  });

  it("keeps parts apart: moving a boundary or changing one byte changes the key", () => {
    const keys = [
      keyBuilder().add("ab", "c").digest(),
      keyBuilder().add("a", "bc").digest(),
      keyBuilder().add("abc").digest(),
      keyBuilder().add("ab", "d").digest(),
      keyBuilder().add(bytes("ab"), "c").digest(),
      keyBuilder().add("ab").add("c").digest(),
    ];
    expect(new Set(keys.slice(0, 5)).size).toBe(5);
    // Adding in several calls is the same as adding at once.
    expect(keys[5]).toBe(keys[0]);
  });
});

describe("stableText", () => {
  it("does not depend on the order of object keys", () => {
    expect(stableText({ a: 1, b: [true, null] })).toBe(stableText({ b: [true, null], a: 1 }));
  });

  it("tells functions by their source, regular expressions by their literal, undefined from missing", () => {
    expect(stableText({ f: (x: number) => x + 1 })).not.toBe(stableText({ f: (x: number) => x + 2 }));
    expect(stableText([/\/_astro\//])).not.toBe(stableText([/\/_astro/]));
    expect(stableText([/a/])).not.toBe(stableText([{}]));
    expect(stableText({ a: undefined })).not.toBe(stableText({}));
    expect(stableText(["1"])).not.toBe(stableText([1]));
  });
});

describe("isSafeOutputPath", () => {
  it("accepts relative paths with forward slashes", () => {
    expect(isSafeOutputPath("sw.js")).toBe(true);
    expect(isSafeOutputPath("pagefind/fragment/en_1.pf_fragment")).toBe(true);
  });

  it("refuses paths that could leave the output folder or name nothing", () => {
    for (const path of ["", "/etc/passwd", "../x", "a/../../x", "a/./b", "a//b", "a\\b", "C:x", "a/"]) {
      expect(isSafeOutputPath(path), path).toBe(false);
    }
  });
});

describe("encodeEntry and decodeEntry", () => {
  it("give back the files, bytes for bytes, and the record", () => {
    const decoded = decodeEntry<typeof entry.meta>(encodeEntry(entry), KEY);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.entry.meta).toEqual(entry.meta);
    expect(decoded.entry.files.map((f) => f.path)).toEqual(entry.files.map((f) => f.path));
    expect(decoded.entry.files.map((f) => [...f.bytes])).toEqual(entry.files.map((f) => [...f.bytes]));
    expect(text(decoded.entry.files[0]!.bytes)).toBe("export {}");
  });

  it("find an entry with any one byte changed damaged", () => {
    const good = encodeEntry(entry);
    for (let at = 0; at < good.length; at++) {
      const bad = Buffer.from(good);
      bad[at] = bad[at]! ^ 0x01;
      expect(decodeEntry(bad, KEY).ok, `byte ${at}`).toBe(false);
    }
  });

  it("find a cut-off or lengthened entry damaged", () => {
    const good = encodeEntry(entry);
    for (const length of [0, 10, 19, 84, 90, good.length - 1]) {
      expect(decodeEntry(good.subarray(0, length), KEY).ok, `cut at ${length}`).toBe(false);
    }
    expect(decodeEntry(Buffer.concat([good, Buffer.from("x")]), KEY)).toEqual({
      ok: false,
      reason: "checksum does not match its content",
    });
  });

  it("refuse an entry stored under another key", () => {
    expect(decodeEntry(encodeEntry(entry), OTHER)).toEqual({ ok: false, reason: "stored under another key" });
  });

  it("refuse to store a path outside the output folder, a path twice or a key that is no key", () => {
    expect(() => encodeEntry({ ...entry, files: [{ path: "../sw.js", bytes: bytes("") }] })).toThrow(
      '"../sw.js" is not a path inside the output folder',
    );
    const twice = { path: "sw.js", bytes: bytes("") };
    expect(() => encodeEntry({ ...entry, files: [twice, twice] })).toThrow('"sw.js" is listed twice');
    expect(() => encodeEntry({ ...entry, key: "../x" })).toThrow('"../x" is not a cache key');
  });
});
