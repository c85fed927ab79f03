// The no-sideways-scroll check, shared by the Chromium suite (tests/e2e/no-sideways-scroll.spec.ts) and the
// cross-engine suite (tests/engines/): which pages to look at, and what to measure in them.

import { pageKind } from "../helpers/site-pages.mjs";

/** The widths every page kind must fit: a small phone, a common phone, a desktop. */
export const SIDEWAYS_WIDTHS = [320, 390, 1280];

/** What the open search dialog is given to show results at every width. */
export const SIDEWAYS_QUERY = "lora";

/**
 * One page of each kind of the build (the first of its kind, in the build's order), and the search page with
 * words in its address, which lays its results and topic row out from the start.
 * @param {readonly { path: string }[]} pages
 * @returns {string[]} paths relative to the base path
 */
export function sidewaysSamples(pages) {
  /** @type {Map<string, string>} */
  const byKind = new Map();
  for (const { path } of pages) if (!byKind.has(pageKind(path))) byKind.set(pageKind(path), path);
  const samples = [...byKind.values()];
  if (byKind.has("search")) samples.push(`${byKind.get("search")}?q=${SIDEWAYS_QUERY}`);
  return samples;
}

/**
 * Runs in the page: what scrolls sideways, as readable lines (none when nothing does). The page must not be
 * wider than its viewport; an open dialog must sit inside the viewport and not scroll sideways itself. Names up
 * to three elements that stick out, outside any scrolling box (a code block or a chip row may scroll inside).
 * Self-contained: it is serialised into the page.
 * @returns {string[]}
 */
export function sidewaysOverflow() {
  const root = document.documentElement;
  const width = root.clientWidth;
  /** @param {Element} el */
  const name = (el) =>
    `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${[...el.classList].map((c) => `.${c}`).join("")}`;
  // Whether a scrolling box between `el` and `within` clips it. An absolutely positioned element is clipped only by
  // boxes at or above its containing block (its nearest positioned ancestor): that is how .sr-only text escapes a
  // scrolling row and widens the page.
  /** @param {Element} el @param {Element} within */
  const clipped = (el, within) => {
    let absolute = getComputedStyle(el).position === "absolute";
    for (let up = el.parentElement; up && up !== within; up = up.parentElement) {
      const style = getComputedStyle(up);
      if (absolute && style.position === "static") continue;
      absolute = false;
      if (style.overflowX !== "visible") return true;
    }
    return false;
  };
  /** @param {Element} box @param {number} right */
  const culprits = (box, right) =>
    [...box.querySelectorAll("*")]
      .filter((el) => el.getBoundingClientRect().right > right + 0.5 && !clipped(el, box))
      .slice(0, 3)
      .map(name)
      .join(", ");
  const problems = [];
  if (root.scrollWidth > width)
    problems.push(
      `the page is ${root.scrollWidth} px wide in a ${width} px viewport (${culprits(document.body, width) || "no single element"})`,
    );
  const dialog = document.querySelector("dialog[open]");
  if (dialog) {
    const box = dialog.getBoundingClientRect();
    if (box.left < -0.5 || box.right > width + 0.5)
      problems.push(
        `the open dialog spans ${Math.round(box.left)} to ${Math.round(box.right)} px in a ${width} px viewport`,
      );
    if (dialog.scrollWidth > dialog.clientWidth)
      problems.push(
        `the open dialog scrolls sideways: ${dialog.scrollWidth} px of content in ${dialog.clientWidth} px (${culprits(dialog, box.right) || "no single element"})`,
      );
  }
  return problems;
}
