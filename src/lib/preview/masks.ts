/**
 * Drops from Satori's SVG what provably changes no pixel, because resvg draws each mask and each clip path
 * into a buffer of its own: on the site's cards resvg then draws in about two thirds of the time Satori's
 * SVG as written takes (the clip paths' share: a quarter of what is left once the masks are gone). Satori
 * gives every box an "overflow" mask (a white rectangle of the box, itself masked by its parent's) and a
 * clip path, whether or not anything reaches past the box, and writes mask definitions that nothing uses.
 * `dropRedundantMasksAndClips` runs the three steps: `dropRedundantMasks`, then `dropRedundantClips` (which
 * keeps the layers the masks' proof relies on), then `dropUnusedDefinitions`. Each states its conditions; a
 * document or element that does not meet them is left as it is.
 */

interface Box {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

interface Tag {
  readonly name: string;
  readonly closing: boolean;
  readonly selfClosing: boolean;
  readonly attributes: Map<string, string>;
  readonly start: number;
  readonly end: number;
}

const TAG_OPEN = /<(\/?)([a-zA-Z]+)/y;
/** An attribute's name and the quote its value starts with (which `indexOf` finds the end of quicker). */
const TAG_ATTRIBUTE = /\s+([a-zA-Z:-]+)="/y;
const TAG_CLOSE = /\s*(\/?)>/y;

/** The tag that starts at `start`, read in one pass (its attributes' values may be long path data). */
function tagAt(svg: string, start: number): Tag | undefined {
  if (start < 0) return undefined;
  TAG_OPEN.lastIndex = start;
  const open = TAG_OPEN.exec(svg);
  if (!open) return undefined;
  const attributes = new Map<string, string>();
  let at = TAG_OPEN.lastIndex;
  for (;;) {
    TAG_ATTRIBUTE.lastIndex = at;
    const attribute = TAG_ATTRIBUTE.exec(svg);
    if (!attribute) break;
    const end = svg.indexOf('"', TAG_ATTRIBUTE.lastIndex);
    if (end < 0 || attributes.has(attribute[1] ?? "")) return undefined;
    attributes.set(attribute[1] ?? "", svg.slice(TAG_ATTRIBUTE.lastIndex, end));
    at = end + 1;
  }
  TAG_CLOSE.lastIndex = at;
  const close = TAG_CLOSE.exec(svg);
  if (!close) return undefined;
  const closing = open[1] === "/";
  const selfClosing = close[1] === "/";
  if (closing && (selfClosing || attributes.size > 0)) return undefined;
  return { name: open[2] ?? "", closing, selfClosing, attributes, start, end: TAG_CLOSE.lastIndex };
}

/** The tags from `start` up to the first `</name>` (not included), with nothing but tags between them. */
function tagsUntil(svg: string, start: number, name: string): Tag[] | undefined {
  const tags: Tag[] = [];
  for (let at = start; ;) {
    const tag = tagAt(svg, at);
    if (!tag) return undefined;
    if (tag.closing && tag.name === name) return tags;
    tags.push(tag);
    at = tag.end;
  }
}

const onlyAllowed = (tag: Tag, allowed: ReadonlySet<string>) => [...tag.attributes.keys()].every((k) => allowed.has(k));
const refOf = (value: string | undefined) => (value === undefined ? undefined : /^url\(#([^)]+)\)$/.exec(value)?.[1]);

function rectBox(tag: Tag, wholePixels: boolean): Box | undefined {
  const [x = 0, y = 0, w = 0, h = 0] = ["x", "y", "width", "height"].map((k) => Number(tag.attributes.get(k) ?? "0"));
  if (![x, y, w, h].every((n) => Number.isFinite(n) && (!wholePixels || Number.isInteger(n)))) return undefined;
  if (w <= 0 || h <= 0) return undefined;
  return { x0: x, y0: y, x1: x + w, y1: y + h };
}

const inside = (a: Box, b: Box) => a.x0 >= b.x0 && a.y0 >= b.y0 && a.x1 <= b.x1 && a.y1 <= b.y1;
const intersect = (a: Box, b: Box): Box => ({
  x0: Math.max(a.x0, b.x0),
  y0: Math.max(a.y0, b.y0),
  x1: Math.min(a.x1, b.x1),
  y1: Math.min(a.y1, b.y1),
});

const MASK_RECT = new Set(["x", "y", "width", "height", "fill", "mask"]);
const CLIP_RECT = new Set(["x", "y", "width", "height"]);
const WHITE = new Set(["#fff", "#ffffff", "white"]);
/** Span a masked element's points must have each way for the mask region's 10 % margin to be a whole pixel. */
const MIN_SPAN = 10;
const PAINT = new Set(["d", "fill", "fill-rule"]);
/** Satori writes x, y, width and height on paths too; SVG reads them on neither. */
const MASKED = new Set([...PAINT, "mask", "clip-path", "x", "y", "width", "height"]);

/** Where each id is written in the SVG (its tag's `<`); -1 for an id written more than once. */
function idIndex(svg: string): Map<string, number> {
  const index = new Map<string, number>();
  for (let at = svg.indexOf(' id="'); at >= 0; at = svg.indexOf(' id="', at + 5)) {
    const id = svg.slice(at + 5, svg.indexOf('"', at + 5));
    index.set(id, index.has(id) ? -1 : svg.lastIndexOf("<", at));
  }
  return index;
}

/** The one element a definition holds (`<mask id="…">`, `<clipPath id="…">`), when its id is written once. */
function definition(
  svg: string,
  ids: Map<string, number>,
  element: string,
  id: string,
): { own: Tag; child: Tag } | undefined {
  const own = tagAt(svg, ids.get(id) ?? -1);
  if (!own || own.name !== element || own.selfClosing) return undefined;
  const children = tagsUntil(svg, own.end, element);
  const child = children?.length === 1 ? children[0] : undefined;
  return child && !child.closing && child.selfClosing ? { own, child } : undefined;
}

/**
 * Where a mask is wholly white, in whole pixels: the mask is one opaque white rectangle on whole pixels,
 * itself unmasked or under a mask of the same kind. Undefined for any other mask.
 */
function whiteArea(
  svg: string,
  ids: Map<string, number>,
  id: string,
  seen: ReadonlySet<string> = new Set(),
): Box | undefined {
  if (seen.has(id)) return undefined;
  const found = definition(svg, ids, "mask", id);
  if (!found || found.own.attributes.size !== 1 || found.child.name !== "rect") return undefined;
  const { child } = found;
  if (!onlyAllowed(child, MASK_RECT) || !WHITE.has(child.attributes.get("fill") ?? "")) return undefined;
  const box = rectBox(child, true);
  if (!box || !child.attributes.has("mask")) return box;
  const inner = refOf(child.attributes.get("mask"));
  const under = inner === undefined ? undefined : whiteArea(svg, ids, inner, new Set([...seen, id]));
  return under && intersect(box, under);
}

/** The rectangle a clip path is, when it is one (whatever clips it further only makes it smaller). */
function clipRect(svg: string, ids: Map<string, number>, id: string): Box | undefined {
  const found = definition(svg, ids, "clipPath", id);
  if (!found || ![...found.own.attributes.keys()].every((k) => k === "id" || k === "clip-path")) return undefined;
  return found.child.name === "rect" && onlyAllowed(found.child, CLIP_RECT) ? rectBox(found.child, false) : undefined;
}

const code = (letter: string) => letter.charCodeAt(0);
/** Path commands, by the character code of their upper-case letter. */
const A = code("A");
const C = code("C");
const H = code("H");
const L = code("L");
const M = code("M");
const Q = code("Q");
const V = code("V");
const Z = code("Z");
/** How many numbers each command takes, by the character code of its letter (0 for none known). */
const ARITY = new Uint8Array(128);
for (const [letter, arity] of Object.entries({ M: 2, L: 2, T: 2, H: 1, V: 1, C: 6, S: 4, Q: 4, A: 7 })) {
  ARITY[code(letter)] = arity;
}
const POWERS_OF_TEN = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

const isSeparator = (c: number) => c === 32 || c === 44 || c === 9 || c === 10 || c === 13;
const isDigit = (c: number) => c >= 48 && c <= 57;
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

const encoder = new TextEncoder();
let buffer = new Uint8Array(1 << 16);

/**
 * A text's UTF-8 bytes, followed by a zero, in a buffer reused by the next call: reading path data byte by
 * byte is over twice as quick as by character.
 */
function bytesOf(text: string): Uint8Array {
  if (buffer.length <= text.length * 3) buffer = new Uint8Array(text.length * 3 + 1);
  buffer[encoder.encodeInto(text, buffer).written] = 0;
  return buffer;
}

/** Where the number `numberAt` read last ends. */
let numberEnd = 0;

/**
 * The number written at `at` (after separators), NaN when there is none. Up to 15 digits it is worked out
 * from its digits, which gives the double `Number` would (one correctly rounded division); anything longer
 * or with an exponent is left to `Number`.
 */
function numberAt(text: Uint8Array, at: number): number {
  let i = at;
  while (isSeparator(text[i] ?? 0)) i++;
  const start = i;
  let c = text[i] ?? 0;
  if (c === 43 || c === 45) c = text[++i] ?? 0;
  let mantissa = 0;
  let digits = 0;
  let decimals = 0;
  for (; isDigit(c); c = text[++i] ?? 0, digits++) mantissa = mantissa * 10 + (c - 48);
  if (c === 46) {
    for (c = text[++i] ?? 0; isDigit(c); c = text[++i] ?? 0, digits++, decimals++) {
      mantissa = mantissa * 10 + (c - 48);
    }
  }
  numberEnd = i;
  if (digits === 0) return NaN;
  if (c === 101 || c === 69) {
    c = text[++i] ?? 0;
    if (c === 43 || c === 45) c = text[++i] ?? 0;
    if (!isDigit(c)) return NaN;
    while (isDigit(text[i] ?? 0)) i++;
    numberEnd = i;
    return Number(String.fromCharCode(...text.subarray(start, i)));
  }
  if (digits > 15) return Number(String.fromCharCode(...text.subarray(start, i)));
  const value = mantissa / (POWERS_OF_TEN[decimals] ?? NaN);
  return (text[start] ?? 0) === 45 ? -value : value;
}

/** An arc's flag: one character, 0 or 1, as resvg reads it (`011` is two flags and a number). */
function flagAt(text: Uint8Array, at: number): number {
  let i = at;
  while (isSeparator(text[i] ?? 0)) i++;
  const c = text[i] ?? 0;
  numberEnd = i + 1;
  return c === 48 ? 0 : c === 49 ? 1 : NaN;
}

/** One segment of path data, in absolute coordinates but for `args`, which are as written. */
interface Segment {
  /** The command's upper-case character code; a moveto's further pairs are lines. */
  command: number;
  relative: boolean;
  x0: number;
  y0: number;
  x: number;
  y: number;
  /** Its numbers (as many as the command takes; the rest is left from earlier segments). */
  readonly args: Float64Array;
}

/**
 * Reads path data segment by segment, handing each to `visit` (one object, reused), which returns true to
 * stop. Returns true when stopped, false when read to the end, undefined for anything it cannot read.
 */
function walkPath(data: string, visit: (segment: Segment) => boolean): boolean | undefined {
  const d = bytesOf(data);
  const segment: Segment = { command: 0, relative: false, x0: 0, y0: 0, x: 0, y: 0, args: new Float64Array(7) };
  const { args } = segment;
  let command = 0;
  let relative = false;
  let arity = 0;
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  for (let at = 0; ;) {
    while (isSeparator(d[at] ?? 0)) at++;
    const code = d[at] ?? 0;
    if (code === 0) return false;
    if (isLetter(code)) {
      // Letters differ from their upper case in one bit.
      command = code & ~32;
      relative = code !== command;
      at++;
      if (command === Z) {
        segment.command = Z;
        segment.relative = relative;
        segment.x0 = x;
        segment.y0 = y;
        segment.x = x = startX;
        segment.y = y = startY;
        arity = 0;
        if (visit(segment)) return true;
        continue;
      }
      arity = ARITY[command] ?? 0;
      if (arity === 0) return undefined;
    } else if (arity === 0) return undefined;
    for (let k = 0; k < arity; k++) {
      const value = command === A && (k === 3 || k === 4) ? flagAt(d, at) : numberAt(d, at);
      // NaN: no number there.
      if (value !== value) return undefined;
      args[k] = value;
      at = numberEnd;
    }
    segment.command = command;
    segment.relative = relative;
    segment.x0 = x;
    segment.y0 = y;
    if (command === H) x = (relative ? x : 0) + (args[0] ?? 0);
    else if (command === V) y = (relative ? y : 0) + (args[0] ?? 0);
    else {
      x = (relative ? x : 0) + (args[arity - 2] ?? 0);
      y = (relative ? y : 0) + (args[arity - 1] ?? 0);
    }
    segment.x = x;
    segment.y = y;
    if (command === M) {
      startX = x;
      startY = y;
      // Further pairs after a moveto are lines.
      command = L;
    }
    if (visit(segment)) return true;
  }
}

/**
 * Whether a path's outline spans at least `span` each way, judged by the points its segments start and end at
 * (each is on the outline, so the outline's bounding box holds them). Reads only as far as it needs; false for
 * anything it cannot read.
 */
export function pathSpans(d: string, span: number): boolean {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  const stopped = walkPath(d, (s) => {
    if (s.command === M) return false;
    x0 = Math.min(x0, s.x0, s.x);
    y0 = Math.min(y0, s.y0, s.y);
    x1 = Math.max(x1, s.x0, s.x);
    y1 = Math.max(y1, s.y0, s.y);
    return x1 - x0 >= span && y1 - y0 >= span;
  });
  return stopped === true;
}

/** Whether tags are only filled paths, one of which at least spans `MIN_SPAN` each way. */
function filledPathsSpan(tags: readonly Tag[]): boolean {
  let spans = false;
  for (const tag of tags) {
    if (tag.name !== "path" || !tag.selfClosing || !onlyAllowed(tag, MASKED) || !tag.attributes.has("d")) return false;
    if (tag.attributes.has("mask") || tag.attributes.has("clip-path")) return false;
    spans ||= pathSpans(tag.attributes.get("d") ?? "", MIN_SPAN);
  }
  return spans;
}

/**
 * The canvas, when user units are its pixels and nothing restyles or moves what is drawn: the root's viewBox is
 * its whole-pixel size, and there is no transform, style sheet, style, fill-opacity or visibility attribute.
 */
function pixelCanvas(svg: string, root: Tag | undefined): Box | undefined {
  if (!root || root.name !== "svg" || /\stransform=|<style|\s(style|fill-opacity|visibility)=/.test(svg))
    return undefined;
  const { attributes } = root;
  if (attributes.get("viewBox") !== `0 0 ${attributes.get("width")} ${attributes.get("height")}`) return undefined;
  return rectBox(root, true);
}

/**
 * Satori's SVG without the `mask` attributes that change no pixel; the same text when none qualify. A mask is
 * removed from an element only when all of these hold, so that it multiplies every pixel the element paints
 * by exactly one:
 * - the document has no transform and its viewBox is its pixel size, so user units are pixels, and no style
 *   sheet, style attribute, fill-opacity or visibility that a mask's rectangle could inherit;
 * - the mask is one opaque white rectangle on whole pixels (and so is each mask on that rectangle, in turn):
 *   the pixels inside it are fully white, the ones outside fully black;
 * - the element is also clipped by a clip path that is one rectangle inside the mask's: it paints nothing
 *   outside that rectangle, and it keeps its own layer, so the compositing stays the same (when
 *   `dropRedundantClips` drops that clip in turn, it is because nothing is painted outside it anyway, and the
 *   element keeps a layer);
 * - the element holds only filled paths (no stroke, text or image) whose points span at least 10 px each
 *   way: the mask's region (its bounding box plus 10 % on every side, SVG's default) then reaches at least a
 *   pixel past everything painted.
 * Anything else (another shape in the mask, a rounded clip, text drawn by resvg) keeps its mask.
 */
export function dropRedundantMasks(svg: string): string {
  if (!pixelCanvas(svg, tagAt(svg, 0))) return svg;
  const ids = idIndex(svg);
  const out: string[] = [];
  let copied = 0;
  for (let at = svg.indexOf(' mask="'); at >= 0; at = svg.indexOf(' mask="', at + 1)) {
    const tag = tagAt(svg, svg.lastIndexOf("<", at));
    if (!tag || tag.end <= at || tag.start < copied || (tag.name !== "g" && tag.name !== "path")) continue;
    if (!onlyAllowed(tag, MASKED)) continue;
    const maskId = refOf(tag.attributes.get("mask"));
    const clipId = refOf(tag.attributes.get("clip-path"));
    const area = maskId === undefined ? undefined : whiteArea(svg, ids, maskId);
    const clip = clipId === undefined ? undefined : clipRect(svg, ids, clipId);
    if (!area || !clip || !inside(clip, area)) continue;
    const content =
      tag.name === "path"
        ? tag.selfClosing && [{ ...tag, attributes: new Map([...tag.attributes].filter(([k]) => PAINT.has(k))) }]
        : !tag.selfClosing && tagsUntil(svg, tag.end, "g");
    if (!content || !filledPathsSpan(content)) continue;
    const text = svg.slice(tag.start, tag.end);
    out.push(svg.slice(copied, tag.start), text.replace(/\smask="[^"]*"/, ""));
    copied = tag.end;
  }
  if (copied === 0) return svg;
  out.push(svg.slice(copied));
  return out.join("");
}

/** Where a path's points lie (all of them: control points too), and whether it is only lines along the axes. */
interface Outline {
  readonly box: Box;
  readonly axisLines: boolean;
}

/**
 * The box a path's outline lies in, from every point of its data: a segment's ends, a curve's control points
 * (a Bézier curve stays inside the hull of its points) and quarter arcs of an upright ellipse (|dx| = rx,
 * |dy| = ry, the small arc: it joins an extreme point of the ellipse to the next, so it stays inside the box of
 * its ends, as does each cubic resvg draws it with, whose control points lie on the tangents at its ends).
 * Undefined for any other arc, for S and T, and for anything it cannot read.
 */
export function pathOutline(d: string): Outline | undefined {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  let axisLines = true;
  let readable = true;
  const add = (x: number, y: number) => {
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
  };
  const stopped = walkPath(d, (s) => {
    const { args } = s;
    const dx = s.relative ? s.x0 : 0;
    const dy = s.relative ? s.y0 : 0;
    const line = s.x === s.x0 || s.y === s.y0;
    if (s.command === M) {
      // A moveto alone paints nothing; its point counts all the same.
    } else if (s.command === L || s.command === H || s.command === V || s.command === Z) axisLines &&= line;
    else if (s.command === Q || s.command === C) {
      const controls = s.command === Q ? 2 : 4;
      for (let k = 0; k < controls; k += 2) add(dx + (args[k] ?? 0), dy + (args[k + 1] ?? 0));
      axisLines = false;
    } else if (s.command === A) {
      const [rx = 0, ry = 0, rotation = 0, large = 0] = args;
      // SVG draws an arc with a zero radius as a line and drops one that ends where it starts.
      if (rx === 0 || ry === 0 || (s.x === s.x0 && s.y === s.y0)) axisLines &&= line;
      else if (rotation === 0 && large === 0 && Math.abs(s.x - s.x0) === rx && Math.abs(s.y - s.y0) === ry) {
        axisLines = false;
      } else readable = false;
    } else readable = false;
    add(s.x, s.y);
    return !readable;
  });
  if (stopped !== false || x0 > x1) return undefined;
  return { box: { x0, y0, x1, y1 }, axisLines };
}

/** An element of the SVG: its start tag, its elements, whether it holds text, and where it ends. */
interface Element {
  readonly tag: Tag;
  readonly parent: Element | undefined;
  readonly children: Element[];
  text: boolean;
  end: number;
}

/** The SVG as a tree of elements (tags and, between them, only text); undefined for anything else. */
function elementTree(svg: string): Element | undefined {
  const rootTag = tagAt(svg, 0);
  if (!rootTag || rootTag.name !== "svg" || rootTag.closing || rootTag.selfClosing) return undefined;
  const root: Element = { tag: rootTag, parent: undefined, children: [], text: false, end: rootTag.end };
  const open = [root];
  for (let at = rootTag.end; open.length > 0;) {
    const parent = open[open.length - 1];
    if (!parent || at >= svg.length) return undefined;
    if (svg[at] !== "<") {
      const next = svg.indexOf("<", at);
      if (next < 0) return undefined;
      parent.text = true;
      at = next;
      continue;
    }
    const tag = tagAt(svg, at);
    if (!tag) return undefined;
    at = tag.end;
    if (tag.closing) {
      if (tag.name !== parent.tag.name) return undefined;
      parent.end = tag.end;
      open.pop();
      continue;
    }
    const element: Element = { tag, parent, children: [], text: false, end: tag.end };
    parent.children.push(element);
    if (!tag.selfClosing) open.push(element);
  }
  return root;
}

/** Each id's element; an id written twice maps to undefined. */
function elementIds(root: Element): Map<string, Element | undefined> {
  const ids = new Map<string, Element | undefined>();
  const visit = (element: Element) => {
    const id = element.tag.attributes.get("id");
    if (id !== undefined) ids.set(id, ids.has(id) ? undefined : element);
    element.children.forEach(visit);
  };
  visit(root);
  return ids;
}

/** Attributes a group may carry without giving its content anything to inherit (neither is inherited). */
const GROUP = new Set(["clip-path", "mask"]);
const ROOT = new Set(["width", "height", "viewBox", "xmlns", "xmlns:xlink"]);
const DRAWN_PATH = new Set([...MASKED, "stroke", "stroke-width"]);
const CLIP_PATH = new Set(["id", "clip-path"]);
const CLIP_POLYGON = new Set(["points"]);
const CLIP_SHAPE_PATH = new Set(["d", "clip-rule", "x", "y", "width", "height"]);
const ISOLATE = ' style="isolation:isolate"';
const NOTHING: ReadonlySet<string> = new Set();

/** Whether nothing above an element (the root, groups, plain defs) hands it a property it would inherit. */
function plainAncestors(element: Element): boolean {
  for (let up = element.parent; up; up = up.parent) {
    const { name } = up.tag;
    const allowed = up.parent === undefined ? ROOT : name === "g" ? GROUP : name === "defs" ? NOTHING : undefined;
    if (!allowed || !onlyAllowed(up.tag, allowed)) return false;
  }
  return true;
}

/** The numbers of a list such as a polygon's points; undefined when anything else is in it. */
function numbersOf(list: string): number[] | undefined {
  const text = bytesOf(list);
  const numbers: number[] = [];
  for (let at = 0; ; at = numberEnd) {
    while (isSeparator(text[at] ?? 0)) at++;
    if (text[at] === 0) return numbers;
    const number = numberAt(text, at);
    if (Number.isNaN(number)) return undefined;
    numbers.push(number);
  }
}

/** A rectangle drawn as one closed run of lines along the axes, and which way round (+1 or -1). */
interface Rectangle {
  readonly box: Box;
  readonly turn: number;
}

/** A polygon's corners as a rectangle, when they are the four corners of one (a repeated point allowed). */
function rectangleOf(points: readonly (readonly [number, number])[]): Rectangle | undefined {
  const corners = points.filter(([x, y], i) => {
    const [px, py] = points[(i + points.length - 1) % points.length] ?? [NaN, NaN];
    return x !== px || y !== py;
  });
  if (corners.length !== 4) return undefined;
  const xs = corners.map((p) => p[0]);
  const ys = corners.map((p) => p[1]);
  const box = { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
  if (!(box.x1 > box.x0 && box.y1 > box.y0)) return undefined;
  let area = 0;
  for (const [i, [x, y]] of corners.entries()) {
    const [nx, ny] = corners[(i + 1) % 4] ?? [NaN, NaN];
    if (x !== nx && y !== ny) return undefined;
    if ((x !== box.x0 && x !== box.x1) || (y !== box.y0 && y !== box.y1)) return undefined;
    area += x * ny - nx * y;
  }
  // Four corners of the box joined along the axes, none twice: the rectangle itself, one way round.
  return Math.abs(area) === 2 * (box.x1 - box.x0) * (box.y1 - box.y0) ? { box, turn: Math.sign(area) } : undefined;
}

/** The rectangles path data draws, one per subpath of lines; undefined when any subpath is something else. */
function rectanglesOf(d: string): Rectangle[] | undefined {
  const runs: [number, number][][] = [];
  const read = walkPath(d, (s) => {
    if (s.command === M) runs.push([[s.x, s.y]]);
    else if (s.command === L || s.command === H || s.command === V || s.command === Z) {
      runs[runs.length - 1]?.push([s.x, s.y]);
    } else return true;
    return false;
  });
  if (read !== false || runs.length === 0) return undefined;
  const rectangles = runs.map(rectangleOf);
  return rectangles.every((r) => r !== undefined) ? rectangles : undefined;
}

/**
 * Whether a clip path leaves every pixel of `area` (whole pixels; null for none) whole: its one shape is a
 * rectangle, or rectangles along the axes (a polygon or path) that `area` lies wholly inside or wholly outside
 * of, inside an odd number of them (by the nonzero rule: with a winding other than zero); and whatever clips
 * the clip path leaves them whole too. The rasteriser then finds every sample of those pixels inside.
 */
function clipCovers(
  ids: Map<string, Element | undefined>,
  id: string | undefined,
  area: Box | null,
  seen: ReadonlySet<string> = new Set(),
): boolean {
  if (id === undefined || seen.has(id)) return false;
  const clip = ids.get(id);
  if (!clip || clip.tag.name !== "clipPath" || clip.text || !onlyAllowed(clip.tag, CLIP_PATH)) return false;
  const [shape, ...others] = clip.children;
  if (!shape || others.length > 0 || !shape.tag.selfClosing || !plainAncestors(clip)) return false;
  const { name, attributes } = shape.tag;
  let rectangles: Rectangle[] | undefined;
  let evenOdd = false;
  if (name === "rect" && onlyAllowed(shape.tag, CLIP_RECT)) {
    const box = rectBox(shape.tag, false);
    rectangles = box && [{ box, turn: 1 }];
  } else if (name === "polygon" && onlyAllowed(shape.tag, CLIP_POLYGON)) {
    const numbers = numbersOf(attributes.get("points") ?? "");
    const pairs = numbers?.flatMap((n, i) => (i % 2 === 0 ? [[n, numbers[i + 1] ?? NaN] as const] : []));
    const rectangle = pairs && numbers?.length === 2 * pairs.length ? rectangleOf(pairs) : undefined;
    rectangles = rectangle && [rectangle];
  } else if (name === "path" && onlyAllowed(shape.tag, CLIP_SHAPE_PATH)) {
    const rule = attributes.get("clip-rule") ?? "nonzero";
    evenOdd = rule === "evenodd";
    rectangles = rule === "nonzero" || evenOdd ? rectanglesOf(attributes.get("d") ?? "") : undefined;
  }
  if (!rectangles) return false;
  if (area) {
    let count = 0;
    let winding = 0;
    for (const { box, turn } of rectangles) {
      if (inside(area, box)) {
        count++;
        winding += turn;
      } else if (area.x1 > box.x0 && area.x0 < box.x1 && area.y1 > box.y0 && area.y0 < box.y1) return false;
    }
    if (evenOdd ? count % 2 === 0 : winding === 0) return false;
  }
  const next = clip.tag.attributes.get("clip-path");
  return next === undefined || clipCovers(ids, refOf(next), area, new Set([...seen, id]));
}

/** What an element paints: a box holding it, null for nothing, undefined when that cannot be told. */
type Paint = Box | null | undefined;

const union = (a: Paint, b: Paint): Paint =>
  a === undefined || b === undefined
    ? undefined
    : a === null
      ? b
      : b === null
        ? a
        : { x0: Math.min(a.x0, b.x0), y0: Math.min(a.y0, b.y0), x1: Math.max(a.x1, b.x1), y1: Math.max(a.y1, b.y1) };

/**
 * What a path paints: its fill inside its outline's box; its stroke only for lines along the axes, whose stroke
 * reaches half its width past their box at most (butt, square or round ends, and miter joins: at the right
 * angles such lines turn by, a miter ends at the corner; at a half turn resvg bevels).
 */
function pathPaint(tag: Tag): Paint {
  if (!tag.selfClosing || !onlyAllowed(tag, DRAWN_PATH)) return undefined;
  const fills = tag.attributes.get("fill") !== "none";
  const stroke = tag.attributes.get("stroke");
  const strokes = stroke !== undefined && stroke !== "none";
  if (!fills && !strokes) return null;
  const outline = pathOutline(tag.attributes.get("d") ?? "");
  if (!outline) return undefined;
  if (!strokes) return outline.box;
  const width = tag.attributes.get("stroke-width") ?? "1";
  const half = /^\d+(\.\d+)?$/.test(width) ? Number(width) / 2 : NaN;
  if (!outline.axisLines || Number.isNaN(half)) return undefined;
  const { x0, y0, x1, y1 } = outline.box;
  return { x0: x0 - half, y0: y0 - half, x1: x1 + half, y1: y1 + half };
}

/**
 * Satori's SVG without the clip paths that change no pixel; the same text when none qualify. A clip path is
 * dropped from an element only when all of these hold:
 * - the document is as `dropRedundantMasks` asks (no transform, user units are pixels, no style sheet or
 *   style, fill-opacity or visibility attribute), and nothing above the element or its clip path but
 *   groups with a clip path or mask: nothing hands them a stroke, a clip rule or a visibility;
 * - the element is a path, or a group of such paths and groups, and what it paints lies in a box: a fill
 *   inside the box of its path's points (see `pathOutline`), a stroke only on lines along the axes, half its
 *   width around them (see `pathPaint`); nothing else (text, which resvg lays out, or a picture);
 * - the clip path leaves whole every pixel that box (within the canvas, whose outside is never seen) touches:
 *   see `clipCovers`. Rounded or other shapes, and clips it cannot read, are kept.
 * Then the clip multiplies every pixel the element paints by one. It does not change how the element is
 * composited either: resvg draws a clipped element into a layer of its own and lays the layer onto what is
 * below, which rounds differently from drawing straight onto it (an anti-aliased edge can differ by 2 in 255).
 * So the element keeps a layer: its mask gives it one, or its one child has one (copying a layer onto an
 * empty one changes nothing), or else it gets `isolation: isolate`, a layer without the clip's buffer.
 */
export function dropRedundantClips(svg: string): string {
  const root = elementTree(svg);
  const canvas = root && onlyAllowed(root.tag, ROOT) ? pixelCanvas(svg, root.tag) : undefined;
  if (!root || !canvas) return svg;
  const ids = elementIds(root);
  const edits: { start: number; end: number; text: string }[] = [];

  /** What an element paints, dropping the clip paths in it that change nothing; and whether it has a layer. */
  const visit = (element: Element): { paint: Paint; layered: boolean } => {
    const { tag } = element;
    let paint: Paint;
    if (tag.name === "path") paint = pathPaint(tag);
    else if (tag.name === "g" && onlyAllowed(tag, GROUP) && !element.text) {
      paint = null;
      const layered = element.children.map((child) => {
        const drawn = visit(child);
        paint = union(paint, drawn.paint);
        return drawn.layered;
      });
      const onlyChildLayered = layered.length === 1 && layered[0] === true;
      if (!tag.attributes.has("clip-path") && !tag.attributes.has("mask")) return { paint, layered: onlyChildLayered };
      return dropClip(element, paint, onlyChildLayered);
    } else return { paint: undefined, layered: false };
    return dropClip(element, paint, false);
  };

  const dropClip = (element: Element, paint: Paint, onlyChildLayered: boolean) => {
    const { tag } = element;
    const clip = tag.attributes.get("clip-path");
    const masked = tag.attributes.has("mask");
    if (clip === undefined || paint === undefined) return { paint, layered: masked || clip !== undefined };
    const seen = paint && intersect(paint, canvas);
    const area = seen && seen.x1 > seen.x0 && seen.y1 > seen.y0 ? wholePixels(seen) : null;
    if (!clipCovers(ids, refOf(clip), area)) return { paint, layered: true };
    let text = svg.slice(tag.start, tag.end).replace(/\sclip-path="[^"]*"/, "");
    if (!masked && !onlyChildLayered) text = text.replace(/\s*(\/?)>$/, `${ISOLATE}$1>`);
    edits.push({ start: tag.start, end: tag.end, text });
    return { paint, layered: true };
  };

  for (const child of root.children) visit(child);
  return applyEdits(svg, edits);
}

/** The whole pixels a box touches. */
const wholePixels = (box: Box): Box => ({
  x0: Math.floor(box.x0),
  y0: Math.floor(box.y0),
  x1: Math.ceil(box.x1),
  y1: Math.ceil(box.y1),
});

/** The text with each range replaced (ranges apart from one another). */
function applyEdits(svg: string, edits: readonly { start: number; end: number; text: string }[]): string {
  if (edits.length === 0) return svg;
  const out: string[] = [];
  let copied = 0;
  for (const edit of [...edits].sort((a, b) => a.start - b.start)) {
    out.push(svg.slice(copied, edit.start), edit.text);
    copied = edit.end;
  }
  out.push(svg.slice(copied));
  return out.join("");
}

/** The ids an element names: `url(#id)` in any attribute, or `#id` as a link. */
function referencesOf(tag: Tag): string[] {
  const ids: string[] = [];
  for (const [name, value] of tag.attributes) {
    if ((name === "href" || name === "xlink:href") && value.startsWith("#")) ids.push(value.slice(1));
    else if (value.includes("url(#")) for (const [, id] of value.matchAll(/url\(#([^)]*)\)/g)) ids.push(id ?? "");
  }
  return ids;
}

const DEFINITION = new Set(["mask", "clipPath"]);

/**
 * The SVG without the `<mask>` and `<clipPath>` definitions nothing draws with: none is named by an element
 * outside such definitions, nor by one that is (in turn). A definition goes only when the elements in it have
 * no id of their own; a `<defs>` left empty goes too. They draw nothing, so no pixel changes, and resvg need
 * not read them.
 */
export function dropUnusedDefinitions(svg: string): string {
  const root = elementTree(svg);
  if (!root || svg.includes("<style")) return svg;
  const ids = elementIds(root);
  const used = new Set<string>();
  const definitions: Element[] = [];
  const pending: string[] = [];
  const collect = (element: Element, inDefinition: boolean) => {
    const definition = DEFINITION.has(element.tag.name);
    if (definition && !inDefinition) definitions.push(element);
    if (!definition && !inDefinition) pending.push(...referencesOf(element.tag));
    element.children.forEach((child) => collect(child, inDefinition || definition));
  };
  collect(root, false);
  const within = (element: Element, visit: (e: Element) => void) => {
    visit(element);
    element.children.forEach((child) => within(child, visit));
  };
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    if (used.has(id)) continue;
    used.add(id);
    const element = ids.get(id);
    if (element && DEFINITION.has(element.tag.name)) within(element, (e) => pending.push(...referencesOf(e.tag)));
  }
  const unused = (element: Element) => {
    const id = element.tag.attributes.get("id");
    if (id === undefined || used.has(id) || ids.get(id) !== element) return false;
    let named = false;
    element.children.forEach((child) => within(child, (e) => (named ||= e.tag.attributes.has("id"))));
    return !named;
  };
  const dropped = new Set(definitions.filter(unused));
  const edits: { start: number; end: number; text: string }[] = [];
  const emptied = new Set<Element>();
  for (const element of dropped) {
    const { parent } = element;
    if (parent?.tag.name === "defs" && parent.tag.attributes.size === 0 && !parent.text) {
      if (parent.children.every((child) => dropped.has(child))) emptied.add(parent);
      if (emptied.has(parent)) continue;
    }
    edits.push({ start: element.tag.start, end: element.end, text: "" });
  }
  for (const defs of emptied) edits.push({ start: defs.tag.start, end: defs.end, text: "" });
  return applyEdits(svg, edits);
}

/** Satori's SVG without the masks and clip paths that change no pixel, nor the definitions left unused. */
export function dropRedundantMasksAndClips(svg: string): string {
  return dropUnusedDefinitions(dropRedundantClips(dropRedundantMasks(svg)));
}
