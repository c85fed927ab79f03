/** Question URLs come from file names, so a title can change without breaking links. */
import { KEBAB_ID } from "./schema";

/**
 * The slug of a question file: its base name without `.mdx`. Throws, naming the file,
 * when the name is not a kebab-case id (so URLs never depend on silent slugification).
 */
export function slugFromFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const slug = base.replace(/\.mdx?$/, "");
  if (!KEBAB_ID.test(slug)) {
    throw new Error(
      `content/questions/${base}: the file name is the page's URL slug and must be kebab-case ` +
        `(lowercase words joined by hyphens, starting with a letter, e.g. "cost-optimization.mdx"), got "${slug}"`,
    );
  }
  return slug;
}

/** A kebab-case id suggested for a text ("3. Response Caching!" -> "response-caching"), "section" when none is left. */
export function suggestKebabId(text: string): string {
  const id = text
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^[^a-z]+/, "")
    .replace(/-+$/, "");
  return id === "" ? "section" : id.slice(0, 60).replace(/-+$/, "");
}
