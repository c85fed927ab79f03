/**
 * Keyboard movement through search results: from the field, the down arrow enters the result links; on a link,
 * the arrows, Home and End move between links (up from the first goes back to the field), and typing goes on
 * in the field, like typing into it.
 */

/** Where focus goes: a link's index, or -1 for the field; `prevent` when the key's own action is replaced. */
export interface KeyMove {
  readonly focus: number;
  readonly prevent: boolean;
}

/** The move for `key` pressed on link `index` of `count` (-1: in the field), or null when the key is not ours. */
export function resultKey(key: string, index: number, count: number): KeyMove | null {
  if (index === -1) return key === "ArrowDown" && count > 0 ? { focus: 0, prevent: true } : null;
  switch (key) {
    case "ArrowDown":
      return { focus: Math.min(index + 1, count - 1), prevent: true };
    case "ArrowUp":
      return { focus: index - 1, prevent: true };
    case "Home":
      return { focus: 0, prevent: true };
    case "End":
      return { focus: count - 1, prevent: true };
    default:
      return key.length === 1 || key === "Backspace" ? { focus: -1, prevent: false } : null;
  }
}
