/**
 * The 1200x630 preview image shown when a link is pasted into a chat or a post: what it
 * says (a card per home page, question and topic), its alt text, and its layout as a tree
 * of elements with inline styles that Satori turns into SVG (rendered by
 * src/og/render.ts). Long titles get a smaller size, then an ellipsis (src/lib/preview/fit.ts);
 * the topic chips keep their row whatever the title does.
 */
import { fitTitle, textDirection, textWidth, titleSetting, truncate } from "./fit.ts";
import type { TitleFit } from "./fit.ts";
import { graphemes } from "./fonts.ts";

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
export const TAG_FONT_SIZE = 26;
export const TAG_PADDING_X = 22;
export const TAG_GAP = 14;

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

export function topicCard(input: {
  title: string;
  description: string;
  questionCount: number;
  siteName: string;
}): PreviewCard {
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

export function homeCard(input: {
  siteName: string;
  tagline: string;
  questionCount: number;
  topics: readonly string[];
}): PreviewCard {
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

export const TITLE_LINE_HEIGHT = 1.14;
/** Height of the middle block: the card less its top border, padding, header row and chip row. */
const MIDDLE_HEIGHT = PREVIEW_HEIGHT - 14 - 52 - 56 - 48 - 56;
const EYEBROW_HEIGHT = 36 + 20;
const DESCRIPTION_HEIGHT = 24 + Math.ceil(2 * 31 * 1.4);
const BRAND_HEIGHT = 88 + 36;

/**
 * Title size and line limit: as large as the title allows within four lines (three beside a
 * description), smaller down to 40 px, and beyond that cut with an ellipsis.
 */
export function fitCardTitle(card: PreviewCard): TitleFit {
  const setting = titleSetting(card.title);
  const isBrand = card.title === card.siteName;
  const height =
    MIDDLE_HEIGHT - EYEBROW_HEIGHT - (card.description ? DESCRIPTION_HEIGHT : 0) - (isBrand ? BRAND_HEIGHT : 0);
  const short = graphemes(card.title).length <= 30;
  return fitTitle(setting.text, {
    width: TAG_ROW_WIDTH,
    height,
    lineHeight: TITLE_LINE_HEIGHT,
    letterSpacing: setting.letterSpacing,
    sizes: short ? [card.description ? 70 : 88, 68, 60, 52, 46, 40] : [68, 60, 52, 46, 40],
    maxLines: card.description ? 3 : 4,
  });
}

/** Estimated width in pixels of one chip holding `text` (never wider than the row: a longer name is cut). */
export function tagWidth(text: string): number {
  return Math.min(TAG_ROW_WIDTH, Math.ceil(textWidth(text, TAG_FONT_SIZE)) + 2 * TAG_PADDING_X + 4);
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
  const width = (row: readonly string[]) =>
    row.reduce((sum, t) => sum + tagWidth(t), 0) + TAG_GAP * Math.max(0, row.length - 1);
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

/** What the card shows, as drawn: fitted title, the chips that fit. */
export interface CardLayout {
  readonly title: TitleFit;
  readonly setting: ReturnType<typeof titleSetting>;
  readonly direction: "rtl" | "ltr";
  readonly tags: string[];
  readonly isBrand: boolean;
}

export function cardLayout(card: PreviewCard): CardLayout {
  return {
    title: fitCardTitle(card),
    setting: titleSetting(card.title),
    direction: textDirection(card.title),
    tags: visibleTags(card.tags, TAG_ROW_WIDTH, card.fillTags ?? false),
    isBrand: card.title === card.siteName,
  };
}

/** The card's fields whose text is drawn. */
export type CardField = "title" | "eyebrow" | "description" | "tags" | "siteName";

/**
 * Every text the card draws, by field, as drawn (the title possibly cut, the chips that fit, a
 * description cut to what its two lines can hold): what the fonts must cover.
 */
export function cardTexts(card: PreviewCard): { field: CardField; text: string }[] {
  const layout = cardLayout(card);
  const texts: { field: CardField; text: string }[] = [
    { field: "eyebrow", text: card.eyebrow },
    { field: "title", text: layout.title.text },
  ];
  if (card.description) texts.push({ field: "description", text: descriptionText(card.description) });
  for (const tag of layout.tags) texts.push({ field: "tags", text: tag });
  if (!layout.isBrand) texts.push({ field: "siteName", text: card.siteName });
  return texts;
}

/** A description cut to what two lines at 31 px can hold, with room to spare (the line clamp cuts exactly). */
export function descriptionText(description: string): string {
  return truncate(description, 3 * 980, 31);
}
