// The question list practice mode walks through (src/lib/practice/questions.ts): one file for the whole
// site, fetched by the practice widgets when they need it, instead of a copy in every page.
import type { APIRoute } from "astro";
import { getQuestions } from "~/data/content";
import { practiceQuestionsDocument } from "~/lib/practice/questions";

export const GET: APIRoute = async () => {
  const questions = (await getQuestions()).map((q) => ({ id: q.id, title: q.data.title }));
  return new Response(JSON.stringify(practiceQuestionsDocument(questions)), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
