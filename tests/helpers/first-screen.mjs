// The answer-first check, shared by the Chromium suite (tests/e2e/phone.spec.ts) and the cross-engine suite
// (tests/engines/checks/layout.ts): where a question page's answer starts on the first screen of a phone.

/** The phone every first-screen check uses (CSS px). */
export const PHONE = { width: 390, height: 844 };

/**
 * Runs in the page, scrolled to the top: the first heading of the answer, the first line of text under it, and the
 * first section's Reveal button when practice mode shows one, each as `{ top, bottom }` in viewport pixels (null
 * when the page has none), with the viewport's height. Self-contained: it is serialised into the page.
 * @returns {{ viewport: number, heading: { top: number, bottom: number } | null, firstLine: { top: number, bottom: number } | null, reveal: { top: number, bottom: number } | null }}
 */
export function answerStart() {
  /** @param {DOMRect | undefined} r */
  const box = (r) => (r ? { top: Math.round(r.top), bottom: Math.round(r.bottom) } : null);
  const answer = document.querySelector("[data-answer]");
  const heading = answer?.querySelector("h2") ?? null;
  let firstLine = null;
  if (answer && heading) {
    // The heading's own block holds its link and copy button: the line under it is the first text after that block.
    const block = heading.closest("[data-answer-heading]") ?? heading;
    const walker = document.createTreeWalker(answer, NodeFilter.SHOW_TEXT);
    walker.currentNode = block;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (block.contains(node) || !node.textContent?.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const line = [...range.getClientRects()].find((r) => r.width > 0 && r.height > 0);
      if (line) {
        firstLine = box(line);
        break;
      }
    }
  }
  const reveal = [...(answer?.querySelectorAll("button[aria-expanded]") ?? [])].find(
    (b) => /^(Reveal|Hide) section: /.test(b.textContent?.trim() ?? "") && b.getClientRects().length > 0,
  );
  return {
    viewport: window.innerHeight,
    heading: box(heading?.getBoundingClientRect()),
    firstLine,
    reveal: box(reveal?.getBoundingClientRect()),
  };
}
