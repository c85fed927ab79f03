// The question list practice mode walks through (src/lib/practice/questions.ts): one file for the whole
// site, fetched by the practice widgets when they need it, instead of a copy in every page.
import type { APIRoute } from "astro";
import { getPracticeQuestions } from "~/data/practice";
import { practiceQuestionsDocument } from "~/lib/practice/questions";

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(practiceQuestionsDocument(await getPracticeQuestions())), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
