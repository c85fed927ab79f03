/** The list of questions a practice widget gets from the page, in reading order. */
export interface QuestionLink {
  id: string;
  href: string;
  title: string;
}

/** Reads the JSON list written at build time into a data attribute; anything malformed gives []. */
export function readQuestionList(json: string | undefined): QuestionLink[] {
  try {
    const data: unknown = JSON.parse(json ?? "[]");
    if (!Array.isArray(data)) return [];
    return data.filter(
      (q): q is QuestionLink =>
        typeof q === "object" && q !== null && typeof q.id === "string" && typeof q.href === "string" && typeof q.title === "string",
    );
  } catch {
    return [];
  }
}
