/** The path of each line icon LineIcon.astro draws, on a 24 x 24 grid. */
export const LINE_ICONS = {
  /** Two links of a chain: "Copy link to section". */
  link: "M10 14a4.5 4.5 0 0 0 6.4 0l3-3a4.5 4.5 0 0 0-6.4-6.4l-1 1M14 10a4.5 4.5 0 0 0-6.4 0l-3 3a4.5 4.5 0 0 0 6.4 6.4l1-1",
  /** Two sheets, one over the other: "Copy as Markdown". */
  copy: "M10 8h8a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2h-8a2 2 0 0 1-2-2v-8a2 2 0 0 1 2-2ZM16 8V6a2 2 0 0 0-2-2H6a2 2 0 0 0-2 2v8a2 2 0 0 0 2 2h2",
  /** An arrow out of a tray: "Share". */
  share: "M12 15V3m0 0L7.5 7.5M12 3l4.5 4.5M5 12v7a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2v-7",
  /** A magnifier: the search trigger and field. */
  search: "m20 20-4.6-4.6M17 10.5a6.5 6.5 0 1 1-13 0 6.5 6.5 0 0 1 13 0Z",
} as const;

export type LineIconName = keyof typeof LINE_ICONS;
