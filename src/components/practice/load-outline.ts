/**
 * Fetches the site's outline (src/lib/practice/outline.ts) in the parts a page uses: the index of every question
 * once per page, and a question's detail (its headings and key points) once per page and question, only when asked
 * for. A part that fails to load is tried again on the next call; a file whose shape is wrong is named on the console.
 */
import { parseOutlineDetail, parseOutlineIndex, withDetail } from "~/lib/practice/outline";
import type { OutlineDetail, OutlineIndex, OutlineQuestion, Parsed } from "~/lib/practice/outline";
import { files, href } from "~/lib/routes";

/** Fetches one file and reads it with `parse`; null when it did not load or did not read (a later call tries again). */
function fetchParsed<T>(
  path: string,
  parse: (data: unknown, file: string) => Parsed<T>,
  cache: Map<string, Promise<T | null>>,
): Promise<T | null> {
  let pending = cache.get(path);
  if (!pending) {
    pending = fetch(href(import.meta.env.BASE_URL, path))
      .then((response) => (response.ok ? response.json() : null))
      .then((data: unknown) => {
        if (data === null) return null;
        const parsed = parse(data, path);
        if (parsed.ok) return parsed.value;
        console.error(parsed.error);
        return null;
      })
      .catch(() => null)
      .then((value) => {
        if (value === null) cache.delete(path);
        return value;
      });
    cache.set(path, pending);
  }
  return pending;
}

const indexes = new Map<string, Promise<OutlineIndex | null>>();
const details = new Map<string, Promise<OutlineDetail | null>>();

/** The index of every question, or null when it cannot be loaded. */
export function loadOutlineIndex(): Promise<OutlineIndex | null> {
  return fetchParsed(files.practiceOutlineIndex, parseOutlineIndex, indexes);
}

/**
 * The whole outline of each of `ids` (questions of `index`), in that order, fetching the details not loaded yet;
 * null when any of them cannot be loaded. An id the index does not have is left out.
 */
export async function loadOutlineQuestions(
  index: OutlineIndex,
  ids: readonly string[],
): Promise<OutlineQuestion[] | null> {
  const known = ids.flatMap((id) => index.questions.filter((q) => q.id === id));
  const loaded = await Promise.all(
    known.map((q) =>
      fetchParsed(files.practiceOutline(q.id), (data, file) => parseOutlineDetail(data, q.id, file), details),
    ),
  );
  if (loaded.some((d) => d === null)) return null;
  return known.map((q, i) => withDetail(q, loaded[i] as OutlineDetail));
}
