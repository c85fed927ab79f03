/**
 * Broken topics and broken cross-links must stop `astro build`, naming the file or page, the
 * field or link, and what was expected. Each case builds a broken copy of the site (a few
 * seconds each). An unknown id in `topics` is covered by bad-content.test.ts.
 */
import { afterEach, describe, expect, it } from "vitest";
import { copySite, type SiteCopy } from "../support/site-copy";

const COSTS = "content/questions/cost-optimization.mdx";
const DEPLOY = "content/questions/deployment-challenges.mdx";
let site: SiteCopy | undefined;

afterEach(() => site?.remove());

function buildBroken(path: string, change: (text: string) => string) {
  site = copySite();
  site.edit(path, (text) => {
    const changed = change(text);
    if (changed === text) throw new Error(`the test's edit did not change ${path}`);
    return changed;
  });
  return site.build();
}

describe("broken topics stop the build", { timeout: 200_000 }, () => {
  it("names the file, the section field and the unknown topic in `sections`", () => {
    const { status, output } = buildBroken(COSTS, (t) => t.replace("response-caching: [caching]", "response-caching: [caching, blockchain]"));
    expect(status).not.toBe(0);
    expect(output).toContain("content/questions/cost-optimization.mdx: 1 invalid field:");
    expect(output).toMatch(/field "sections\.response-caching\[1\]": expected unknown topic "blockchain"; known topics: .*caching/);
  });

  it("names the file and a `sections` key that is not a heading id, listing the ids that exist", () => {
    const { status, output } = buildBroken(COSTS, (t) => t.replace("  response-caching: [caching]", "  response-cache: [caching]"));
    expect(status).not.toBe(0);
    expect(output).toContain(
      'content/questions/cost-optimization.mdx: field "sections" names "response-cache", which is not a heading id on that page',
    );
    expect(output).toMatch(/expected one of the page's heading ids: .*response-caching/);
  });
});

describe("broken cross-links stop the build", { timeout: 200_000 }, () => {
  it("names the page, the link and the missing page", () => {
    const { status, output } = buildBroken(DEPLOY, (t) =>
      t.replace("[Cached common responses](../cost-optimization/#response-caching)", "[Cached common responses](../cost-optimisation/#response-caching)"),
    );
    expect(status).not.toBe(0);
    expect(output).toContain("Link check failed: 1 broken link on 1 page:");
    expect(output).toContain("/questions/deployment-challenges/");
    expect(output).toContain(
      'link "../cost-optimisation/#response-caching": no page at /questions/cost-optimisation/ (expected questions/cost-optimisation/index.html in the build output)',
    );
  });

  it("names the page, the link and the missing #anchor", () => {
    const { status, output } = buildBroken(DEPLOY, (t) =>
      t.replace("[Cached common responses](../cost-optimization/#response-caching)", "[Cached common responses](../cost-optimization/#response-cache)"),
    );
    expect(status).not.toBe(0);
    expect(output).toContain("/questions/deployment-challenges/");
    expect(output).toContain('link "../cost-optimization/#response-cache": no element with id "response-cache" on /questions/cost-optimization/');
  });
});
