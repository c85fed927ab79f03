/**
 * Broken content must stop `astro build` with a message naming the file, the field
 * and what is expected. Each case builds a broken copy of the site (a few seconds each).
 */
import { afterEach, describe, expect, it } from "vitest";
import { copySite, type SiteCopy } from "../support/site-copy";

const FILE = "content/questions/cost-optimization.mdx";
let site: SiteCopy | undefined;

afterEach(() => site?.remove());

function buildBroken(path: string, change: (text: string) => string) {
  site = copySite();
  site.edit(path, change);
  return site.build();
}

describe("a broken question stops the build", { timeout: 200_000 }, () => {
  it("names the file and the missing field", () => {
    const { status, output } = buildBroken(FILE, (t) => t.replace(/^summary:.*\n/m, ""));
    expect(status).not.toBe(0);
    expect(output).toContain("content/questions/cost-optimization.mdx: 1 invalid field:");
    expect(output).toMatch(/field "summary": expected string \(it is missing\)/);
  });

  it("names a field of the wrong type and what it got", () => {
    const { status, output } = buildBroken(FILE, (t) => t.replace(/^order: \d+$/m, 'order: "six"'));
    expect(status).not.toBe(0);
    expect(output).toContain("content/questions/cost-optimization.mdx");
    expect(output).toMatch(/field "order": expected number \(got "six"\)/);
  });

  it("names an unknown topic and lists the known ones", () => {
    const { status, output } = buildBroken(FILE, (t) => t.replace(/^topics: \[/m, "topics: [blockchain, "));
    expect(status).not.toBe(0);
    expect(output).toContain("content/questions/cost-optimization.mdx");
    expect(output).toMatch(/field "topics\[0\]": expected unknown topic "blockchain"; known topics: .*caching/);
  });

  it("names both files of a duplicate order", () => {
    const { status, output } = buildBroken(FILE, (t) => t.replace(/^order: \d+$/m, "order: 2"));
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /field "order": 2 is used by content\/questions\/(marketing-content-generation|cost-optimization)\.mdx and content\/questions\/(marketing-content-generation|cost-optimization)\.mdx/,
    );
  });

  it("names the file and line of MDX that does not parse", () => {
    const { status, output } = buildBroken(FILE, (t) => `${t}\n\nResponses in <2s are the goal.\n`);
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/questions\/cost-optimization\.mdx:\d+:\d+/);
    expect(output).toContain("expected a valid JSX tag");
  });
});
