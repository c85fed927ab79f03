import { countWords } from "./count-words";
import { pages } from "./routes";

/** Site-wide names and words, in one place. */
export const SITE = {
  name: "GenAI Interview Handbook",
  shortName: "GenAI Handbook",
  lang: "en",
} as const;

/** The site's one-line description, with the number of questions it holds ("Eight practical …", "1,000 …"). */
export function siteTagline(questionCount: number): string {
  return `${countWords(questionCount, true)} practical GenAI interview questions, answered in depth: RAG, prompts, evaluation, fine-tuning, cost and deployment.`;
}

/** One of the site's own pages as the menus list it: what the link says and its site path (`pages` of routes.ts). */
export interface SiteLink {
  readonly label: string;
  readonly path: string;
}

/**
 * Every part of the site a reader can go to from any page, in menu order: the phone header's menu and the footer
 * list exactly these. The practice pages come from `pages` (tests/unit/site.test.ts fails when a practice page of
 * routes.ts is missing here).
 */
export const SITE_LINKS: readonly SiteLink[] = [
  { label: "All questions", path: pages.home() },
  { label: "Topics", path: pages.topics() },
  { label: "Search", path: pages.search() },
  { label: "Your practice", path: pages.practice() },
  { label: "Mock round", path: pages.practiceMock() },
  { label: "Question cards", path: pages.practiceCards() },
];

/** The id of the footer's list of SITE_LINKS, which the header's menu links to until its script runs. */
export const FOOTER_NAV_ID = "site-footer-nav";
