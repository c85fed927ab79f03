// Firefox ESR through puppeteer-core over WebDriver BiDi, headless. A preload script (run before the page's own
// scripts) reports Content-Security-Policy violations; BiDi's log events bring console errors and uncaught
// exceptions, from the first line of every page.

import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { type Driver, type PageFunction, parseChord } from "./driver.ts";
import { DIRECT_HOSTS } from "./network.ts";

const CSP_MARK = "[csp-violation]";

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
  };
}

export async function launchFirefox({ executablePath, baseURL, proxyPort }: { executablePath: string; baseURL: string; proxyPort: number }): Promise<Driver> {
  const browser: Browser = await puppeteer.launch({
    browser: "firefox",
    executablePath,
    headless: true,
    extraPrefsFirefox: firefoxPrefs(proxyPort),
    defaultViewport: { width: 1280, height: 800 },
  });
  const problems: string[] = [];
  let viewport = { width: 1280, height: 800 };

  /** A tab that reports what its pages log, throw and violate, from each page's first script on. */
  const openTab = async (): Promise<Page> => {
    const tab = await browser.newPage();
    await tab.setViewport(viewport);
    tab.on("console", (message) => {
      if (message.type() !== "error") return;
      const where = message.location().url;
      problems.push(`${message.text().startsWith(CSP_MARK) ? "csp" : "console"}: ${message.text()}${where ? ` (at ${where})` : ""}`);
    });
    tab.on("pageerror", (error) => {
      problems.push(`pageerror: ${error instanceof Error ? error.message : String(error)} (on ${tab.url()})`);
    });
    await tab.evaluateOnNewDocument((mark: string) => {
      addEventListener("securitypolicyviolation", (event) => {
        console.error(`${mark} ${event.effectiveDirective} blocked ${event.blockedURI || "inline"} in ${event.sourceFile || location.href}:${event.lineNumber}`);
      });
    }, CSP_MARK);
    await tab.bringToFront();
    return tab;
  };

  for (const blank of await browser.pages()) await blank.close();
  let page = await openTab();
  const version = await browser.version();

  return {
    engine: "firefox",
    version: version.replace("/", " "),
    baseURL,
    async goto(path) {
      // Each page in a fresh tab, the last one closed without being navigated away from: Firefox rejects the
      // fetches of a page it leaves while they run, and the page would log that (the search page starts its
      // engine after load). Closing a tab ends its scripts; what a page did until then has been reported.
      const previous = page;
      page = await openTab();
      previous.removeAllListeners();
      await previous.close();
      await page.goto(new URL(path.replace(/^\/+/, ""), baseURL).href, { waitUntil: "load" });
    },
    async reload() {
      await page.reload({ waitUntil: "load" });
    },
    async url() {
      return page.url();
    },
    async setViewport(width, height) {
      viewport = { width, height };
      await page.setViewport(viewport);
    },
    evaluate<A extends unknown[], R>(fn: PageFunction<A, R>, ...args: A) {
      return page.evaluate(fn as (...a: unknown[]) => R, ...args) as Promise<Awaited<R>>;
    },
    async inject(source) {
      await page.evaluate(`${source}\n;undefined`);
    },
    async click(selector) {
      const element = await page.$(selector);
      if (!element) throw new Error(`no element matches ${selector} on ${page.url()}`);
      await element.evaluate((el) => el.scrollIntoView({ block: "center", behavior: "instant" }));
      await element.click();
    },
    async press(chord) {
      const { modifiers, key } = parseChord(chord);
      for (const modifier of modifiers) await page.keyboard.down(modifier as "Control");
      await page.keyboard.press(key as "Enter");
      for (const modifier of modifiers.reverse()) await page.keyboard.up(modifier as "Control");
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
}
