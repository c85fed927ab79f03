/** WCAG colour contrast: relative luminance, the contrast ratio of two colours, and the nearest colour that reads. */

const hex = (colour: string) => colour.trim().replace(/^#/, "").toLowerCase();

/** WCAG relative luminance of a `#rrggbb` colour (hash optional). */
export function luminance(colour: string): number {
  const h = hex(colour);
  const full = h.length === 3 ? [...h].map((c) => c + c).join("") : h.slice(0, 6);
  const [r = 0, g = 0, b = 0] = [0, 2, 4].map((i) => {
    const c = parseInt(full.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * The colour itself when it reaches `ratio` against `background`, else the nearest colour that does, moved
 * step by step towards black (light background) or white (dark background). Lower-case hex without `#`.
 */
export function withContrast(colour: string, background: string, ratio = 4.5): string {
  const start = hex(colour).slice(0, 6);
  if (contrastRatio(start, background) >= ratio) return start;
  const target = luminance(background) > 0.18 ? 0 : 255;
  const channels = [0, 2, 4].map((i) => parseInt(start.slice(i, i + 2), 16));
  for (let step = 1; step <= 100; step += 1) {
    const mixed = channels
      .map((c) =>
        Math.round(c + ((target - c) * step) / 100)
          .toString(16)
          .padStart(2, "0"),
      )
      .join("");
    if (contrastRatio(mixed, background) >= ratio) return mixed;
  }
  return target === 0 ? "000000" : "ffffff";
}
