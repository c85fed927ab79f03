/**
 * The data attributes through which features find each other. A class is for styling and may be renamed
 * freely; these are contracts: the component that renders a part sets the attribute, and the features that
 * need the part select it by the attribute, never by a class. tests/unit/hooks.test.ts fails when browser code
 * selects another component's part by class.
 */

/** The answer's body on a question page (practice mode folds it, search highlights in it). */
export const ANSWER = "data-answer";
/** A section heading of the answer (AnchorHeading); practice mode turns each into a disclosure. */
export const ANSWER_HEADING = "data-answer-heading";
/**
 * On the answer (ANSWER) while practice mode is on: set by practice mode (components/practice/practice-bar.ts), read
 * by the question page's CSS, which folds the question's summary away on a phone (layouts/QuestionLayout.astro).
 */
export const PRACTICE_ON = "data-practice";
/** A placeholder the reader fills in (`[Company/Domain]`); its value is the placeholder's key. */
export const PLACEHOLDER = "data-placeholder";
/**
 * Page chrome that is neither indexed by search nor highlighted on landing: the heading's `#` link and copy
 * button, a code block's bar, the question's meta line. Pagefind's own attribute, so the index honours it too.
 */
export const NOT_CONTENT = "data-pagefind-ignore";

/** The attribute as a prop to spread on an element: `<div {...hook(ANSWER)}>`. */
export function hook(name: string, value = ""): Record<string, string> {
  return { [name]: value };
}

/** A selector for the attribute: `selector(PLACEHOLDER)` is `[data-placeholder]`, with a value `[data-placeholder="x"]`. */
export function selector(name: string, value?: string): string {
  return value === undefined ? `[${name}]` : `[${name}="${value.replace(/["\\]/g, "\\$&")}"]`;
}
