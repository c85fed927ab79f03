import { describe, expect, it } from "vitest";
import { describeSections, sectionIdProblem } from "../../../src/lib/topics/sections";

const headings = [
  { depth: 2, slug: "challenge-1", text: "Challenge 1: Latency Issues" },
  { depth: 3, slug: "latency-solutions", text: "Solutions Implemented" },
  { depth: 4, slug: "smart-routing", text: "Smart Routing" },
  { depth: 2, slug: "caching-strategies", text: "3. Caching Strategies" },
];
const body = `## Challenge 1: Latency Issues { #challenge-1 }

### Solutions Implemented { #latency-solutions }

#### Smart Routing { #smart-routing }

- **Route**: small models first

## 3. Caching Strategies { #caching-strategies }

Cache what repeats.
`;

describe("sectionIdProblem", () => {
  it("accepts section keys that are heading ids of the page", () => {
    expect(sectionIdProblem("content/questions/x.mdx", { "smart-routing": ["cost"] }, headings)).toBeUndefined();
  });

  it("names the file, the field, the bad id and the heading ids that exist", () => {
    expect(sectionIdProblem("content/questions/x.mdx", { "smart-routes": ["cost"] }, headings)).toBe(
      'content/questions/x.mdx: field "sections" names "smart-routes", which is not a heading id on that page; ' +
        "expected one of the page's heading ids: challenge-1, latency-solutions, smart-routing, caching-strategies",
    );
  });

  it("names every bad id at once", () => {
    expect(sectionIdProblem("f.mdx", { a: ["x"], b: ["y"] }, headings)).toMatch(
      /names "a", "b", which are not heading ids/,
    );
  });
});

describe("describeSections", () => {
  it("returns the tagged sections in page order with heading text, parents and an excerpt", () => {
    const described = describeSections(
      { "caching-strategies": ["caching"], "smart-routing": ["cost"] },
      headings,
      body,
    );
    expect(described.map(({ id, heading, parents, topics }) => ({ id, heading, parents, topics }))).toEqual([
      {
        id: "smart-routing",
        heading: "Smart Routing",
        parents: ["Challenge 1: Latency Issues", "Solutions Implemented"],
        topics: ["cost"],
      },
      { id: "caching-strategies", heading: "Caching Strategies", parents: [], topics: ["caching"] },
    ]);
    expect(described[0]?.excerpt?.text).toBe("Route: small models first.");
  });

  it("leaves out keys that are not headings", () => {
    expect(describeSections({ nope: ["x"] }, headings, body)).toEqual([]);
  });
});
