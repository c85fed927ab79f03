/** The preview card as a tree of elements with inline styles, which Satori lays out (src/og/render.ts). */
import {
  CARD_COLOURS,
  CARD_FONT,
  PREVIEW_HEIGHT,
  PREVIEW_WIDTH,
  TAG_FONT_SIZE,
  TAG_GAP,
  TAG_PADDING_X,
  TAG_ROW_WIDTH,
  TITLE_LINE_HEIGHT,
  cardLayout,
  descriptionText,
} from "./card.ts";
import { textDirection } from "./fit.ts";
import type { PreviewCard } from "./card.ts";

/** A Satori element: a tag, inline styles and children. */
export interface CardNode {
  readonly type: string;
  readonly props: {
    readonly style?: Readonly<Record<string, string | number>>;
    readonly children?: string | CardNode | readonly (string | CardNode)[];
  };
}

const el = (
  type: string,
  style: Record<string, string | number>,
  children?: string | CardNode | (string | CardNode)[],
): CardNode => ({
  type,
  props: children === undefined ? { style } : { style, children },
});

/** The site's mark (the header logo): a rounded square with three lines of text. */
function logo(size: number): CardNode {
  const bar = (width: number) =>
    el("div", { width, height: size * 0.075, borderRadius: size, background: CARD_COLOURS.paper });
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

/** One line of text that ends in an ellipsis when it is too long for its box. */
const oneLine = { whiteSpace: "nowrap", overflow: "hidden", textOverflow: "ellipsis" } as const;

/** The whole card as a Satori tree. */
export function cardTree(card: PreviewCard): CardNode {
  const c = CARD_COLOURS;
  const layout = cardLayout(card);
  const { title, isBrand } = layout;
  // The home card's title is the site name: the mark moves down to it instead of repeating the name above.
  const middle: CardNode[] = [
    ...(isBrand ? [el("div", { display: "flex", flexShrink: 0, marginBottom: 36 }, logo(88))] : []),
    el(
      "div",
      { fontSize: 30, fontWeight: 600, color: c.accent, letterSpacing: "-0.005em", flexShrink: 0, ...oneLine },
      card.eyebrow,
    ),
    el(
      "div",
      {
        marginTop: 20,
        fontSize: title.fontSize,
        fontWeight: 700,
        lineHeight: TITLE_LINE_HEIGHT,
        letterSpacing: `${layout.setting.letterSpacing}em`,
        color: c.ink,
        // Balanced lines only for a title that fits: balancing a clamped one would leave it a narrow column.
        textWrap: layout.setting.balance && title.text === layout.setting.text ? "balance" : "wrap",
        overflowWrap: "anywhere",
        direction: layout.direction,
        textAlign: "start",
        lineClamp: title.maxLines,
        flexShrink: 0,
      },
      title.text,
    ),
  ];
  if (card.description) {
    middle.push(
      el(
        "div",
        {
          marginTop: 24,
          fontSize: 31,
          lineHeight: 1.4,
          color: c.muted,
          maxWidth: 980,
          lineClamp: 2,
          direction: textDirection(card.description),
        },
        descriptionText(card.description),
      ),
    );
  }
  const chips = layout.tags.map((tag) =>
    el(
      "div",
      {
        display: "block",
        flexShrink: 0,
        maxWidth: TAG_ROW_WIDTH,
        ...oneLine,
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
      el("div", { display: "flex", flexDirection: "column", flexGrow: 1, minHeight: 0, padding: "52px 80px 56px" }, [
        el(
          "div",
          { display: "flex", alignItems: "center", gap: 18, minHeight: 48, flexShrink: 0 },
          isBrand
            ? []
            : [
                logo(48),
                el(
                  "div",
                  { fontSize: 30, fontWeight: 700, color: c.ink, letterSpacing: "-0.01em", maxWidth: 900, ...oneLine },
                  card.siteName,
                ),
              ],
        ),
        // The middle gives way (and clips) before the chips do: they always keep their row.
        el(
          "div",
          {
            display: "flex",
            flexDirection: "column",
            flexGrow: 1,
            flexShrink: 1,
            minHeight: 0,
            overflow: "hidden",
            justifyContent: "center",
          },
          middle,
        ),
        el(
          "div",
          { display: "flex", gap: TAG_GAP, minHeight: 56, flexShrink: 0, alignItems: "center", overflow: "hidden" },
          chips,
        ),
      ]),
    ],
  );
}
