/**
 * Drops from Satori's SVG the `mask` attributes that cannot change a pixel, because resvg draws every mask
 * into a canvas-sized buffer of its own (about a fifth of a card's raster time). Satori gives each box an
 * "overflow" mask: a white rectangle of the box (itself masked by its parent's). Such a mask is removed from
 * an element only when all of these hold, so that it multiplies every pixel the element paints by exactly one:
 * - the document has no transform and its viewBox is its pixel size, so user units are pixels, and no style
 *   sheet, style attribute, fill-opacity or visibility that a mask's rectangle could inherit;
 * - the mask is one opaque white rectangle on whole pixels (and so is each mask on that rectangle, in turn):
 *   the pixels inside it are fully white, the ones outside fully black;
 * - the element is also clipped by a clip path that is one rectangle inside the mask's: it paints nothing
 *   outside that rectangle, and it keeps its own layer, so the compositing stays the same;
 * - the element holds only filled paths (no stroke, text or image) whose points span at least 10 px each
 *   way: the mask's region (its bounding box plus 10 % on every side, SVG's default) then reaches at least a
 *   pixel past everything painted.
 * Anything else (another shape in the mask, a rounded clip, text drawn by resvg) keeps its mask.
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
const TAG_ATTRIBUTE = /\s+([a-zA-Z:-]+)="([^"]*)"/y;
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
    if (attributes.has(attribute[1] ?? "")) return undefined;
    attributes.set(attribute[1] ?? "", attribute[2] ?? "");
    at = TAG_ATTRIBUTE.lastIndex;
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

const ARITY: Record<string, number> = { M: 2, L: 2, T: 2, H: 1, V: 1, C: 6, S: 4, Q: 4, A: 7 };

/**
 * Whether a path's outline spans at least `span` each way, judged by the points its segments start and end at
 * (each is on the outline, so the outline's bounding box holds them). Reads only as far as it needs; false for
 * anything it cannot read.
 */
export function pathSpans(d: string, span: number): boolean {
  const token = /[\s,]*([a-zA-Z]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)/y;
  const numbers: number[] = [];
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  let command = "";
  for (let match = token.exec(d); match; match = token.exec(d)) {
    const text = match[1] ?? "";
    const code = text.charCodeAt(0);
    if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) {
      if (numbers.length > 0) return false;
      command = text;
      if (command === "Z" || command === "z") {
        x = startX;
        y = startY;
      } else if (ARITY[command.toUpperCase()] === undefined) return false;
      continue;
    }
    const upper = command.toUpperCase();
    const arity = ARITY[upper];
    if (arity === undefined) return false;
    numbers.push(Number(text));
    if (numbers.length < arity) continue;
    const relative = command !== upper;
    let nx = x;
    let ny = y;
    if (upper === "H") nx = (relative ? x : 0) + (numbers[0] ?? 0);
    else if (upper === "V") ny = (relative ? y : 0) + (numbers[0] ?? 0);
    else {
      nx = (relative ? x : 0) + (numbers[arity - 2] ?? 0);
      ny = (relative ? y : 0) + (numbers[arity - 1] ?? 0);
    }
    numbers.length = 0;
    if (upper === "M") {
      startX = nx;
      startY = ny;
      // Further pairs after a moveto are lines.
      command = relative ? "l" : "L";
    } else {
      x0 = Math.min(x0, x, nx);
      y0 = Math.min(y0, y, ny);
      x1 = Math.max(x1, x, nx);
      y1 = Math.max(y1, y, ny);
      if (x1 - x0 >= span && y1 - y0 >= span) return true;
    }
    x = nx;
    y = ny;
  }
  return false;
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

/** Satori's SVG without the masks that change no pixel (see the module comment); the same text when none qualify. */
export function dropRedundantMasks(svg: string): string {
  const root = tagAt(svg, 0);
  if (!root || root.name !== "svg" || /\stransform=|<style|\s(style|fill-opacity|visibility)=/.test(svg)) return svg;
  const { attributes } = root;
  if (attributes.get("viewBox") !== `0 0 ${attributes.get("width")} ${attributes.get("height")}`) return svg;

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
