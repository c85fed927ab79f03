/**
 * Cross-links between answers are checked in the built site: one copy with a link to a page that does not exist
 * and one to a section that does not exist must fail the build, naming the page, each link and what is missing,
 * and leave no output behind.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copySite, type SiteCopy } from "../helpers/site-copy";

const DEPLOY = "content/questions/deployment-challenges.mdx";
let site: SiteCopy;
let result: { status: number | null; output: string };

beforeAll(() => {
  site = copySite();
  site.edit(DEPLOY, (t) =>
    t
      .replace(
        "[Cached common responses](../cost-optimization/#response-caching)",
        "[Cached common responses](../cost-optimisation/#response-caching)",
      )
      .replace(
        "[intelligent model routing](../cost-optimization/#model-cascading)",
        "[intelligent model routing](../cost-optimization/#model-cascade)",
      ),
  );
  result = site.build();
}, 200_000);

afterAll(() => site?.remove());

describe("broken cross-links stop the build", () => {
  it("names the page, each link and what is missing", () => {
    expect(result.status).not.toBe(0);
    expect(result.output).toContain("Link check failed: 2 broken links on 1 page:");
    expect(result.output).toContain("/questions/deployment-challenges/");
    expect(result.output).toContain(
      'link "../cost-optimisation/#response-caching": no page at /questions/cost-optimisation/ (expected questions/cost-optimisation/index.html in the build output)',
    );
    expect(result.output).toContain(
      'link "../cost-optimization/#model-cascade": no element with id "model-cascade" on /questions/cost-optimization/',
    );
  });

  it("publishes nothing and leaves no half-written folder", () => {
    expect(site.exists("dist")).toBe(false);
    expect(site.rootEntries().filter((name) => name.startsWith(".dist-"))).toEqual([]);
  });
});
