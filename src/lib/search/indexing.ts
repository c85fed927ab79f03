/**
 * What the search index sees of a question page beyond its visible text: topic filters
 * and topic aliases. Both are added to the HTML handed to Pagefind at build time, never
 * to the page readers download, so aliases are neither visible nor read out twice.
 */
import { questionTopics, sectionTopics } from "../question-topics";
import { escapeHtml, escapeRegExp } from "../text";
import type { SearchQuestion, SearchTopic } from "./data";
import { TOPIC_FILTER } from "./data";

/**
 * Weight of alias text relative to body text (1). Low, so that a page that really uses a
 * word outranks one that only lists it as an alias (a topic tagged on three sections puts
 * its aliases in three places), yet an alias-only word still matches. At 0.5, "A/B testing"
 * ranked the evaluation answer, which never says "A/B", above the one that does.
 */
export const ALIAS_WEIGHT = 0.25;

/** Where the extra text of each topic goes: a heading id, or `null` for the question's header. */
export interface AliasPlacement {
  headingId: string | null;
  topicIds: string[];
}

/**
 * Places each topic's aliases: in every section tagged with it, or in the page header
 * when the question lists the topic but tags no section with it. Sections keep the
 * order of `sections`; the header comes first.
 */
export function placeAliases(question: Pick<SearchQuestion, "topics" | "sections">): AliasPlacement[] {
  const tagged = new Set(sectionTopics(question));
  const headerTopics = question.topics.filter((id) => !tagged.has(id));
  const placements: AliasPlacement[] = [];
  if (headerTopics.length > 0) placements.push({ headingId: null, topicIds: headerTopics });
  for (const [headingId, topicIds] of Object.entries(question.sections)) {
    placements.push({ headingId, topicIds: [...topicIds] });
  }
  return placements;
}

/** The words indexed for a topic: `Topic: Fine-Tuning (LoRA, PEFT).` */
export function aliasSentence(topic: Pick<SearchTopic, "title" | "aliases">): string {
  return topic.aliases.length > 0 ? `Topic: ${topic.title} (${topic.aliases.join(", ")}).` : `Topic: ${topic.title}.`;
}

/** Index just past the closing tag of the heading with this id (h2-h6), or -1. */
function headingEnd(html: string, headingId: string): number {
  const open = new RegExp(`<h([2-6])\\b[^>]*\\sid="${escapeRegExp(headingId)}"[^>]*>`).exec(html);
  if (!open) return -1;
  const closeTag = `</h${open[1]}>`;
  const close = html.indexOf(closeTag, open.index);
  return close === -1 ? -1 : close + closeTag.length;
}

/**
 * Where the text of the section starting at `from` ends, as the index sees it: at the next
 * heading with an id (which starts the next section) or the next element the index ignores
 * (table of contents, navigation), whichever comes first; else at `from`.
 * Aliases go there rather than under the heading, so that excerpts, which Pagefind cuts
 * around the densest matches, show the section's own words first.
 */
export function sectionEnd(html: string, from: number): number {
  const rest = html.slice(from);
  const next = rest.search(/<h[1-6]\b[^>]*\sid=|<[a-z][^>]*\sdata-pagefind-ignore[\s>=]/);
  return next === -1 ? from : from + next;
}

/**
 * Returns the page HTML as the index should see it: topic filters (every topic the question covers, as
 * lib/question-topics.ts counts them) right after the `<h1>` inside `data-pagefind-body`, the aliases of
 * topics without a tagged section at the end of the header, and each tagged section's aliases at the end of that
 * section (see `sectionEnd`). Throws, naming `file`, when the body, the h1, a heading or a
 * topic is missing.
 */
export function augmentForIndex(
  html: string,
  question: Pick<SearchQuestion, "topics" | "sections">,
  topics: readonly SearchTopic[],
  file: string,
): string {
  const byId = new Map(topics.map((t) => [t.id, t]));
  const topic = (id: string) => {
    const found = byId.get(id);
    if (!found)
      throw new Error(`${file}: topic "${id}" is not in the search data (known: ${[...byId.keys()].join(", ")})`);
    return found;
  };
  const aliasSpan = (ids: readonly string[]) => {
    const sentences = ids.map((id) => escapeHtml(aliasSentence(topic(id)))).join(" ");
    return `<span data-pagefind-weight="${ALIAS_WEIGHT}"> ${sentences} </span>`;
  };

  const body = html.search(/<[a-z][^>]*\sdata-pagefind-body[\s>=]/);
  if (body === -1)
    throw new Error(`${file}: no element with data-pagefind-body, so nothing of the page would be indexed`);
  const h1Close = html.indexOf("</h1>", body);
  if (h1Close === -1) throw new Error(`${file}: no <h1> inside data-pagefind-body to attach topic filters to`);
  const h1End = h1Close + "</h1>".length;

  const insertions: { at: number; text: string }[] = [];
  const filters = questionTopics(question)
    .map((id) => `<meta data-pagefind-filter="${TOPIC_FILTER}[content]" content="${escapeHtml(topic(id).id)}">`)
    .join("");
  insertions.push({ at: h1End, text: filters });
  for (const placement of placeAliases(question)) {
    let from = h1End;
    if (placement.headingId !== null) {
      from = headingEnd(html, placement.headingId);
      if (from === -1) {
        throw new Error(
          `${file}: field "sections" names heading "${placement.headingId}", which has no <h2>-<h6> with that id`,
        );
      }
    }
    insertions.push({ at: sectionEnd(html, from), text: aliasSpan(placement.topicIds) });
  }

  // Apply from the end of the page backwards so earlier positions stay valid; at the same
  // position, keep the order in which they were planned.
  let out = html;
  for (const { at, text } of insertions.map((x, i) => ({ ...x, i })).sort((a, b) => b.at - a.at || b.i - a.i)) {
    out = out.slice(0, at) + text + out.slice(at);
  }
  return out;
}

/**
 * Questions per topic id, as Pagefind's topic filter counts them (a question counts once for each
 * topic it covers, lib/question-topics.ts). Lets the search page draw its topic chips at build time.
 */
export function topicQuestionCounts(
  questions: readonly Pick<SearchQuestion, "topics" | "sections">[],
): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const question of questions) {
    for (const id of questionTopics(question)) counts[id] = (counts[id] ?? 0) + 1;
  }
  return counts;
}
