import { describe, expect, it } from "vitest";
import { formatTable, isBelow, judge, medianRun, parseMinScore } from "../../helpers/audit-report.mjs";

/** A Lighthouse result with these category scores; performance loses points on total-blocking-time. */
function lhr(performance: number | null, rest = 1, tbt = 0) {
  return {
    categories: {
      performance: {
        score: performance,
        auditRefs: [
          { id: "total-blocking-time", weight: 30 },
          { id: "cumulative-layout-shift", weight: 25 },
          { id: "layout-shifts", weight: 0 },
        ],
      },
      accessibility: { score: rest, auditRefs: [] },
      "best-practices": { score: rest, auditRefs: [] },
      seo: { score: rest, auditRefs: [] },
    },
    audits: {
      "total-blocking-time": { score: tbt > 200 ? 0.5 : 1, displayValue: `${tbt} ms`, numericValue: tbt },
      "cumulative-layout-shift": { score: 1, displayValue: "0", numericValue: 0 },
      "largest-contentful-paint": { score: 1, numericValue: 1234.4 },
      "layout-shifts": { score: null, scoreDisplayMode: "error", errorMessage: "trace" },
    },
  };
}

describe("parseMinScore", () => {
  it("defaults to 0.95", () => {
    expect(parseMinScore(undefined)).toBe(0.95);
    expect(parseMinScore(" ")).toBe(0.95);
  });

  it("accepts a threshold above 1, which every page fails", () => {
    expect(parseMinScore("1.01")).toBe(1.01);
  });

  it("refuses what is not a score", () => {
    expect(() => parseMinScore("high")).toThrow("AUDIT_MIN_SCORE=high: expected a number");
    expect(() => parseMinScore("95")).toThrow(/scores run from 0 to 1/);
  });
});

describe("isBelow", () => {
  it("is true when any category is under the threshold or unscored", () => {
    expect(isBelow(lhr(0.94), 0.95)).toBe(true);
    expect(isBelow(lhr(1, 0.9), 0.95)).toBe(true);
    expect(isBelow(lhr(null), 0.95)).toBe(true);
  });

  it("is false at the threshold exactly", () => {
    expect(isBelow(lhr(0.95), 0.95)).toBe(false);
  });
});

describe("medianRun", () => {
  it("picks the middle run by performance score", () => {
    const runs = [0.85, 0.99, 0.97].map((p, i) => ({ i, lhr: lhr(p) }));
    expect(medianRun(runs).i).toBe(2);
  });

  it("picks the lower middle run of an even count, and the only run of one", () => {
    expect(medianRun([0.9, 0.99].map((p, i) => ({ i, lhr: lhr(p) }))).i).toBe(0);
    expect(medianRun([{ i: 0, lhr: lhr(0.5) }]).i).toBe(0);
  });

  it("refuses no runs", () => {
    expect(() => medianRun([])).toThrow("no runs");
  });
});

describe("judge", () => {
  it("passes a run at or above the threshold, with its metrics", () => {
    const verdict = judge({ page: "/", device: "mobile", runs: 1, lhr: lhr(1, 1, 20), min: 0.95 });
    expect(verdict.failures).toEqual([]);
    expect(verdict.metrics).toEqual({ lcp: 1234, tbt: 20, cls: 0 });
  });

  it("fails a category below the threshold and names the weighted audits that cost points", () => {
    const verdict = judge({ page: "/questions/x/", device: "mobile", runs: 3, lhr: lhr(0.85, 1, 420), min: 0.95 });
    expect(verdict.failures).toEqual([
      "/questions/x/ mobile: performance 0.85 < 0.95; audits below full marks: total-blocking-time (420 ms)",
    ]);
  });

  it("fails every category when the threshold is above 1", () => {
    expect(judge({ page: "/", device: "desktop", runs: 1, lhr: lhr(1), min: 1.01 }).failures).toHaveLength(4);
  });

  it("fails a category Lighthouse could not score, and a run that ended in a Lighthouse error", () => {
    const broken = { ...lhr(null), runtimeError: { code: "NO_FCP", message: "The page did not paint" } };
    expect(judge({ page: "/", device: "mobile", runs: 1, lhr: broken, min: 0.95 }).failures).toEqual([
      "/ mobile: Lighthouse error NO_FCP: The page did not paint",
      "/ mobile: performance not scored; audits below full marks: none weighted",
    ]);
  });
});

describe("formatTable", () => {
  it("prints a row per page and device, marks low scores and says pass or FAIL", () => {
    const verdicts = [
      judge({ page: "/", device: "mobile", runs: 1, lhr: lhr(1, 1, 20), min: 0.95 }),
      judge({ page: "/search/", device: "desktop", runs: 3, lhr: lhr(0.77), min: 0.95 }),
    ];
    expect(formatTable(verdicts, 0.95).split("\n")).toEqual([
      "page      device    perf   a11y  practices    seo  LCP ms  TBT ms    CLS  runs  result",
      "--------  -------  -----  -----  ---------  -----  ------  ------  -----  ----  ------",
      "/         mobile   1.00   1.00       1.00   1.00     1234      20  0.000     1    pass",
      "/search/  desktop  0.77!  1.00       1.00   1.00     1234       0  0.000     3    FAIL",
    ]);
  });
});
