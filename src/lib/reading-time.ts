/** Reading-time estimate for an answer, counting prose and code differently. */

/** Typical silent reading speed for technical prose (words per minute). */
export const PROSE_WPM = 220;
/** Code is read more slowly than prose (lines per minute). */
export const CODE_LPM = 30;

/**
 * Minutes to read a Markdown/MDX body: prose words at PROSE_WPM plus fenced code
 * lines at CODE_LPM, rounded up, never less than one minute.
 */
export function readingMinutes(markdown: string): number {
  let codeLines = 0;
  const prose = markdown.replace(/^(```|~~~)[^\n]*\n([\s\S]*?)^\1[ \t]*$/gm, (_m, _fence, body: string) => {
    codeLines += body.split("\n").filter((line) => line.trim() !== "").length;
    return " ";
  });
  const words = prose
    .replace(/<[^>]+>/g, " ")
    .replace(/\{\s*#[\w-]+\s*\}/g, " ")
    .replace(/\]\([^)]*\)/g, " ")
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  const minutes = words / PROSE_WPM + codeLines / CODE_LPM;
  return Math.max(1, Math.ceil(minutes));
}

/** "4 min read" */
export function formatReadingTime(minutes: number): string {
  return `${minutes} min read`;
}
