/**
 * The topics a question covers: the ones it lists in `topics`, then the ones its sections treat in depth
 * (`sections`), each once, in that order. The topic pages, related questions, search filters and previews all
 * count coverage this way.
 */

/** What the rule needs of a question: `sections` as written in frontmatter, or as the catalogue lists them. */
export interface CoversTopics {
  readonly topics: readonly string[];
  readonly sections: Readonly<Record<string, readonly string[]>> | readonly { readonly topics: readonly string[] }[];
}

/** Topic ids the question's sections treat, each once, in page order. */
export function sectionTopics(question: Pick<CoversTopics, "sections">): string[] {
  const lists = Array.isArray(question.sections)
    ? (question.sections as readonly { readonly topics: readonly string[] }[]).map((s) => s.topics)
    : Object.values(question.sections as Readonly<Record<string, readonly string[]>>);
  return [...new Set(lists.flat())];
}

/** Every topic id the question covers: listed topics first, then section topics, each once. */
export function questionTopics(question: CoversTopics): string[] {
  return [...new Set([...question.topics, ...sectionTopics(question)])];
}

/** Whether the question covers the topic, listed or in a section. */
export function coversTopic(question: CoversTopics, topicId: string): boolean {
  return questionTopics(question).includes(topicId);
}
