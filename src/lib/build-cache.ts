/**
 * The pure half of the build-output cache (src/integrations/build-cache.ts holds the files on disk): the cache
 * key, a hash of every input an output depends on, and the format of one cache entry, a single file that holds the
 * output's files, a small JSON record and a checksum of all of it, so that a damaged or cut-off entry is
 * recognised as such and never restored.
 */
import { createHash } from "node:crypto";

/** One file of an output: its path relative to the output folder (forward slashes) and its bytes. */
export interface CachedFile {
  readonly path: string;
  readonly bytes: Uint8Array;
}

/** What an entry holds: the key it was stored under, the files, and the caller's record (any JSON value). */
export interface CacheEntry<Meta = unknown> {
  readonly key: string;
  readonly files: readonly CachedFile[];
  readonly meta: Meta;
}

/** A cache key is a lowercase hex SHA-256 (it names the entry's file). */
const KEY = /^[0-9a-f]{64}$/;

export const isCacheKey = (key: string): boolean => KEY.test(key);

/**
 * Builds a cache key from parts added one by one. Each part is framed with its length, so the parts
 * `"ab", "c"` and `"a", "bc"` give different keys; add a label before each group of parts so that two inputs
 * can never be taken for one another (`.add("url", url, "html", html)`).
 */
export interface KeyBuilder {
  add(...parts: ReadonlyArray<string | Uint8Array>): KeyBuilder;
  /** The key: 64 hex digits. The builder can not be used afterwards. */
  digest(): string;
}

export function keyBuilder(): KeyBuilder {
  const hash = createHash("sha256");
  const builder: KeyBuilder = {
    add(...parts) {
      for (const part of parts) {
        // Strings are hashed as UTF-8 without copying them into a buffer first (pages can be tens of MB in all).
        if (typeof part === "string") hash.update(`s${Buffer.byteLength(part, "utf8")}:`).update(part, "utf8");
        else hash.update(`b${part.length}:`).update(part);
      }
      return builder;
    },
    digest: () => hash.digest("hex"),
  };
  return builder;
}

/**
 * A stable text for a value of options: object keys sorted, functions as their source text, regular
 * expressions as their literal, `undefined` kept apart from a missing key. For keys only: it is not meant
 * to be parsed back.
 */
export function stableText(value: unknown): string {
  if (value === undefined) return "undefined";
  if (value === null || typeof value === "number" || typeof value === "boolean") return JSON.stringify(value);
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "function") return `function(${JSON.stringify(value.toString())})`;
  if (value instanceof RegExp) return `regexp(${JSON.stringify(value.toString())})`;
  if (Array.isArray(value)) return `[${value.map(stableText).join(",")}]`;
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableText(v)}`).join(",")}}`;
  }
  throw new Error(`stableText: cannot describe a value of type ${typeof value} for a cache key`);
}

/**
 * True for a path that stays inside the output folder once joined to it: relative, forward slashes, no empty,
 * `.` or `..` segment, no backslash, colon or NUL. A restored entry can only write where such paths point.
 */
export function isSafeOutputPath(path: string): boolean {
  if (path === "" || path.startsWith("/") || /[\\:\0]/.test(path)) return false;
  return path.split("/").every((segment) => segment !== "" && segment !== "." && segment !== "..");
}

const MAGIC = "site-build-cache 1\n";

interface Header {
  key: string;
  meta: unknown;
  files: { path: string; size: number }[];
}

/**
 * One entry as bytes: a format line, the SHA-256 of everything after its own line, the length of a JSON header
 * (key, record, file paths and sizes), the header, then the files' bytes one after another.
 */
export function encodeEntry(entry: CacheEntry): Buffer {
  if (!isCacheKey(entry.key)) throw new Error(`build cache: "${entry.key}" is not a cache key (64 hex digits)`);
  const seen = new Set<string>();
  for (const { path } of entry.files) {
    if (!isSafeOutputPath(path)) throw new Error(`build cache: "${path}" is not a path inside the output folder`);
    if (seen.has(path)) throw new Error(`build cache: "${path}" is listed twice`);
    seen.add(path);
  }
  const header: Header = {
    key: entry.key,
    meta: entry.meta,
    files: entry.files.map((file) => ({ path: file.path, size: file.bytes.length })),
  };
  const headerBytes = Buffer.from(JSON.stringify(header), "utf8");
  const body = Buffer.concat([Buffer.from(`${headerBytes.length}\n`), headerBytes, ...entry.files.map((f) => f.bytes)]);
  const checksum = createHash("sha256").update(body).digest("hex");
  return Buffer.concat([Buffer.from(`${MAGIC}${checksum}\n`), body]);
}

/** The entry these bytes hold, or why they hold none (damaged, cut off, another format or another key). */
export type DecodedEntry<Meta> =
  { readonly ok: true; readonly entry: CacheEntry<Meta> } | { readonly ok: false; readonly reason: string };

/**
 * Reads an entry written by `encodeEntry`, checking its checksum, its structure and that it was stored under
 * `key`. Never throws: anything wrong is `{ ok: false, reason }`. The record comes back as it was stored: its shape
 * is the caller's to trust (put the caller's own code into the key) or to check.
 */
export function decodeEntry<Meta = unknown>(bytes: Uint8Array, key: string): DecodedEntry<Meta> {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const fail = (reason: string): DecodedEntry<Meta> => ({ ok: false, reason });
  if (!data.subarray(0, MAGIC.length).equals(Buffer.from(MAGIC))) return fail("not an entry of this format");
  const sumEnd = MAGIC.length + 64;
  if (data.length < sumEnd + 1 || data[sumEnd] !== 0x0a) return fail("cut off before its checksum");
  const checksum = data.subarray(MAGIC.length, sumEnd).toString("latin1");
  const body = data.subarray(sumEnd + 1);
  if (createHash("sha256").update(body).digest("hex") !== checksum) return fail("checksum does not match its content");
  const newline = body.indexOf(0x0a);
  const headerLength = Number(body.subarray(0, Math.max(newline, 0)).toString("latin1"));
  if (newline < 1 || !Number.isSafeInteger(headerLength) || newline + 1 + headerLength > body.length)
    return fail("header length unreadable");
  let header: Header;
  try {
    header = JSON.parse(body.subarray(newline + 1, newline + 1 + headerLength).toString("utf8")) as Header;
  } catch {
    return fail("header is not JSON");
  }
  if (header?.key !== key) return fail("stored under another key");
  if (!Array.isArray(header.files)) return fail("header lists no files");
  let offset = newline + 1 + headerLength;
  const files: CachedFile[] = [];
  for (const file of header.files) {
    if (typeof file?.path !== "string" || !isSafeOutputPath(file.path)) return fail("a path leaves the output folder");
    if (!Number.isSafeInteger(file.size) || file.size < 0 || offset + file.size > body.length)
      return fail(`${file.path}: size does not fit the entry`);
    files.push({ path: file.path, bytes: body.subarray(offset, offset + file.size) });
    offset += file.size;
  }
  if (offset !== body.length) return fail("bytes left over after the last file");
  return { ok: true, entry: { key, files, meta: header.meta as Meta } };
}
