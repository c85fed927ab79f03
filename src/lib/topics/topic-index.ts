/** For each topic: the questions that cover it and the exact sections that treat it in depth. */
import { focusExcerpt } from "./excerpt";
import type { Excerpt } from "./excerpt";
import { questionTopics } from "../question-topics";

/** A topic as content/topics.yaml describes it. */
export interface TopicInfo {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly aliases: readonly string[];
}

/** A section of an answer that its frontmatter ties to topics. */
export interface SectionInfo {
  /** The heading id on the question's page. */
  readonly id: string;
  /** The heading's text, without list numbering ("1. ") that means nothing away from its page. */
  readonly heading: string;
  /** Texts of the headings it sits under, outermost first (same clean-up). */
  readonly parents: readonly string[];
  readonly topics: readonly string[];
  readonly excerpt: Excerpt | undefined;
}

/** A question reduced to what the topic index needs; sections in page order. */
export interface QuestionInfo {
  readonly id: string;
  readonly title: string;
  readonly order: number;
  /** The question's `topics`, most central first. */
  readonly topics: readonly string[];
  readonly sections: readonly SectionInfo[];
}

/** One question under a topic, with the sections of it that treat the topic (excerpts focused on it). */
export interface TopicQuestion {
  readonly question: QuestionInfo;
  /** True when the question lists the topic in its own `topics`. */
  readonly main: boolean;
  readonly sections: readonly SectionInfo[];
}

export interface TopicIndexEntry {
  readonly topic: TopicInfo;
  /** Questions covering the topic (listed in `topics` or in a section), in question order. */
  readonly questions: readonly TopicQuestion[];
  readonly questionCount: number;
  readonly sectionCount: number;
  /** Other topics met in the same questions, most shared first (sections that share both count double). */
  readonly relatedTopics: readonly { readonly topic: TopicInfo; readonly weight: number }[];
}

/** Throws, naming the question and field, when a question refers to a topic that does not exist. */
function checkTopicIds(questions: readonly QuestionInfo[], known: ReadonlySet<string>): void {
  for (const q of questions) {
    const refs = [
      ...q.topics.map((t) => ({ field: "topics", topic: t })),
      ...q.sections.flatMap((s) => s.topics.map((t) => ({ field: `sections.${s.id}`, topic: t }))),
    ];
    const bad = refs.find((r) => !known.has(r.topic));
    if (bad) {
      throw new Error(
        `question "${q.id}": field "${bad.field}" names unknown topic "${bad.topic}"; known topics: ${[...known].join(", ")}`,
      );
    }
  }
}

/**
 * Builds the topic index. Topics keep the order they are given in; questions are sorted by
 * `order`; sections keep page order. A topic nobody covers still appears, with zero counts.
 */
export function buildTopicIndex(questions: readonly QuestionInfo[], topics: readonly TopicInfo[]): TopicIndexEntry[] {
  const byId = new Map(topics.map((t) => [t.id, t]));
  checkTopicIds(questions, new Set(byId.keys()));
  const ordered = [...questions].sort((a, b) => a.order - b.order);

  return topics.map((topic) => {
    const terms = [topic.title, topic.id.replaceAll("-", " "), ...topic.aliases];
    const covering: TopicQuestion[] = ordered.flatMap((question) => {
      const main = question.topics.includes(topic.id);
      const sections = question.sections
        .filter((s) => s.topics.includes(topic.id))
        .map((s) => ({ ...s, excerpt: focusExcerpt(s.excerpt, terms) }));
      return main || sections.length > 0 ? [{ question, main, sections }] : [];
    });

    const weights = new Map<string, number>();
    const add = (id: string, w: number) => {
      if (id !== topic.id) weights.set(id, (weights.get(id) ?? 0) + w);
    };
    for (const { question, sections } of covering) {
      for (const id of questionTopics(question)) add(id, 1);
      for (const s of sections) for (const id of s.topics) add(id, 1);
    }
    const relatedTopics = [...weights]
      .flatMap(([id, weight]) => {
        const other = byId.get(id);
        return other ? [{ topic: other, weight }] : [];
      })
      .sort((a, b) => b.weight - a.weight || a.topic.title.localeCompare(b.topic.title));

    return {
      topic,
      questions: covering,
      questionCount: covering.length,
      sectionCount: covering.reduce((n, q) => n + q.sections.length, 0),
      relatedTopics,
    };
  });
}
