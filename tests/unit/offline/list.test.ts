import { describe, expect, it } from "vitest";
import { formatBytes, parseOfflineList, parseSavedRecord, saveStatus } from "../../../src/lib/offline/list";

const good = {
  v: 1,
  version: "abc",
  caches: { pages: "p", files: "f" },
  pages: ["", "questions/x/"],
  files: ["pagefind/a.pf_meta"],
};

describe("parseOfflineList", () => {
  it("accepts the file the build writes", () => {
    expect(parseOfflineList(good)).toEqual(good);
  });

  it("names the file and the field that is wrong", () => {
    expect(() => parseOfflineList(null)).toThrow("offline/files.json: expected an object, got null");
    expect(() => parseOfflineList({ ...good, v: 2 })).toThrow('offline/files.json: field "v": expected 1, got 2');
    expect(() => parseOfflineList({ ...good, version: "" })).toThrow('field "version": expected the build version');
    expect(() => parseOfflineList({ ...good, caches: { pages: "p" } })).toThrow(
      'field "caches": expected { "pages": name, "files": name }',
    );
    expect(() => parseOfflineList({ ...good, pages: [1] })).toThrow('field "pages": expected a list of site paths');
    expect(() => parseOfflineList({ ...good, files: "x" }, "dist/offline/files.json")).toThrow(
      'dist/offline/files.json: field "files": expected a list of site paths',
    );
  });
});

describe("parseSavedRecord", () => {
  it("reads what saving stored, and nothing else", () => {
    expect(parseSavedRecord('{"version":"abc","pages":37}')).toEqual({ version: "abc", pages: 37 });
    expect(parseSavedRecord(null)).toBeNull();
    expect(parseSavedRecord("not json")).toBeNull();
    expect(parseSavedRecord('{"version":1,"pages":37}')).toBeNull();
  });
});

describe("formatBytes", () => {
  it("reads like a storage figure", () => {
    expect(formatBytes(512)).toBe("512 bytes");
    expect(formatBytes(850_400)).toBe("850 kB");
    expect(formatBytes(1_430_000)).toBe("1.4 MB");
    expect(formatBytes(23_600_000)).toBe("24 MB");
  });
});

describe("saveStatus", () => {
  it("counts pages as they are saved", () => {
    expect(saveStatus({ step: "search" })).toBe("Saving the search index…");
    expect(saveStatus({ step: "pages", done: 23, total: 38 })).toBe("Saved 23 of 38 pages");
    expect(saveStatus({ step: "pages", done: 0, total: 1 })).toBe("Saved 0 of 1 page");
  });

  it("says what the copy allows and how much space it takes", () => {
    expect(saveStatus({ step: "done", done: 38, total: 38, failed: 0, bytes: 1_430_000 })).toBe(
      "Saved 38 of 38 pages and the search index: you can read, search and practise offline. It uses 1.4 MB on this device.",
    );
    expect(saveStatus({ step: "done", done: 38, total: 38, failed: 0, bytes: undefined })).toBe(
      "Saved 38 of 38 pages and the search index: you can read, search and practise offline.",
    );
  });

  it("says how many could not be fetched and what to do", () => {
    expect(saveStatus({ step: "done", done: 36, total: 38, failed: 2, bytes: 900_000 })).toBe(
      "Saved 36 of 38 pages; 2 could not be fetched. Check the connection and save again. It uses 900 kB on this device.",
    );
  });
});
