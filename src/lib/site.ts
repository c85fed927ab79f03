/** Site-wide names and words, in one place. */
export const SITE = {
  name: "GenAI Interview Handbook",
  shortName: "GenAI Handbook",
  tagline: "Eight practical GenAI interview questions, answered in depth: RAG, prompts, evaluation, fine-tuning, cost and deployment.",
  lang: "en",
} as const;
