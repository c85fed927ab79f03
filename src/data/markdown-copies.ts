/**
 * The Markdown copies of the answers (`/questions/<slug>.md`), `llms.txt` and `llms-full.txt`,
 * built from the content with absolute URLs on the configured site and base path.
 */
import { isoDate } from "~/lib/dates";
import { absoluteUrl, files, href, pages } from "~/lib/routes";
import { getQuestions, getTopicsById } from "./content";
import type { QuestionEntry } from "./content";
import { llmsTxt } from "~/lib/llms-txt";
import { questionMarkdown } from "~/lib/markdown-export";
import { SITE, siteTagline } from "~/lib/site";

/** The Markdown file of one question. `site` is Astro's `site` (from SITE_URL). */
export async function questionMarkdownFor(entry: QuestionEntry, site: URL | undefined): Promise<string> {
  const base = import.meta.env.BASE_URL;
  const topics = await getTopicsById(entry.data.topics);
  return questionMarkdown({
    title: entry.data.title,
    summary: entry.data.summary,
    url: absoluteUrl(site, "/", href(base, pages.question(entry.id))),
    topics: topics.map((t) => t.data.title),
    updated: isoDate(entry.data.updated),
    siteName: SITE.name,
    body: entry.body ?? "",
    file: `content/questions/${entry.id}.mdx`,
  });
}

/** `llms.txt`: the site, then each question's Markdown copy with its summary. */
export async function llmsIndexFor(site: URL | undefined): Promise<string> {
  const base = import.meta.env.BASE_URL;
  const questions = await getQuestions();
  return llmsTxt({
    siteName: SITE.name,
    summary: siteTagline(questions.length),
    details:
      `${questions.length} questions an interviewer asks about hands-on GenAI work, each answered in a structured way ` +
      "with Python code. Each link below is the full answer as Markdown; the HTML page is named on its Source line. " +
      "Text in square brackets, such as [Company/Domain], is a blank for the reader to fill in.",
    questions: questions.map((q) => ({
      title: q.data.title,
      url: absoluteUrl(site, base, files.questionMarkdown(q.id)),
      summary: q.data.summary,
    })),
    optional: [
      {
        title: "All answers in one file",
        url: absoluteUrl(site, base, files.llmsFull),
        summary: "every question and its full answer as Markdown, in order",
      },
    ],
  });
}

/** `llms-full.txt`: every question's Markdown copy, in order. */
export async function llmsFullFor(site: URL | undefined): Promise<string> {
  const questions = await getQuestions();
  const files = await Promise.all(questions.map((q) => questionMarkdownFor(q, site)));
  return `# ${SITE.name}\n\n> ${siteTagline(questions.length)}\n\n${files.join("\n\n")}`;
}
