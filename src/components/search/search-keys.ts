/**
 * The keyboard in a search panel: Escape closes the dialog; the arrows, Home and End move between the field and
 * the result links, and typing on a link goes on in the field (the moves: lib/search/keys.ts).
 */
import { resultKey } from "~/lib/search/keys";

export function onPanelKey(
  event: KeyboardEvent,
  input: HTMLInputElement,
  links: readonly HTMLAnchorElement[],
  onEscape: (() => void) | undefined,
): void {
  if (event.altKey || event.ctrlKey || event.metaKey) return;
  if (event.key === "Escape" && onEscape) {
    event.preventDefault();
    onEscape();
    return;
  }
  const index = event.target === input ? -1 : links.indexOf(event.target as HTMLAnchorElement);
  // Keys on anything else (a chip, the submit button) keep their own meaning.
  if (index === -1 && event.target !== input) return;
  const move = resultKey(event.key, index, links.length);
  if (!move) return;
  if (move.prevent) event.preventDefault();
  (links[move.focus] ?? input).focus();
}
