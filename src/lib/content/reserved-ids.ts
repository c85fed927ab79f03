/**
 * Element ids the site's own page parts use. A heading id in content that equals one of them would give a page two
 * elements with one id, so a landmark, a label or a link would point at the wrong element. The build also checks
 * every built page for duplicate ids (src/lib/page-safety.ts), which catches an id added here too late; ids that
 * scripts create while the page runs are only caught here, by their prefixes.
 */

/** Exact ids, each with the page part that uses it. */
const RESERVED_IDS: Readonly<Record<string, string>> = {
  main: "the main landmark and skip-link target, in src/layouts/BaseLayout.astro",
  "toc-title": 'the "On this page" list, in src/components/question/TableOfContents.astro',
  "related-questions": 'the "Related questions" heading, in src/components/question/RelatedQuestions.astro',
  "practice-timer-title": "the practice timer, in src/components/practice/PracticeTimer.astro",
  "practice-timer-length": "the practice timer, in src/components/practice/PracticeTimer.astro",
  "practice-title": "the practice area of the home page, in src/components/practice/PracticeProgress.astro",
  "practice-reset-question": "the practice area of the home page, in src/components/practice/PracticeProgress.astro",
  "page-title": "the home page's heading, in src/pages/index.astro",
  "questions-title": "the home page's question list, in src/pages/index.astro",
  "closing-title": "the home page's closing advice, in src/pages/index.astro",
  "where-discussed": "a topic page's section list, in src/components/topics/TopicSections.astro",
  "related-topics": "a topic page's related topics, in src/components/topics/TopicSections.astro",
  "all-topics": "the topic index, in src/pages/topics/index.astro",
  "topic-map": "the topic index, in src/pages/topics/index.astro",
  "search-topics": "the search page, in src/components/search/SearchPage.astro",
  "search-questions": "the search page, in src/components/search/SearchPage.astro",
  intro: "practice mode's name for the text before the first heading, in src/components/practice/PracticeBar.astro",
  "footnote-label": "the footnotes heading Markdown writes when an answer has footnotes",
  "cards-anki-title": "the question cards' Anki heading, in src/components/practice/QuestionCards.astro",
};

/** Id prefixes the site generates ids under. */
const RESERVED_ID_PREFIXES: Readonly<Record<string, string>> = {
  "site-": "the site's own parts, such as the search dialog in src/components/search/Search.astro",
  "search-page-": "the search page's search box, in src/components/search/SearchPage.astro",
  "topic-map-": "the topic map, in src/components/topics/TopicMap.astro",
  "topic-spread-": "the topic map of a large handbook, in src/components/topics/TopicSpread.astro",
  "mock-": "the mock round's stages, in src/components/practice/MockRound.astro",
  "practice-": "practice mode, which names the answer's parts and fill-ins while the page runs (src/components/practice/)",
  "search-hit-": "search results, named while the page runs (src/components/search/search-render.ts)",
  "user-content-": "footnotes, which Markdown numbers itself",
  "offline-": "offline reading: the home page's Save for offline and the offline page, in src/components/offline/",
};

/** What uses `id` on the site's pages, or undefined when content may use it. */
export function reservedIdOwner(id: string): string | undefined {
  if (Object.hasOwn(RESERVED_IDS, id)) return RESERVED_IDS[id];
  for (const [prefix, owner] of Object.entries(RESERVED_ID_PREFIXES)) {
    if (id.startsWith(prefix)) return owner;
  }
  return undefined;
}
