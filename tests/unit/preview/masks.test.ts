import { describe, expect, it } from "vitest";
import { dropRedundantMasks, pathSpans } from "../../../src/lib/preview/masks";

/** A glyph-like filled path spanning 20 x 30 px from (100, 100). */
const GLYPH = "M100,100 L120,100 Q125,115 120,130 L100,130 Z";
const MASK = '<mask id="m"><rect x="80" y="90" width="100" height="50" fill="#fff"/></mask>';
const CLIP = '<clipPath id="c"><rect x="80" y="90" width="100" height="50"/></clipPath>';
const GROUP = `<g mask="url(#m)" clip-path="url(#c)"><path fill="#14171a" d="${GLYPH}"/></g>`;
const svg = (...parts: string[]) =>
  `<svg width="200" height="200" viewBox="0 0 200 200" xmlns="http://www.w3.org/2000/svg">${parts.join("")}</svg>`;
const masked = (text: string) => (text.match(/<(g|path)\b[^>]*\smask="/g) ?? []).length;

describe("dropRedundantMasks", () => {
  it("drops a white rectangle mask from filled paths clipped to a rectangle inside it", () => {
    const out = dropRedundantMasks(svg(CLIP, MASK, GROUP));
    expect(out).toBe(svg(CLIP, MASK, `<g clip-path="url(#c)"><path fill="#14171a" d="${GLYPH}"/></g>`));
  });

  it("drops it from a path that carries the mask itself, and follows a mask on the mask's rectangle", () => {
    const outer = '<mask id="o"><rect x="0" y="0" width="200" height="200" fill="#fff"/></mask>';
    const inner = '<mask id="m"><rect x="80" y="90" width="100" height="50" fill="#fff" mask="url(#o)"/></mask>';
    const path = `<path fill="#e8ebff" d="${GLYPH}" clip-path="url(#c)" mask="url(#m)"/>`;
    expect(masked(dropRedundantMasks(svg(outer, inner, CLIP, path)))).toBe(0);
    // The mask on the rectangle cuts into the clip: what is left white no longer holds the clip.
    const small = '<mask id="o"><rect x="100" y="90" width="100" height="50" fill="#fff"/></mask>';
    expect(masked(dropRedundantMasks(svg(small, inner, CLIP, path)))).toBe(1);
  });

  it("keeps masks it cannot prove change nothing", () => {
    const cases: Record<string, string> = {
      "a mask that is not white": svg(CLIP, MASK.replace("#fff", "#eee"), GROUP),
      "a mask off whole pixels": svg(CLIP, MASK.replace('x="80"', 'x="80.5"'), GROUP),
      "a mask with a second shape (Satori's border)": svg(
        CLIP,
        MASK.replace("</mask>", '<path fill="none" stroke="#000" stroke-width="4" d="M80,90 L180,90"/></mask>'),
        GROUP,
      ),
      "a mask with units of its own": svg(
        CLIP,
        MASK.replace('<mask id="m"', '<mask id="m" maskUnits="userSpaceOnUse"'),
        GROUP,
      ),
      "a clip wider than the mask": svg(CLIP.replace('width="100"', 'width="101"'), MASK, GROUP),
      "a clip that is not a rectangle": svg(
        '<clipPath id="c"><path d="M80,90 L180,90 L180,140 Z"/></clipPath>',
        MASK,
        GROUP,
      ),
      "no clip": svg(MASK, GROUP.replace(' clip-path="url(#c)"', "")),
      "a stroke": svg(CLIP, MASK, GROUP.replace('fill="#14171a"', 'fill="#14171a" stroke="#000"')),
      "text resvg lays out": svg(
        CLIP,
        MASK,
        '<g mask="url(#m)" clip-path="url(#c)"><text x="100" y="120">Hi</text></g>',
      ),
      "a picture": svg(
        CLIP,
        MASK,
        '<g mask="url(#m)" clip-path="url(#c)"><image width="20" height="20" href="a.svg"/></g>',
      ),
      "content under 10 px (the mask region's margin under a pixel)": svg(
        CLIP,
        MASK,
        GROUP.replace(GLYPH, "M100,100 L109,100 L109,130 Z"),
      ),
      "a transform": svg(CLIP, MASK, GROUP.replace("<g ", '<g transform="translate(0.5 0)" ')),
      "a fill-opacity the mask's rectangle inherits": svg(CLIP, `<g fill-opacity="0.5">${MASK}</g>`, GROUP),
      "a style sheet": svg("<style>rect { fill: black }</style>", CLIP, MASK, GROUP),
      "an id written twice": svg(CLIP, MASK, MASK, GROUP),
      "a viewBox that scales": svg(CLIP, MASK, GROUP).replace('viewBox="0 0 200 200"', 'viewBox="0 0 100 100"'),
      "a mask that is not defined": svg(CLIP, GROUP),
    };
    for (const [name, input] of Object.entries(cases)) expect(dropRedundantMasks(input), name).toBe(input);
  });
});

describe("pathSpans", () => {
  it("measures the points segments start and end at, in absolute and relative commands", () => {
    expect(pathSpans("M0,0 L10,0 L10,10 Z", 10)).toBe(true);
    expect(pathSpans("M0,0 h10 v10 z", 10)).toBe(true);
    expect(pathSpans("m5,5 10,0 0,10 z", 10)).toBe(true);
    expect(pathSpans("M0,0 A5,5 0 0 1 10,10", 10)).toBe(true);
    expect(pathSpans("M0,0 L9,0 L9,10 Z", 10)).toBe(false);
  });

  it("counts no control point and no lone moveto, and reads nothing it does not know", () => {
    expect(pathSpans("M0,0 Q50,50 0,5 Z", 10)).toBe(false);
    expect(pathSpans("M0,0 M100,100 L101,101", 10)).toBe(false);
    expect(pathSpans("M0,0 L10 Z", 10)).toBe(false);
    expect(pathSpans("M0,0 X10,10", 10)).toBe(false);
    expect(pathSpans("M0,0 L#,10", 10)).toBe(false);
  });
});
