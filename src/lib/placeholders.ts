/**
 * Placeholders: the blanks an answer leaves for the reader (`[Company/Domain]`, `[role]`). The rule for what
 * counts as one and the key it is stored under live here once: the MDX component, the code-block marker and
 * practice mode's fill-ins all use them, so a placeholder is always stored under the key the page reads.
 */

/** Longest placeholder name, in characters; longer bracketed text is not a placeholder. A key is made from a name,
 * so it is never longer. */
export const MAX_PLACEHOLDER_NAME = 40;

/** A placeholder's name: a letter, then up to 39 more characters, none of them `]` or a line break. */
const NAME = `[A-Za-z][^\\]\\n]{0,${MAX_PLACEHOLDER_NAME - 1}}`;

/** A whole placeholder name, as a <Placeholder> holds it. */
export const PLACEHOLDER_NAME = new RegExp(`^${NAME}$`);

/** Placeholders in running text, as plain-text code writes them: `[Company/Domain]`; group 1 is the name. */
export const PLACEHOLDER_PATTERN = new RegExp(`\\[(${NAME})\\]`, "g");

/**
 * The stable key of a placeholder name, `[a-z0-9-]` and at most MAX_PLACEHOLDER_NAME characters:
 * "Company/Domain" -> "company-domain". Null when nothing usable is left (stored data from elsewhere).
 */
export function placeholderKey(name: string): string | null {
  const key = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, MAX_PLACEHOLDER_NAME)
    .replace(/-+$/, "");
  return key === "" ? null : key;
}
