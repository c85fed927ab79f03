// Firefox ESR through puppeteer-core over WebDriver BiDi, headless, one tab. A preload script (run before the
// page's own scripts) reports Content-Security-Policy violations; BiDi's log events bring console errors and
// uncaught exceptions, from the first line of every page.

import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { actionable, type Driver, type PageFunction, parseChord } from "./driver.ts";
import { DIRECT_HOSTS } from "./network.ts";

const CSP_MARK = "[csp-violation]";
/** Logged by the preload script as each document's first line. */
const DOCUMENT_MARK = "[engines] document";

/** Firefox preferences on top of puppeteer's own: every request to another host goes to the proxy sink. */
function firefoxPrefs(proxyPort: number): Record<string, unknown> {
  return {
    "network.proxy.type": 1,
    "network.proxy.http": "127.0.0.1",
    "network.proxy.http_port": proxyPort,
    "network.proxy.ssl": "127.0.0.1",
    "network.proxy.ssl_port": proxyPort,
    // Loopback stays direct (Firefox's default, written down because the suite relies on it).
    "network.proxy.allow_hijacking_localhost": false,
    "network.proxy.no_proxies_on": DIRECT_HOSTS.join(","),
    "network.dns.disablePrefetch": true,
    "network.prefetch-next": false,
    "network.captive-portal-service.enabled": false,
    "network.connectivity-service.enabled": false,
    // No service worker, as in the Chromium suite (tests/playwright.config.ts): each page is checked as a first
    // visit. A worker taking over the tab would also answer the fetches the suite cuts short when it leaves a
    // page, and Firefox reports each such cut as the worker's error. Offline reading is tested in
    // tests/e2e/offline.spec.ts.
    "dom.serviceWorkers.enabled": false,
  };
}

export async function launchFirefox({
  executablePath,
  baseURL,
  proxyPort,
}: {
  executablePath: string;
  baseURL: string;
  proxyPort: number;
}): Promise<Driver> {
  const browser: Browser = await puppeteer.launch({
    browser: "firefox",
    executablePath,
    headless: true,
    extraPrefsFirefox: firefoxPrefs(proxyPort),
    defaultViewport: { width: 1280, height: 800 },
  });
  const problems: string[] = [];
  // Between the suite starting a navigation and the next document's first script: the page being left. Firefox
  // rejects the fetches of a page it leaves while they run, and the page logs that (the search page starts its
  // engine after load); that is the leaving's doing, not the page's, so it is not kept. The preload script's
  // first line says when the next document begins; BiDi delivers the tab's events in order.
  let leaving = false;
  // A tab of our own: headless Firefox never gives the window's first tab focus (document.hasFocus() stays false
  // and keys reach nothing), a tab opened after it has it.
  const page: Page = await browser.newPage();
  for (const first of (await browser.pages()).filter((p) => p !== page)) await first.close();
  page.on("console", (message) => {
    if (message.text() === DOCUMENT_MARK) {
      leaving = false;
      return;
    }
    if (leaving || message.type() !== "error") return;
    const where = message.location().url;
    problems.push(
      `${message.text().startsWith(CSP_MARK) ? "csp" : "console"}: ${message.text()}${where ? ` (at ${where})` : ""}`,
    );
  });
  page.on("pageerror", (error) => {
    if (leaving) return;
    problems.push(`pageerror: ${error instanceof Error ? error.message : String(error)} (on ${page.url()})`);
  });
  await page.evaluateOnNewDocument(
    (mark: string, documentMark: string) => {
      console.debug(documentMark);
      addEventListener("securitypolicyviolation", (event) => {
        console.error(
          `${mark} ${event.effectiveDirective} blocked ${event.blockedURI || "inline"} in ${event.sourceFile || location.href}:${event.lineNumber}`,
        );
      });
    },
    CSP_MARK,
    DOCUMENT_MARK,
  );
  /**
   * Stops the page before the suite navigates away: a navigation the page has scheduled itself (a short link's meta
   * refresh) would otherwise interrupt the suite's.
   */
  const stopPage = () => page.evaluate(() => window.stop()).catch(() => {});
  const version = await browser.version();

  const driver: Driver = {
    engine: "firefox",
    version: version.replace("/", " "),
    baseURL,
    async goto(path) {
      leaving = true;
      await stopPage();
      await page.goto(new URL(path.replace(/^\/+/, ""), baseURL).href, { waitUntil: "load" });
    },
    async reload() {
      leaving = true;
      await stopPage();
      await page.reload({ waitUntil: "load" });
    },
    async url() {
      return page.url();
    },
    async setViewport(width, height) {
      await page.setViewport({ width, height });
    },
    evaluate<A extends unknown[], R>(fn: PageFunction<A, R>, ...args: A) {
      return page.evaluate(fn as (...a: unknown[]) => R, ...args) as Promise<Awaited<R>>;
    },
    async inject(source) {
      await page.evaluate(`${source}\n;undefined`);
    },
    async click(selector) {
      await actionable(driver, selector);
      const element = await page.$(selector);
      if (!element) throw new Error(`no element matches ${selector} on ${page.url()}`);
      await element.evaluate((el) => el.scrollIntoView({ block: "center", behavior: "instant" }));
      await element.click();
    },
    async press(chord) {
      const { modifiers, key } = parseChord(chord);
      for (const modifier of modifiers) await page.keyboard.down(modifier as "Control");
      await page.keyboard.press(key as "Enter");
      for (const modifier of [...modifiers].reverse()) await page.keyboard.up(modifier as "Control");
    },
    async type(text) {
      await page.keyboard.type(text);
    },
    async select(selector, value) {
      await page.select(selector, value);
    },
    async screenshot(file) {
      await page.screenshot({ path: file as `${string}.png` });
    },
    async problems() {
      return problems.splice(0);
    },
    async close() {
      await browser.close();
    },
  };
  return driver;
}
