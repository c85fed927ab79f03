/**
 * On a page opened from a search result (`?highlight=word&highlight=…`): marks the searched
 * words in the answer with Pagefind's highlight script, and offers a way to clear them.
 * Loaded only when the parameter is present.
 */
// Linked, not imported: see loadStylesheet in src/dom.ts.
import { files, href } from "~/lib/routes";
import landingCss from "./search-landing.css?url";
import { HIGHLIGHT_PARAM, highlightPattern, readHighlightTerms, withoutHighlight } from "~/lib/search/highlight";
import { highlightNote } from "~/lib/search/messages";
import { loadStylesheet } from "~/dom";
import { NOT_CONTENT, selector } from "~/hooks";

const MARK_CLASS = "search-mark";

/** The parts of mark.js that Pagefind's highlighter hands to `markText`. */
interface MarkInstance {
  markRegExp(pattern: RegExp, options: Record<string, unknown>): void;
}

interface PagefindHighlighter {
  markOptions: Record<string, unknown>;
  markText(instance: MarkInstance, terms: string[]): void;
}

type PagefindHighlightClass = new (options: Record<string, unknown>) => PagefindHighlighter;

/** The bar that says what is marked and clears the marks (SearchHighlight.astro). */
export interface HighlightBar {
  bar: HTMLElement;
  text: HTMLElement;
  clear: HTMLElement;
}

/** Marks the URL's words in the page and shows the bar; its button's listener goes with `signal`. */
export async function highlightSearchTerms({ bar, text, clear }: HighlightBar, signal: AbortSignal): Promise<void> {
  const terms = readHighlightTerms(location.search);
  const pattern = highlightPattern(terms);
  if (!pattern) return;

  const url = href(import.meta.env.BASE_URL, files.pagefindHighlight);
  const [{ default: PagefindHighlight }] = await Promise.all([
    import(/* @vite-ignore */ url) as Promise<{ default: PagefindHighlightClass }>,
    loadStylesheet(landingCss),
  ]);

  // Pagefind marks each word anywhere inside other words ("lora" in "exploration"); the index
  // matches words by their start, so the marks follow the same rule.
  class WordStartHighlight extends PagefindHighlight {
    override markText(instance: MarkInstance) {
      instance.markRegExp(pattern!, { ...this.markOptions, acrossElements: false });
    }
  }
  new WordStartHighlight({
    highlightParam: HIGHLIGHT_PARAM,
    // No inline <style>: the page's CSP forbids it, and search-landing.css styles the marks.
    addStyles: false,
    markContext: null,
    markOptions: {
      className: MARK_CLASS,
      exclude: [selector(NOT_CONTENT), `${selector(NOT_CONTENT)} *`],
    },
  });

  text.textContent = highlightNote(document.querySelectorAll(`mark.${MARK_CLASS}`).length, terms);
  bar.hidden = false;
  clear.addEventListener(
    "click",
    () => {
      clearMarks();
      history.replaceState(
        history.state,
        "",
        `${location.pathname}${withoutHighlight(location.search)}${location.hash}`,
      );
      bar.hidden = true;
      // The button is gone: put focus back where reading continues, without jumping.
      document.getElementById("main")?.focus({ preventScroll: true });
    },
    { signal },
  );
}

function clearMarks(): void {
  for (const mark of document.querySelectorAll(`mark.${MARK_CLASS}`)) {
    const parent = mark.parentNode;
    if (!parent) continue;
    mark.replaceWith(...mark.childNodes);
    parent.normalize();
  }
}
