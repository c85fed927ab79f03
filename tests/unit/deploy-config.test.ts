import { describe, expect, it } from "vitest";
import { parseBasePath, parseSiteUrl, resolveDeployConfig } from "../../src/lib/deploy-config";

describe("resolveDeployConfig", () => {
  it("defaults to the local preview server at the root", () => {
    expect(resolveDeployConfig({})).toEqual({ site: "http://localhost:4321", base: "/" });
  });

  it("reads SITE_URL and BASE_PATH", () => {
    expect(resolveDeployConfig({ SITE_URL: "https://example.org", BASE_PATH: "/handbook/" })).toEqual({
      site: "https://example.org",
      base: "/handbook/",
    });
  });

  it("treats empty values as unset, as a CI variable that was never filled in is", () => {
    expect(resolveDeployConfig({ SITE_URL: " ", BASE_PATH: "" })).toEqual({ site: "http://localhost:4321", base: "/" });
  });
});

describe("parseSiteUrl", () => {
  it("keeps the origin and drops a lone trailing slash", () => {
    expect(parseSiteUrl("https://user.github.io/")).toBe("https://user.github.io");
    expect(parseSiteUrl("http://127.0.0.1:8080")).toBe("http://127.0.0.1:8080");
  });

  it("refuses a path and says to move it into BASE_PATH", () => {
    expect(() => parseSiteUrl("https://example.org/handbook")).toThrow(
      'SITE_URL "https://example.org/handbook" has a path: keep SITE_URL to the origin (SITE_URL=https://example.org) and put the path in BASE_PATH (BASE_PATH=/handbook/)',
    );
  });

  it("refuses what is not an http(s) URL", () => {
    expect(() => parseSiteUrl("example.org")).toThrow(
      /SITE_URL "example.org" (is not a URL|must start with https:\/\/)/,
    );
    expect(() => parseSiteUrl("ftp://example.org")).toThrow(
      'SITE_URL "ftp://example.org" must start with https:// or http://',
    );
    expect(() => parseSiteUrl("https://example.org/?a=1")).toThrow(/origin only/);
  });
});

describe("parseBasePath", () => {
  it("normalises slashes", () => {
    expect(parseBasePath("handbook")).toBe("/handbook/");
    expect(parseBasePath("/handbook")).toBe("/handbook/");
    expect(parseBasePath("//docs//handbook//")).toBe("/docs/handbook/");
    expect(parseBasePath("/")).toBe("/");
    expect(parseBasePath(undefined)).toBe("/");
  });

  it("refuses a full URL and characters that would need escaping", () => {
    expect(() => parseBasePath("https://example.org/handbook/")).toThrow(/looks like a URL/);
    expect(() => parseBasePath("/my handbook/")).toThrow('BASE_PATH "/my handbook/" has the segment "my handbook"');
    expect(() => parseBasePath("/a/../b/")).toThrow(/segment "\.\."/);
  });
});
