import { describe, expect, it } from "vitest";
import { formatPhaseRows, phaseRows } from "../../src/lib/build-timings";
import type { BuildSpan } from "../../src/lib/build-timings";

const marks = { configSetup: 500, configDone: 700, buildStart: 2700, bundled: 4700, generated: 8700, done: 10_000 };

describe("phaseRows", () => {
  it("splits a build into its phases in order, and the phases that are not parts add up to the total", () => {
    const spans: BuildSpan[] = [
      { name: "content check", startMs: 800, endMs: 1300 },
      { name: "astro:build:done site:csp", startMs: 8700, endMs: 9500 },
      { name: "astro:build:done site:link-check", startMs: 9500, endMs: 9900 },
    ];
    const { rows, total } = phaseRows({ marks, spans });
    expect(total).toBe(10_000);
    expect(rows.map((r) => [r.phase, r.ms])).toEqual([
      ["start-up (Node, config file)", 500],
      ["integration set-up", 200],
      ["content sync", 2000],
      ["of which: content check", 500],
      ["Vite bundle", 2000],
      ["render pages and endpoints", 4000],
      ["site:csp", 800],
      ["site:link-check", 400],
      ["other build-done work", 100],
    ]);
    expect(rows.filter((r) => !r.within).reduce((sum, r) => sum + r.ms, 0)).toBe(total);
    expect(rows.find((r) => r.phase === "render pages and endpoints")?.share).toBeCloseTo(0.4);
  });

  it("folds short hooks into the rest and shows work that ran alongside as a part, with its note", () => {
    const spans: BuildSpan[] = [
      { name: "astro:build:done @astrojs/sitemap", startMs: 8700, endMs: 8720 },
      { name: "preview images", startMs: 3000, endMs: 9000, alongside: true, note: "3 drawn, 0 from cache" },
    ];
    const { rows, total } = phaseRows({ marks, spans });
    expect(rows.some((r) => r.phase.includes("sitemap"))).toBe(false);
    expect(rows.find((r) => r.phase === "other build-done work")?.ms).toBe(1300);
    expect(rows.at(-1)).toMatchObject({
      phase: "preview images (alongside)",
      ms: 6000,
      within: true,
      note: "3 drawn, 0 from cache",
    });
    expect(rows.filter((r) => !r.within).reduce((sum, r) => sum + r.ms, 0)).toBe(total);
  });

  it("takes bundle and render as one phase when the bundle's end was not marked", () => {
    const { rows } = phaseRows({ marks: { ...marks, bundled: undefined }, spans: [] });
    expect(rows.find((r) => r.phase === "Vite bundle and render")?.ms).toBe(6000);
  });
});

describe("formatPhaseRows", () => {
  it("prints seconds and shares, parts indented, and the total last", () => {
    const text = formatPhaseRows(phaseRows({ marks, spans: [{ name: "content check", startMs: 800, endMs: 1300 }] }));
    const lines = text.split("\n");
    expect(lines[0]).toMatch(/^start-up \(Node, config file\)\s+0\.5 s\s+5%$/);
    expect(lines.find((l) => l.includes("content check"))).toMatch(/^ {2}of which: content check\s+0\.5 s\s+5%$/);
    expect(lines.at(-1)).toMatch(/^total\s+10\.0 s\s+100%$/);
  });
});
