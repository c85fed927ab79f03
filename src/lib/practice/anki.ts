/**
 * The Anki deck the build writes: a tab-separated text file with the header lines Anki's importer reads (separator,
 * HTML fields, note type, deck, tags column), one Basic note per question. Front: the question. Back: its section
 * headings, the summary and a link to the answer. Fields are HTML, on one line, with no tab and no double quote
 * (Anki would read a quote at the start of a field as CSV quoting).
 */
import { escapeHtml } from "../text";

export interface AnkiNote {
  readonly question: string;
  /** The answer's main headings, in order. */
  readonly headings: readonly string[];
  readonly summary: string;
  /** The answer's absolute URL. */
  readonly url: string;
  /** Anki tags (topic ids): no spaces. */
  readonly tags: readonly string[];
}

/** Text as one HTML field: escaped (quotes become entities), white space (tabs, line breaks) collapsed. */
function field(text: string): string {
  return escapeHtml(text.replace(/\s+/g, " ").trim());
}

/** The deck file's text. */
export function ankiDeck(deckName: string, notes: readonly AnkiNote[]): string {
  const header = [
    "#separator:tab",
    "#html:true",
    "#notetype:Basic",
    `#deck:${deckName.replace(/[\t\n\r]/g, " ")}`,
    "#tags column:3",
    "#columns:Front\tBack\tTags",
  ];
  const rows = notes.map((note) => {
    const list =
      note.headings.length > 0 ? `<ul>${note.headings.map((h) => `<li>${field(h)}</li>`).join("")}</ul>` : "";
    const back = `${list}<p>${field(note.summary)}</p><p><a href='${field(note.url)}'>Read the answer</a></p>`;
    return [field(note.question), back, note.tags.map((t) => t.replace(/\s+/g, "-")).join(" ")].join("\t");
  });
  return `${[...header, ...rows].join("\n")}\n`;
}
