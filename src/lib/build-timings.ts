/**
 * The build's own phase breakdown: what src/integrations/build-timings.ts records while `astro build` runs
 * (moments of the build, and spans of work such as one integration's hook), and the table made from it, so a
 * benchmark shows where a build's time went without reading Astro's log.
 */

/** Moments of one build, in milliseconds since its process started. */
interface BuildMarks {
  /** Astro ran the first integration's `astro:config:setup`: Node is up and the config is loaded. */
  readonly configSetup: number;
  /** Every `astro:config:done` ran. */
  readonly configDone: number;
  /** `astro:build:start`: the content layer has synced (content check, loaders, types). */
  readonly buildStart: number;
  /** The last Vite bundle was written; Astro starts rendering pages. */
  readonly bundled?: number | undefined;
  /** `astro:build:generated`: every page and endpoint is written. */
  readonly generated?: number | undefined;
  /** The last `astro:build:done` hook ended. */
  readonly done: number;
}

/** Work that took a while: a hook of one integration, the content check, the preview images. */
export interface BuildSpan {
  readonly name: string;
  readonly startMs: number;
  readonly endMs: number;
  /** Runs beside other phases (worker threads) rather than in turn with them. */
  readonly alongside?: boolean | undefined;
  readonly note?: string | undefined;
}

/** What `<cacheDir>/build-timings.json` holds. */
export interface BuildTimings {
  readonly version: 1;
  /** When the build's process started (ISO 8601). */
  readonly startedAt: string;
  readonly marks: BuildMarks;
  readonly spans: readonly BuildSpan[];
  /** Largest resident set of the build's process (worker threads included), in bytes. */
  readonly peakRssBytes: number;
  /** CPU time of the build's process (worker threads included), in milliseconds. */
  readonly cpuMs: number;
  readonly pages: number;
}

export interface PhaseRow {
  readonly phase: string;
  readonly ms: number;
  /** Share of the whole build's wall time, 0…1. */
  readonly share: number;
  /** A part of the phase above it, or work beside the others: not added to the total. */
  readonly within?: boolean | undefined;
  readonly note?: string | undefined;
}

/** Hooks shorter than this are left out of the table (Astro's own, the small ones), but still counted in the total. */
const SHOWN_MS = 50;

/**
 * The phases of a build in order, each with its wall time and share: start-up, integration set-up, content sync
 * (with the content check inside it), Vite's bundle, rendering the pages, then each `astro:build:done` hook that
 * took a while, and the work that ran alongside (preview images on worker threads). The rows that are not
 * `within` add up to `total`.
 */
export function phaseRows(timings: Pick<BuildTimings, "marks" | "spans">): { rows: PhaseRow[]; total: number } {
  const { marks, spans } = timings;
  const total = marks.done;
  const rows: PhaseRow[] = [];
  const share = (ms: number) => (total > 0 ? ms / total : 0);
  const add = (phase: string, ms: number, extra: Partial<PhaseRow> = {}) =>
    rows.push({ phase, ms: Math.max(0, ms), share: share(Math.max(0, ms)), ...extra });
  const inside = (name: string, from: number, to: number) =>
    spans
      .filter((s) => s.name === name && s.startMs >= from - 1 && s.endMs <= to + 1)
      .reduce((sum, s) => sum + (s.endMs - s.startMs), 0);

  add("start-up (Node, config file)", marks.configSetup);
  add("integration set-up", marks.configDone - marks.configSetup);
  add("content sync", marks.buildStart - marks.configDone);
  const check = inside("content check", marks.configDone, marks.buildStart);
  if (check > 0) add("of which: content check", check, { within: true });

  const rendered = marks.generated ?? marks.buildStart;
  const bundled = Math.min(marks.bundled ?? marks.buildStart, rendered);
  if (marks.bundled !== undefined) {
    add("Vite bundle", bundled - marks.buildStart);
    add("render pages and endpoints", rendered - bundled);
  } else {
    add("Vite bundle and render", rendered - marks.buildStart);
  }

  const hooks = spans.filter((s) => s.name.startsWith("astro:build:done ") && s.startMs >= rendered - 1);
  let hooked = 0;
  let small = 0;
  for (const hook of hooks) {
    const ms = hook.endMs - hook.startMs;
    hooked += ms;
    if (ms < SHOWN_MS) small += ms;
    else add(hook.name.slice("astro:build:done ".length), ms, hook.note === undefined ? {} : { note: hook.note });
  }
  const rest = total - rendered - hooked + small;
  if (rest >= SHOWN_MS || small > 0) add("other build-done work", rest);

  for (const span of spans.filter((s) => s.alongside)) {
    add(`${span.name} (alongside)`, span.endMs - span.startMs, {
      within: true,
      ...(span.note === undefined ? {} : { note: span.note }),
    });
  }
  return { rows, total };
}

/** A phase table as text: one line per phase, seconds and share, parts indented. */
export function formatPhaseRows({ rows, total }: { rows: readonly PhaseRow[]; total: number }): string {
  const width = Math.max(24, ...rows.map((r) => r.phase.length + (r.within ? 2 : 0)));
  const line = (name: string, ms: number, pct: string, note = "") =>
    `${name.padEnd(width)}  ${(ms / 1000).toFixed(1).padStart(6)} s  ${pct.padStart(4)}${note ? `  ${note}` : ""}`;
  return [
    ...rows.map((r) => line(r.within ? `  ${r.phase}` : r.phase, r.ms, `${Math.round(r.share * 100)}%`, r.note)),
    line("total", total, "100%"),
  ].join("\n");
}
