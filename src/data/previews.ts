/**
 * Link-preview images for the content: which card each page gets, where its PNG lives and
 * what its alt text says. Pages pass `preview` to BaseLayout's `image` prop; the endpoint
 * src/pages/og/[...slug].png.ts renders every card listed by `allPreviews()`.
 */
import { files } from "~/lib/routes";
import { getCatalog, getQuestions, getTopics, getTopicsById } from "./content";
import type { QuestionEntry } from "./content";
import { TOPICS_FILE } from "~/lib/content/topics-file";
import { homeCard, previewAlt, questionCard, topicCard, topicsCard } from "~/lib/preview/card";
import type { CardField, PreviewCard } from "~/lib/preview/card";
import { SITE, siteTagline } from "~/lib/site";

export interface Preview {
  /** Site path of the PNG, such as `og/questions/x.png` (without the base). */
  readonly path: string;
  readonly alt: string;
  readonly card: PreviewCard;
  /** Which file each text on the card comes from, so an undrawable character names its file. */
  readonly sources: Partial<Record<CardField, string>>;
}

const SITE_FILE = "src/lib/site.ts";

/** How many questions cover each topic, by id: the topic index's count, so a card says what the topic page lists. */
async function coverageCounts(): Promise<Map<string, number>> {
  const { index } = await getCatalog();
  return new Map(index.map((entry) => [entry.topic.id, entry.questionCount]));
}

function preview(path: string, card: PreviewCard, sources: Partial<Record<CardField, string>>): Preview {
  return { path, alt: previewAlt(card), card, sources: { eyebrow: SITE_FILE, siteName: SITE_FILE, ...sources } };
}

export async function homePreview(): Promise<Preview> {
  const questions = await getQuestions();
  return preview(
    files.preview({ kind: "home" }),
    homeCard({
      siteName: SITE.name,
      tagline: siteTagline(questions.length),
      questionCount: questions.length,
      topics: [],
    }),
    { title: SITE_FILE, description: SITE_FILE },
  );
}

/** The topic list's preview: the topics that fit as chips, most-covered first. */
export async function topicsPreview(): Promise<Preview> {
  const questions = await getQuestions();
  const topics = await getTopics();
  const counts = await coverageCounts();
  const covered = (id: string) => counts.get(id) ?? 0;
  const ranked = [...topics].sort((a, b) => covered(b.id) - covered(a.id) || a.data.title.localeCompare(b.data.title));
  return preview(
    files.preview({ kind: "topics" }),
    topicsCard({ topics: ranked.map((t) => t.data.title), questionCount: questions.length, siteName: SITE.name }),
    { title: SITE_FILE, tags: TOPICS_FILE },
  );
}

export async function questionPreview(entry: QuestionEntry): Promise<Preview> {
  const questions = await getQuestions();
  const topics = await getTopicsById(entry.data.topics);
  return preview(
    files.preview({ kind: "question", id: entry.id }),
    questionCard({
      title: entry.data.title,
      position: questions.indexOf(entry) + 1,
      total: questions.length,
      topics: topics.map((t) => t.data.title),
      siteName: SITE.name,
    }),
    { title: entry.filePath ?? `content/questions/${entry.id}.mdx`, tags: TOPICS_FILE },
  );
}

/** A topic page's preview: pass `await topicPreview(id)` as BaseLayout's `image`. */
export async function topicPreview(id: string): Promise<Preview> {
  const topic = (await getTopics()).find((t) => t.id === id);
  if (!topic) throw new Error(`topicPreview: no topic "${id}" in content/topics.yaml`);
  const counts = await coverageCounts();
  return preview(
    files.preview({ kind: "topic", id }),
    topicCard({
      title: topic.data.title,
      description: topic.data.description,
      questionCount: counts.get(id) ?? 0,
      siteName: SITE.name,
    }),
    { title: topic.filePath ?? TOPICS_FILE, description: topic.filePath ?? TOPICS_FILE },
  );
}

/** Every preview image the site has: the home page, the topic list, each question, each topic. */
export async function allPreviews(): Promise<Preview[]> {
  const questions = await getQuestions();
  const topics = await getTopics();
  return [
    await homePreview(),
    await topicsPreview(),
    ...(await Promise.all(questions.map(questionPreview))),
    ...(await Promise.all(topics.map((t) => topicPreview(t.id)))),
  ];
}
