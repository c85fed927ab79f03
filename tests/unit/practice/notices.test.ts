import { describe, expect, it } from "vitest";
import { fieldList, unreadNotice, writeNotice } from "../../../src/lib/practice/notices";
import { emptyState } from "../../../src/lib/practice/state";

describe("fieldList", () => {
  it("names one, two, three or more fields", () => {
    expect(fieldList(["practised"])).toBe("the field practised");
    expect(fieldList(["on", "fills.role"])).toBe("the fields on and fills.role");
    expect(fieldList(["a", "b", "c"])).toBe("the fields a, b and c");
    expect(fieldList(["a", "b", "c", "d", "e"])).toBe("the fields a, b, c and 2 more");
  });
});

describe("unreadNotice", () => {
  it("says what could not be read and where the original is kept", () => {
    expect(
      unreadNotice({ status: "partial", state: emptyState(), problems: ["practised"] }, "site-practice:kept:0123abcd"),
    ).toBe(
      "Part of your saved practice progress could not be read (the field practised); the rest is used. " +
        "The original is kept unchanged in this browser's storage for the site, under “site-practice:kept:0123abcd”.",
    );
  });

  it("says why nothing could be read, in words", () => {
    expect(unreadNotice({ status: "unreadable", state: emptyState(), reason: "newer", from: 3 }, "k")).toMatch(
      /^Your saved practice progress could not be read: it was saved by a newer version of this site \(format 3\)\. Practice starts afresh here\./,
    );
    expect(unreadNotice({ status: "unreadable", state: emptyState(), reason: "json" }, "k")).toMatch(
      /: it is not valid JSON\./,
    );
    expect(unreadNotice({ status: "unreadable", state: emptyState(), reason: "version" }, "k")).toMatch(
      /: it has no format version\./,
    );
  });

  it("says nothing is saved when no copy could be kept", () => {
    expect(unreadNotice({ status: "unreadable", state: emptyState(), reason: "shape" }, undefined)).toMatch(
      /This browser has no room to keep a copy, so nothing you do here is saved and the original stays as it is\.$/,
    );
  });
});

describe("writeNotice", () => {
  it("tells blocked from full storage", () => {
    expect(writeNotice("blocked")).toMatch(/does not let the site store anything/);
    expect(writeNotice("full")).toMatch(/storage for the site is full/);
  });
});
