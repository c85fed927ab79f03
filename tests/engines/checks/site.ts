// Page actions the checks share, written once for both engines: the site's parts are found through the data
// attributes its features expose (data-search-open, data-search-status, …), as the Chromium suite finds them by role.

import { type Driver, waitFor } from "../driver.ts";

/** Whether the header's search button is shown and opens the dialog (on the search page it goes to the page's field). */
export function searchOpensDialog(driver: Driver): Promise<boolean> {
  return driver.evaluate(() => {
    const button = document.querySelector<HTMLElement>("[data-search-open]");
    return Boolean(
      button && !button.hidden && button.offsetParent !== null && !document.querySelector("[data-search-page]"),
    );
  });
}

/** Waits until the search status of `scope` (a selector) says it shows results for `query`. */
export function searchResultsFor(driver: Driver, scope: string, query: string): Promise<string> {
  return waitFor(
    driver,
    `results for “${query}” in ${scope}`,
    (sel: string, q: string) => {
      const status = document.querySelector(`${sel} [data-search-status]`)?.textContent ?? "";
      return status.includes(`“${q}”`) && document.querySelector(`${sel} [data-search-results] a`) !== null
        ? status
        : "";
    },
    [scope, query],
  );
}

/** Opens the search dialog with a click on the header's button and waits until its field has focus. */
export async function openSearchDialog(driver: Driver): Promise<void> {
  await driver.click("[data-search-open]");
  await waitFor(
    driver,
    "the search dialog open with its field focused",
    () => document.activeElement?.matches("dialog[open] [data-search-input]") ?? false,
    [],
  );
}

/** Closes the search dialog with Escape and waits until it is closed. */
export async function closeSearchDialog(driver: Driver): Promise<void> {
  await driver.press("Escape");
  await waitFor(driver, "the search dialog closed", () => document.querySelector("dialog[open]") === null, []);
}

/**
 * Waits until the element matching `selector` has focus; on a timeout the error names what had it instead
 * (tag, id, classes and data attributes of the active element, and whether the document had focus).
 */
export async function focusOn(driver: Driver, selector: string, what: string): Promise<void> {
  try {
    await waitFor(
      driver,
      what,
      (sel: string) => {
        const active = document.activeElement;
        if (active?.matches(sel)) return true;
        const attrs = active ? [...active.attributes].map((a) => `${a.name}="${a.value.slice(0, 40)}"`).join(" ") : "";
        (window as unknown as { __enginesFocus?: string }).__enginesFocus =
          `<${active?.localName ?? "none"} ${attrs}> (document focused: ${document.hasFocus()}, ` +
          `open dialogs: ${document.querySelectorAll("dialog[open]").length}, ${location.pathname})`;
        return false;
      },
      [selector],
    );
  } catch (error) {
    const seen = await driver
      .evaluate(() => (window as unknown as { __enginesFocus?: string }).__enginesFocus ?? "nothing recorded")
      .catch(() => "the page did not answer");
    throw new Error(`${error instanceof Error ? error.message : String(error)}; focus was on ${seen}`, {
      cause: error,
    });
  }
}

/** Waits for two animation frames: style and layout have followed a change (viewport, attribute). */
export function settled(driver: Driver): Promise<unknown> {
  return driver.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}
