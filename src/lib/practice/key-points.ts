/**
 * The key points of a section of an MDX answer, for the outline (outline.ts): build-time only, since it parses the
 * answer (through the topic excerpts' reader), which no page's script should carry.
 */
import { sectionExcerpt, truncate } from "../topics/excerpt";
import { MAX_POINTS } from "./outline";

/** Longest key point, in characters. */
const MAX_POINT_LENGTH = 180;

/** The key points of the section headed `id` in an MDX body: its paragraphs or list items, or what its code is. */
export function keyPoints(body: string, id: string): string[] {
  const excerpt = sectionExcerpt(body, id, { maxLength: MAX_POINT_LENGTH });
  if (!excerpt) return [];
  if (excerpt.kind === "code") {
    const what = excerpt.text || (excerpt.names.length > 0 ? excerpt.names.join(", ") : "");
    return [`Code${excerpt.lang && excerpt.lang !== "text" ? ` (${excerpt.lang})` : ""}${what ? `: ${what}` : ""}`];
  }
  return excerpt.pieces.slice(0, MAX_POINTS).map((p) => truncate(p, MAX_POINT_LENGTH));
}
