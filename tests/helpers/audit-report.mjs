// The judging and printing half of `npm run audit` (tests/tools/audit.mjs): which run of a page counts, which
// scores fail, and the table. Pure (Lighthouse results in, plain data and text out), so it is unit-tested with
// literal inputs in tests/unit/helpers/audit-report.test.ts.

/** The Lighthouse categories the audit runs and judges, in table order. */
export const CATEGORIES = /** @type {const} */ (["performance", "accessibility", "best-practices", "seo"]);

/** Short column names for the table. */
const SHORT = { performance: "perf", accessibility: "a11y", "best-practices": "practices", seo: "seo" };

/**
 * The parts of a Lighthouse result (LH.Result) read here.
 * @typedef {object} LhrLike
 * @property {Record<string, { score: number | null, auditRefs?: { id: string, weight: number }[] } | undefined>} categories
 * @property {Record<string, { score: number | null, scoreDisplayMode?: string, displayValue?: string, numericValue?: number, errorMessage?: string } | undefined>} audits
 * @property {{ code: string, message: string }} [runtimeError]
 * @property {string[]} [runWarnings]
 */

/**
 * One page on one device, judged.
 * @typedef {object} Verdict
 * @property {string} page
 * @property {"mobile" | "desktop"} device
 * @property {number} runs how many Lighthouse runs were made
 * @property {Record<string, number | null>} scores by category id; null when Lighthouse could not score it
 * @property {{ lcp: number, tbt: number, cls: number }} metrics of the judged run (ms, ms, unitless)
 * @property {string[]} failures one line per failing category, naming the audits that cost points
 */

/**
 * Reads the minimum score from AUDIT_MIN_SCORE (default 0.95). A score is at most 1, so a value above 1 makes
 * every page fail: that is how to check the audit can fail. Throws on anything that is not a number in 0..2.
 * @param {string | undefined} text
 */
export function parseMinScore(text) {
  if (text === undefined || text.trim() === "") return 0.95;
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0 || value > 2) {
    throw new Error(`AUDIT_MIN_SCORE=${text}: expected a number such as 0.95 (scores run from 0 to 1)`);
  }
  return value;
}

/**
 * Whether any category of a run scores below `min` (or was not scored at all).
 * @param {LhrLike} lhr
 * @param {number} min
 */
export function isBelow(lhr, min) {
  return CATEGORIES.some((id) => (lhr.categories[id]?.score ?? 0) < min);
}

/**
 * The run that speaks for a page: the median by performance score (the category that varies from run to
 * run; the others are the same in every run). With an even count, the lower of the two middle runs.
 * @template {{ lhr: LhrLike }} T
 * @param {readonly T[]} runs at least one
 * @returns {T}
 */
export function medianRun(runs) {
  if (runs.length === 0) throw new Error("medianRun: no runs");
  const sorted = [...runs].sort(
    (a, b) => (a.lhr.categories["performance"]?.score ?? 0) - (b.lhr.categories["performance"]?.score ?? 0),
  );
  return /** @type {T} */ (sorted[Math.floor((sorted.length - 1) / 2)]);
}

/**
 * Judges one page's chosen run against `min`: scores, headline metrics, and a line per failing category that
 * names the weighted audits below full marks (e.g. `total-blocking-time (420 ms)`).
 * @param {{ page: string, device: "mobile" | "desktop", runs: number, lhr: LhrLike, min: number }} input
 * @returns {Verdict}
 */
export function judge({ page, device, runs, lhr, min }) {
  /** @type {Record<string, number | null>} */
  const scores = {};
  /** @type {string[]} */
  const failures = [];
  if (lhr.runtimeError)
    failures.push(`${page} ${device}: Lighthouse error ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
  for (const id of CATEGORIES) {
    const category = lhr.categories[id];
    const score = category?.score ?? null;
    scores[id] = score;
    if (score !== null && score >= min) continue;
    const lost = (category?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 0) < 1)
      .map((ref) => {
        const audit = lhr.audits[ref.id];
        if (audit?.scoreDisplayMode === "error") return `${ref.id} (error: ${audit.errorMessage ?? "unknown"})`;
        return `${ref.id} (${audit?.displayValue || audit?.score})`;
      });
    const shown = score === null ? "not scored" : `${score} < ${min}`;
    failures.push(`${page} ${device}: ${id} ${shown}; audits below full marks: ${lost.join(", ") || "none weighted"}`);
  }
  const metric = (/** @type {string} */ id) => Number(lhr.audits[id]?.numericValue ?? 0);
  return {
    page,
    device,
    runs,
    scores,
    metrics: {
      lcp: Math.round(metric("largest-contentful-paint")),
      tbt: Math.round(metric("total-blocking-time")),
      cls: Number(metric("cumulative-layout-shift").toFixed(3)),
    },
    failures,
  };
}

/**
 * The results as a fixed-width text table, one row per page and device, with a last column saying whether the
 * row passes. Scores print with two decimals; a score below `min` is marked with `!`.
 * @param {readonly Verdict[]} verdicts
 * @param {number} min
 */
export function formatTable(verdicts, min) {
  const head = ["page", "device", ...CATEGORIES.map((id) => SHORT[id]), "LCP ms", "TBT ms", "CLS", "runs", "result"];
  const rows = verdicts.map((v) => [
    v.page,
    v.device,
    ...CATEGORIES.map((id) => {
      const score = v.scores[id] ?? null;
      // The mark sits after the figure, and a space in its place keeps the figures aligned.
      return score === null ? "n/a!" : `${score.toFixed(2)}${score < min ? "!" : " "}`;
    }),
    String(v.metrics.lcp),
    String(v.metrics.tbt),
    v.metrics.cls.toFixed(3),
    String(v.runs),
    v.failures.length === 0 ? "pass" : "FAIL",
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  // Text columns (page, device) align left, figures right.
  const line = (/** @type {string[]} */ cells) =>
    cells
      .map((c, i) => (i < 2 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join("  ")
      .trimEnd();
  return [line(head), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}
