// What the cross-engine checks need from a browser, implemented once per engine: Firefox through puppeteer-core
// over WebDriver BiDi (firefox.ts), WebKitGTK through selenium-webdriver and WebKitWebDriver (webkit.ts).
// The checks (checks/*.ts) see only this interface, so each runs the same way in both engines.

export type EngineName = "firefox" | "webkit";

/** A function run in the page; its arguments and result cross the wire as JSON. */
export type PageFunction<A extends unknown[], R> = (...args: A) => R | Promise<R>;

export interface Driver {
  readonly engine: EngineName;
  /** Browser name and version as the browser reports it: `firefox 153.8.0`, `MiniBrowser 2.50.6`. */
  readonly version: string;
  /** The site's root, base path included, with a trailing slash. */
  readonly baseURL: string;
  /** Opens a site path (relative to the base path; `?query` and `#hash` kept) and waits for its load event. */
  goto(path: string): Promise<void>;
  reload(): Promise<void>;
  /** The current URL. */
  url(): Promise<string>;
  /** Sets the page's layout viewport (innerWidth x innerHeight), waiting until the page has it. */
  setViewport(width: number, height: number): Promise<void>;
  evaluate<A extends unknown[], R>(fn: PageFunction<A, R>, ...args: A): Promise<Awaited<R>>;
  /** Runs a script's source in the page through the automation channel (the page's policy does not apply). */
  inject(source: string): Promise<void>;
  /**
   * Clicks the first element matching a CSS selector the way a pointer would, once it can take the click
   * (see actionable()), after scrolling it into view at once.
   */
  click(selector: string): Promise<void>;
  /** Presses a key or chord on the focused element: `"/"`, `"Escape"`, `"ArrowDown"`, `"Control+k"`, `"Control+v"`. */
  press(key: string): Promise<void>;
  /** Types text into the focused element, key by key. */
  type(text: string): Promise<void>;
  /** Picks an option of the `<select>` matching the selector, by value. */
  select(selector: string, value: string): Promise<void>;
  /** Writes a PNG of the viewport. */
  screenshot(file: string): Promise<void>;
  /**
   * Console errors, uncaught exceptions and Content-Security-Policy violations seen since the last call (the
   * problems list is emptied). In WebKit, load-time console messages are not visible here (see webkit.ts).
   */
  problems(): Promise<string[]>;
  close(): Promise<void>;
}

/** How long one call to the browser may take before the suite says which call it was, rather than time out blind. */
const CALL_TIMEOUT = 30_000;

/**
 * The driver with every call bounded by CALL_TIMEOUT: a call that gets no answer fails naming the engine, the call
 * and its first argument, instead of leaving the test to time out with no clue.
 */
export function bounded(driver: Driver): Driver {
  return new Proxy(driver, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (typeof value !== "function") return value;
      return async (...args: unknown[]) => {
        const what = `${target.engine}: ${String(key)}(${typeof args[0] === "string" ? JSON.stringify(args[0].slice(0, 80)) : ""})`;
        let timer: ReturnType<typeof setTimeout> | undefined;
        const limit = new Promise<never>((_, reject) => {
          timer = setTimeout(
            () => reject(new Error(`${what} got no answer in ${CALL_TIMEOUT / 1000} s`)),
            CALL_TIMEOUT,
          );
        });
        try {
          return await Promise.race([Promise.resolve(value.apply(target, args)), limit]);
        } finally {
          clearTimeout(timer);
        }
      };
    },
  });
}

/** Splits `"Control+k"` into modifiers and the key; a lone `"+"` is the plus key. */
export function parseChord(chord: string): { modifiers: string[]; key: string } {
  // The key is what follows the last "+" that is not itself the last character.
  const cut = chord.lastIndexOf("+", chord.length - 2);
  if (cut <= 0) return { modifiers: [], key: chord };
  return { modifiers: chord.slice(0, cut).split("+"), key: chord.slice(cut + 1) };
}

/**
 * Waits until `fn` returns a truthy value in the page, polling each animation frame inside the page (so a check
 * costs no round trip), and across navigations from this side. A check that throws counts as not yet. Fails
 * after `timeout` ms naming `what` and the last value seen.
 */
export async function waitFor<A extends unknown[], R>(
  driver: Driver,
  what: string,
  fn: PageFunction<A, R>,
  args: A,
  timeout = 15_000,
): Promise<Awaited<R>> {
  // The check is spliced into the waiting function here, in Node: the page's policy forbids eval there.
  const poll = new Function(`return (argv, within) => new Promise((resolve) => {
    const check = ${fn.toString()};
    const end = performance.now() + within;
    const step = () => {
      let value;
      try { value = check(...argv); } catch (error) { value = "threw " + String(error); return performance.now() > end ? resolve({ ok: false, value }) : requestAnimationFrame(step); }
      if (value) return resolve({ ok: true, value });
      if (performance.now() > end) return resolve({ ok: false, value });
      requestAnimationFrame(step);
    };
    step();
  })`)() as PageFunction<[unknown[], number], { ok: boolean; value: unknown }>;
  const deadline = Date.now() + timeout;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      // At most a second in the page, then a look from here: a navigation ends the in-page wait early.
      const within = Math.min(1000, Math.max(0, deadline - Date.now()));
      // A look that gets no answer (the page is being replaced) is given up after a while, and taken again.
      const result = await Promise.race([
        driver.evaluate(poll, args as unknown[], within),
        new Promise<never>((_, reject) =>
          setTimeout(() => reject(new Error("no answer from the page")), within + 5000),
        ),
      ]);
      if (result.ok) return result.value as Awaited<R>;
      last = result.value;
    } catch (error) {
      last = `page changed while waiting (${error instanceof Error ? error.message.split("\n")[0] : String(error)})`;
    }
  }
  throw new Error(`timed out after ${timeout} ms waiting for ${what} (last seen: ${JSON.stringify(last)})`);
}

/**
 * Waits until the first element matching `selector` can take a click, as Playwright's actionability checks do:
 * it exists, is rendered (has a box, is not visibility: hidden) and is not disabled. A control the page's script
 * shows or enables once it is wired (a code block's Copy button) is clicked only then, however busy the machine.
 */
export function actionable(driver: Driver, selector: string): Promise<unknown> {
  return waitFor(
    driver,
    `${selector} shown and enabled`,
    (sel: string) => {
      const element = document.querySelector(sel);
      if (!element) return false;
      // An <option> has no box of its own: its <select> is what is shown.
      const shown = element.closest("select") ?? element;
      return (
        shown.getClientRects().length > 0 &&
        getComputedStyle(shown).visibility !== "hidden" &&
        !element.matches(":disabled") &&
        !shown.matches(":disabled")
      );
    },
    [selector],
  );
}
