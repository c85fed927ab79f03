/**
 * The 1200x630 preview image shown when a link is pasted into a chat or a post: what it
 * says (a card per home page, question and topic), its alt text, and its layout as a tree
 * of elements with inline styles that Satori turns into SVG (rendered by
 * src/integrations/preview-image.ts).
 */

export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;

/** The site's colours (src/styles/tokens.css, light theme): the card matches the pages. */
export const CARD_COLOURS = {
  paper: "#fcfcfb",
  ink: "#14171a",
  muted: "#59616b",
  accent: "#3548c8",
  accentSoft: "#e8ebff",
  border: "#d5d9de",
} as const;

export const CARD_FONT = "Inter";

export interface PreviewCard {
  /** Small line above the title: "Interview question 3 of 8", "Topic". */
  readonly eyebrow: string;
  readonly title: string;
  /** One or two sentences under the title, if any. */
  readonly description?: string | undefined;
  /** Short labels shown as chips (topic names). */
  readonly tags: readonly string[];
  /** Show any tags that fit rather than only the leading ones (see `visibleTags`). */
  readonly fillTags?: boolean | undefined;
  readonly siteName: string;
}

/** Chips sit on one row this wide (the card less its side padding). */
export const TAG_ROW_WIDTH = PREVIEW_WIDTH - 2 * 80;
const TAG_FONT_SIZE = 26;
const TAG_PADDING_X = 22;
const TAG_GAP = 14;
/** Average advance of Inter SemiBold in em (measured about 0.47 on these names), with room to spare. */
const TAG_CHAR_EM = 0.52;

export function questionCard(input: {
  title: string;
  position: number;
  total: number;
  topics: readonly string[];
  siteName: string;
}): PreviewCard {
  return {
    eyebrow: `Interview question ${input.position} of ${input.total}`,
    title: input.title,
    tags: input.topics,
    siteName: input.siteName,
  };
}

export function topicCard(input: { title: string; description: string; questionCount: number; siteName: string }): PreviewCard {
  const count = `${input.questionCount} ${input.questionCount === 1 ? "answer" : "answers"}`;
  return {
    eyebrow: input.questionCount > 0 ? `Topic · ${count}` : "Topic",
    title: input.title,
    description: firstSentence(input.description),
    tags: [],
    siteName: input.siteName,
  };
}

export function topicsCard(input: { topics: readonly string[]; questionCount: number; siteName: string }): PreviewCard {
  return {
    eyebrow: `${input.topics.length} topics · ${input.questionCount} questions`,
    title: "The ideas the answers keep coming back to",
    tags: input.topics,
    fillTags: true,
    siteName: input.siteName,
  };
}

export function homeCard(input: { siteName: string; tagline: string; questionCount: number; topics: readonly string[] }): PreviewCard {
  return {
    eyebrow: `Interview preparation · ${input.questionCount} questions`,
    title: input.siteName,
    description: input.tagline,
    tags: input.topics,
    siteName: input.siteName,
  };
}

/** The first sentence of a text, for a short description. */
export function firstSentence(text: string): string {
  const clean = text.replace(/\s+/g, " ").trim();
  const match = /^.+?[.!?](?=\s|$)/.exec(clean);
  return match ? match[0] : clean;
}

/** Title size in pixels: as large as the title allows while staying within four lines. */
export function titleFontSize(title: string, hasDescription = false): number {
  const length = title.length;
  if (length <= 30) return hasDescription ? 70 : 88;
  if (length <= 60) return 68;
  if (length <= 90) return 60;
  if (length <= 130) return 52;
  return 44;
}

/** Estimated width in pixels of one chip holding `text`. */
export function tagWidth(text: string): number {
  return Math.ceil(text.length * TAG_FONT_SIZE * TAG_CHAR_EM) + 2 * TAG_PADDING_X + 4;
}

/**
 * The chips to show on one row, then "+N more" for the rest (its own chip counted in). In
 * order (the default) they are the leading tags that fit, as when the first topic matters most;
 * with `fill`, any tag that still fits is taken, keeping the order. At least one tag is shown.
 */
export function visibleTags(tags: readonly string[], rowWidth = TAG_ROW_WIDTH, fill = false): string[] {
  const rowOf = (shown: readonly string[]) => {
    const more = tags.length - shown.length;
    return more > 0 ? [...shown, `+${more} more`] : [...shown];
  };
  const width = (row: readonly string[]) => row.reduce((sum, t) => sum + tagWidth(t), 0) + TAG_GAP * Math.max(0, row.length - 1);
  if (fill) {
    const shown: string[] = [];
    for (const tag of tags) if (shown.length === 0 || width(rowOf([...shown, tag])) <= rowWidth) shown.push(tag);
    // Taking a tag can shorten "+N more"; never let the final row overflow.
    while (shown.length > 1 && width(rowOf(shown)) > rowWidth) shown.pop();
    return rowOf(shown);
  }
  let shown = tags.length;
  while (shown > 1 && width(rowOf(tags.slice(0, shown))) > rowWidth) shown--;
  return rowOf(tags.slice(0, shown));
}

/** Alt text: what the image says, in reading order, one sentence per part. */
export function previewAlt(card: PreviewCard): string {
  const sentence = (text: string) => (/[.!?”]$/.test(text) ? text : `${text}.`);
  const parts = [`${card.siteName}: ${card.eyebrow}`];
  if (card.title !== card.siteName) parts.push(`“${card.title}”`);
  if (card.description) parts.push(card.description);
  if (card.tags.length > 0) parts.push(`Topics: ${card.tags.join(", ")}`);
  return parts.map(sentence).join(" ");
}

/** A Satori element: a tag, inline styles and children. */
export interface CardNode {
  readonly type: string;
  readonly props: {
    readonly style?: Readonly<Record<string, string | number>>;
    readonly children?: string | CardNode | readonly (string | CardNode)[];
  };
}

const el = (type: string, style: Record<string, string | number>, children?: string | CardNode | (string | CardNode)[]): CardNode => ({
  type,
  props: children === undefined ? { style } : { style, children },
});

/** The site's mark (the header logo): a rounded square with three lines of text. */
function logo(size: number): CardNode {
  const bar = (width: number) => el("div", { width, height: size * 0.075, borderRadius: size, background: CARD_COLOURS.paper });
  return el(
    "div",
    {
      display: "flex",
      flexDirection: "column",
      justifyContent: "center",
      gap: size * 0.08,
      width: size,
      height: size,
      boxSizing: "border-box",
      paddingLeft: size * 0.28,
      borderRadius: size * 0.25,
      background: CARD_COLOURS.accent,
    },
    [bar(size * 0.44), bar(size * 0.31), bar(size * 0.375)],
  );
}

/** The whole card as a Satori tree. */
export function cardTree(card: PreviewCard): CardNode {
  const c = CARD_COLOURS;
  const tags = visibleTags(card.tags, TAG_ROW_WIDTH, card.fillTags ?? false);
  const size = titleFontSize(card.title, Boolean(card.description));
  // The home card's title is the site name: the mark moves down to it instead of repeating the name above.
  const isBrand = card.title === card.siteName;
  const middle: CardNode[] = [
    ...(isBrand ? [el("div", { display: "flex", marginBottom: 36 }, logo(88))] : []),
    el("div", { fontSize: 30, fontWeight: 600, color: c.accent, letterSpacing: "-0.005em" }, card.eyebrow),
    el(
      "div",
      { marginTop: 20, fontSize: size, fontWeight: 700, lineHeight: 1.14, letterSpacing: "-0.025em", color: c.ink, textWrap: "balance" },
      card.title,
    ),
  ];
  if (card.description) {
    middle.push(el("div", { marginTop: 24, fontSize: 31, lineHeight: 1.4, color: c.muted, maxWidth: 980 }, card.description));
  }
  const chips = tags.map((tag) =>
    el(
      "div",
      {
        display: "flex",
        flexShrink: 0,
        whiteSpace: "nowrap",
        padding: `10px ${TAG_PADDING_X}px`,
        borderRadius: 999,
        background: tag.startsWith("+") ? "transparent" : c.accentSoft,
        border: `2px solid ${tag.startsWith("+") ? c.border : c.accentSoft}`,
        color: tag.startsWith("+") ? c.muted : c.accent,
        fontSize: TAG_FONT_SIZE,
        fontWeight: 600,
      },
      tag,
    ),
  );
  return el(
    "div",
    {
      display: "flex",
      flexDirection: "column",
      width: PREVIEW_WIDTH,
      height: PREVIEW_HEIGHT,
      background: c.paper,
      fontFamily: CARD_FONT,
      borderTop: `14px solid ${c.accent}`,
    },
    [
      el(
        "div",
        { display: "flex", flexDirection: "column", flexGrow: 1, padding: "52px 80px 56px" },
        [
          el(
            "div",
            { display: "flex", alignItems: "center", gap: 18, minHeight: 48 },
            isBrand
              ? []
              : [logo(48), el("div", { fontSize: 30, fontWeight: 700, color: c.ink, letterSpacing: "-0.01em" }, card.siteName)],
          ),
          el("div", { display: "flex", flexDirection: "column", flexGrow: 1, justifyContent: "center" }, middle),
          el("div", { display: "flex", gap: TAG_GAP, minHeight: 56, alignItems: "center", overflow: "hidden" }, chips),
        ],
      ),
    ],
  );
}
