import { describe, expect, it } from "vitest";
import {
  dropRedundantClips,
  dropRedundantMasks,
  dropRedundantMasksAndClips,
  dropUnusedDefinitions,
  pathOutline,
  pathSpans,
} from "../../../src/lib/preview/masks";

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

  it("reads an arc's flags as single characters, as resvg does", () => {
    // 0 0 1 then 10,10: without the flags read one by one, "01" would be one number and the end 10,0.
    expect(pathSpans("M0,0 A5,5 0 0110,10", 10)).toBe(true);
    expect(pathSpans("M0,0 A5,5 0 2 1 10,10", 10)).toBe(false);
  });
});

describe("pathOutline", () => {
  it("holds every point: ends, control points, and the ends of quarter arcs", () => {
    expect(pathOutline(GLYPH)).toEqual({ box: { x0: 100, y0: 100, x1: 125, y1: 130 }, axisLines: false });
    expect(pathOutline("M0,0 C-5,20 30,-8 10,10")?.box).toEqual({ x0: -5, y0: -8, x1: 30, y1: 20 });
    expect(pathOutline("m10,10 q5,-20 10,0")?.box).toEqual({ x0: 10, y0: -10, x1: 20, y1: 10 });
    const rounded = "M107.5,533 h98 a27.5,27.5 0 0 1 27.5,27.5 v0 a27.5,27.5 0 0 1 -27.5,27.5 h-98 z";
    expect(pathOutline(rounded)?.box).toEqual({ x0: 107.5, y0: 533, x1: 233, y1: 588 });
  });

  it("reads numbers as Number does: exponents, long digits, run-together decimals, and data of any length", () => {
    expect(pathOutline("M1e2,0 L0,1.2345678901234567 L-.5.25 Z")?.box).toEqual({
      x0: -0.5,
      y0: 0,
      x1: 100,
      y1: 1.2345678901234567,
    });
    const long = `M0,0 ${"L1.5,2.25 ".repeat(5000)}L700.125,-3 Z`;
    expect(long.length).toBeGreaterThan(50_000);
    expect(pathOutline(long)?.box).toEqual({ x0: 0, y0: -3, x1: 700.125, y1: 2.25 });
    expect(pathOutline("M0,0 L1e,5")).toBeUndefined();
    expect(pathOutline("M0,0 L5,5 é")).toBeUndefined();
  });

  it("tells lines along the axes (zero-radius arcs too) from anything else", () => {
    expect(pathOutline("M0,0 A0,0 0 0 1 0,0 h1200 a0,0 0 0 1 0,0")).toEqual({
      box: { x0: 0, y0: 0, x1: 1200, y1: 0 },
      axisLines: true,
    });
    expect(pathOutline("M0,0 H10 V10 L0,10 Z")?.axisLines).toBe(true);
    expect(pathOutline("M0,0 L10,10")?.axisLines).toBe(false);
    expect(pathOutline("M0,0 L10,0 L10,10 L5,5 Z")?.axisLines).toBe(false);
  });

  it("reads no arc it cannot bound, no S or T, and nothing malformed", () => {
    for (const d of [
      "M0,0 A5,5 0 1 1 5,5", // the large arc
      "M0,0 A5,5 45 0 1 5,5", // turned
      "M0,0 A5,5 0 0 1 3,4", // not a quarter
      "M0,0 S5,5 10,0",
      "M0,0 T10,0",
      "M0,0 L10",
      "",
    ]) {
      expect(pathOutline(d), d).toBeUndefined();
    }
  });
});

/** A rectangle clip around GLYPH, with a pixel to spare on each side. */
const RECT_CLIP = '<clipPath id="c"><rect x="99" y="99" width="27" height="32"/></clipPath>';
const glyph = (attributes = "") => `<path fill="#14171a" d="${GLYPH}"${attributes}/>`;
const clipped = (inner = glyph()) => `<g clip-path="url(#c)">${inner}</g>`;
const ISOLATED = `<g style="isolation:isolate">${glyph()}</g>`;

describe("dropRedundantClips", () => {
  it("drops a rectangle clip around filled paths, drawing them in a layer of their own all the same", () => {
    expect(dropRedundantClips(svg(RECT_CLIP, clipped()))).toBe(svg(RECT_CLIP, ISOLATED));
    expect(dropRedundantClips(svg(RECT_CLIP, glyph(' clip-path="url(#c)"')))).toBe(
      svg(RECT_CLIP, glyph(' style="isolation:isolate"')),
    );
  });

  it("judges the pixels the paths touch: a clip off whole pixels must hold them whole", () => {
    const at = (x: string, width: string) =>
      RECT_CLIP.replace('x="99"', `x="${x}"`).replace('width="27"', `width="${width}"`);
    // GLYPH starts at x = 100: pixel 99 is left alone, pixel 100 is painted.
    expect(dropRedundantClips(svg(at("99.5", "26.5"), clipped()))).toBe(svg(at("99.5", "26.5"), ISOLATED));
    expect(dropRedundantClips(svg(at("100", "25"), clipped()))).toBe(svg(at("100", "25"), ISOLATED));
    expect(dropRedundantClips(svg(at("100.5", "24.5"), clipped()))).toBe(svg(at("100.5", "24.5"), clipped()));
    expect(dropRedundantClips(svg(at("100", "24.9"), clipped()))).toBe(svg(at("100", "24.9"), clipped()));
    const shifted = clipped(`<path fill="#14171a" d="M100.3,100 L125,100 L125,130 Z"/>`);
    expect(dropRedundantClips(svg(at("100", "25"), shifted))).not.toContain("clip-path=");
    expect(dropRedundantClips(svg(at("100.2", "24.8"), shifted))).toContain("clip-path=");
  });

  it("keeps the layer a mask gives, or the one layer of an only child, instead of adding one", () => {
    const masked = `<g mask="url(#m)" clip-path="url(#c)">${glyph()}</g>`;
    expect(dropRedundantClips(svg(RECT_CLIP, MASK, masked))).toBe(
      svg(RECT_CLIP, MASK, `<g mask="url(#m)">${glyph()}</g>`),
    );
    const nested = `<g clip-path="url(#c)"><g mask="url(#m)">${glyph()}</g></g>`;
    expect(dropRedundantClips(svg(RECT_CLIP, MASK, nested))).toBe(
      svg(RECT_CLIP, MASK, `<g><g mask="url(#m)">${glyph()}</g></g>`),
    );
    // Two children each in a layer would be drawn into one layer, so the group keeps one.
    const two = `<g clip-path="url(#c)"><g mask="url(#m)">${glyph()}</g>${glyph()}</g>`;
    expect(dropRedundantClips(svg(RECT_CLIP, MASK, two))).toContain('<g style="isolation:isolate"><g mask');
  });

  it("drops the top border's three nested clips: a stroke along the canvas's top edge, clipped to its band", () => {
    const defs =
      '<defs><clipPath id="bc"><rect x="0" y="0" width="1200" height="644"/></clipPath></defs>' +
      '<defs><clipPath id="br"><path d="M0,0h1200v644h-1200z M0,14h1200v630h-1200z" clip-rule="evenodd"/></clipPath>' +
      '<clipPath id="bs"><polygon points="0,0 1200,0 1200,644 0,644"/></clipPath></defs>';
    const stroke = (clip: string) =>
      `<path width="1200" height="644"${clip} fill="none" stroke="#3548c8" stroke-width="28" d="M0,0 A0,0 0 0 1 0,0 h1200 a0,0 0 0 1 0,0"${clip ? "" : ' style="isolation:isolate"'}/>`;
    const card = (body: string) =>
      `<svg width="1200" height="630" viewBox="0 0 1200 630" xmlns="http://www.w3.org/2000/svg">${defs}${body}</svg>`;
    const border = `<g clip-path="url(#bs)"><g clip-path="url(#br)">${stroke(' clip-path="url(#bc)"')}</g></g>`;
    expect(dropRedundantClips(card(border))).toBe(card(`<g><g>${stroke("")}</g></g>`));
    // Half the stroke is above the canvas; a band that starts lower cuts the stroke's lower half.
    const lower = card(border).replace("M0,14h1200v630", "M0,13h1200v631");
    expect(dropRedundantClips(lower)).toContain('clip-path="url(#br)"');
    // By the nonzero rule the two rectangles, drawn the same way round, leave the band whole too...
    expect(dropRedundantClips(card(border).replace(' clip-rule="evenodd"', ""))).not.toContain("url(#br)");
    // ...but not when the inner one is drawn the other way round and cancels the outer below the band
    // (the glyph under the band is inside both).
    const reversed = card(`<g clip-path="url(#br)">${glyph()}</g>`).replace(
      "M0,14h1200v630h-1200z",
      "M0,14v630h1200v-630z",
    );
    expect(dropRedundantClips(reversed.replace(' clip-rule="evenodd"', ""))).toContain("url(#br)");
    expect(dropRedundantClips(reversed)).toContain("url(#br)");
    const sameWay = card(`<g clip-path="url(#br)">${glyph()}</g>`).replace(' clip-rule="evenodd"', "");
    expect(dropRedundantClips(sameWay)).not.toContain('clip-path="url(#br)"');
  });

  it("follows a clip path's own clip path: both must leave the pixels whole", () => {
    const outer = (width: string) => `<clipPath id="o"><rect x="0" y="0" width="${width}" height="200"/></clipPath>`;
    const inner = RECT_CLIP.replace('<clipPath id="c">', '<clipPath id="c" clip-path="url(#o)">');
    expect(dropRedundantClips(svg(outer("200"), inner, clipped()))).toBe(svg(outer("200"), inner, ISOLATED));
    expect(dropRedundantClips(svg(outer("110"), inner, clipped()))).toBe(svg(outer("110"), inner, clipped()));
    const loop = inner.replace("url(#o)", "url(#c)");
    expect(dropRedundantClips(svg(loop, clipped()))).toBe(svg(loop, clipped()));
  });

  it("bounds a stroke by half its width, on lines along the axes only", () => {
    const stroked = (d: string, width: string) =>
      clipped(`<path fill="none" stroke="#000" stroke-width="${width}" d="${d}"/>`);
    const square = "M102,102 H123 V128 H102 Z";
    expect(dropRedundantClips(svg(RECT_CLIP, stroked(square, "6")))).not.toContain("clip-path=");
    expect(dropRedundantClips(svg(RECT_CLIP, stroked(square, "8")))).toContain("clip-path=");
    expect(dropRedundantClips(svg(RECT_CLIP, stroked("M102,102 L123,128", "1")))).toContain("clip-path=");
    expect(dropRedundantClips(svg(RECT_CLIP, stroked("M102,102 Q110,110 123,102", "1")))).toContain("clip-path=");
    // A filled path with a stroke of the default width.
    expect(dropRedundantClips(svg(RECT_CLIP, clipped(glyph(' stroke="#000"'))))).toContain("clip-path=");
  });

  it("keeps clips it cannot prove change nothing", () => {
    const cases: Record<string, string> = {
      "a clip that cuts the path": svg(RECT_CLIP.replace('width="27"', 'width="20"'), clipped()),
      "a rounded rectangle": svg(RECT_CLIP.replace("<rect ", '<rect rx="4" '), clipped()),
      "a triangle": svg('<clipPath id="c"><path d="M0,0 L200,0 L0,200 Z"/></clipPath>', clipped()),
      "a polygon that is not a rectangle": svg(
        '<clipPath id="c"><polygon points="0,0 200,0 200,200 0,190"/></clipPath>',
        clipped(),
      ),
      "a polygon with a stray number": svg(
        '<clipPath id="c"><polygon points="0,0 200,0 200,200 0,200 5"/></clipPath>',
        clipped(),
      ),
      "a clip path of two shapes": svg(
        RECT_CLIP.replace("</clipPath>", '<rect width="1" height="1"/></clipPath>'),
        clipped(),
      ),
      "a clip path in object units": svg(
        RECT_CLIP.replace('id="c"', 'id="c" clipPathUnits="objectBoundingBox"'),
        clipped(),
      ),
      "a clip path under a group with a clip rule": svg(`<g clip-rule="evenodd">${RECT_CLIP}</g>`, clipped()),
      "text resvg lays out": svg(RECT_CLIP, clipped('<text x="100" y="120">Hi</text>')),
      "text with the clip on it": svg(RECT_CLIP, '<text x="100" y="120" clip-path="url(#c)">Hi</text>'),
      "a picture": svg(RECT_CLIP, clipped('<image x="100" y="100" width="20" height="20" href="a.svg"/>')),
      "a stroke handed down by a group": svg(RECT_CLIP, `<g stroke="#000" stroke-width="9">${clipped()}</g>`),
      "a filter on the path": svg(RECT_CLIP, clipped(glyph(' filter="url(#f)"'))),
      "a path it cannot read": svg(RECT_CLIP, clipped('<path d="M100,100 S110,110 120,100"/>')),
      "a transform": svg(RECT_CLIP, clipped(glyph(' transform="translate(0.5 0)"'))),
      "a style attribute": svg(RECT_CLIP, clipped(glyph(' style="stroke:#000"'))),
      "a clip path that is not defined": svg(clipped()),
      "an id written twice": svg(RECT_CLIP, RECT_CLIP, clipped()),
      "a mask named as the clip path": svg(MASK, clipped().replace("url(#c)", "url(#m)")),
      "a viewBox that scales": svg(RECT_CLIP, clipped()).replace('viewBox="0 0 200 200"', 'viewBox="0 0 100 100"'),
    };
    for (const [name, input] of Object.entries(cases)) expect(dropRedundantClips(input), name).toBe(input);
  });
});

describe("dropUnusedDefinitions", () => {
  it("drops masks and clip paths nothing draws with, following the ones that are used", () => {
    const outer = '<mask id="o"><rect x="0" y="0" width="200" height="200" fill="#fff"/></mask>';
    const inner = '<mask id="i"><rect x="80" y="90" width="100" height="50" fill="#fff" mask="url(#o)"/></mask>';
    const unused = '<defs><clipPath id="u"><rect width="5" height="5"/></clipPath></defs>';
    const used = `<g mask="url(#i)">${glyph()}</g>`;
    expect(dropUnusedDefinitions(svg(outer, inner, CLIP, unused, used))).toBe(svg(outer, inner, used));
    // Unused in turn: nothing left names either mask.
    expect(dropUnusedDefinitions(svg(outer, inner, glyph()))).toBe(svg(glyph()));
  });

  it("keeps a definition that holds an id of its own, or whose id is written twice, and a defs with more in it", () => {
    const named = '<mask id="n"><linearGradient id="g"/></mask>';
    expect(dropUnusedDefinitions(svg(named, glyph()))).toBe(svg(named, glyph()));
    expect(dropUnusedDefinitions(svg(MASK, MASK, glyph()))).toBe(svg(MASK, MASK, glyph()));
    const gradient = '<linearGradient id="g"/>';
    expect(dropUnusedDefinitions(svg(`<defs>${CLIP}${gradient}</defs>`, glyph()))).toBe(
      svg(`<defs>${gradient}</defs>`, glyph()),
    );
  });
});

describe("dropRedundantMasksAndClips", () => {
  it("drops Satori's overflow mask, then the clip it leaned on, then both definitions", () => {
    expect(dropRedundantMasksAndClips(svg(CLIP, MASK, GROUP))).toBe(
      svg(`<g style="isolation:isolate"><path fill="#14171a" d="${GLYPH}"/></g>`),
    );
  });
});
