// Shared fixtures for the end-to-end tests. Import `test` and `expect` from here, not from
// @playwright/test:
//
//   import { test, expect, questionSlugs } from "./fixtures.ts";
//   test("opens a question", async ({ site, page }) => {
//     await site.goto(`/questions/${questionSlugs[0]}/`);   // honours BASE_PATH
//   });
//
// Every test fails if the page logged a console error or threw an uncaught exception.
// To allow that: `test.use({ allowConsoleErrors: true })` for a file or describe block, or
// `consoleErrors.allow(/pattern/)` (or `.allow()` for everything) inside a single test.
//
// Every test also fails on any Content-Security-Policy violation (reported by a `securitypolicyviolation`
// listener in every page, whatever allowConsoleErrors says) and on any request that leaves the site's
// origin (fonts, images and scripts are all self-hosted; `data:` and `blob:` URLs stay local).
import { test as base, expect, type Page, type Request, type Response } from "@playwright/test";

/** The eight questions, in reading order. */
export const questionSlugs = [
  "genai-project-end-to-end",
  "marketing-content-generation",
  "prompt-engineering-in-production",
  "evaluation-and-monitoring",
  "fine-tuning-experience",
  "cost-optimization",
  "deployment-challenges",
  "staying-current",
] as const;

/** A small page object for the site under its base path. */
export interface Site {
  /** The site's root URL, with the base path and a trailing slash: `http://127.0.0.1:4321/handbook/`. */
  readonly baseURL: string;
  /** Absolute URL of a site path: `url("/questions/x/")` → `http://127.0.0.1:4321/handbook/questions/x/`. */
  url(path?: string): string;
  /** Path part of `url()`: `path("/questions/x/")` → `/handbook/questions/x/`. For comparing links. */
  path(path?: string): string;
  /** Navigates to a site path (leading slash optional; `#hash` and `?query` kept). */
  goto(path?: string, options?: Parameters<Page["goto"]>[1]): Promise<Response | null>;
}

/** One console error, uncaught page error, CSP violation or request to another origin. */
interface PageProblem {
  kind: "console" | "pageerror" | "csp" | "offsite";
  text: string;
  url: string;
}

interface ConsoleErrors {
  /** Problems seen so far in this test (all pages of the context). */
  readonly problems: readonly PageProblem[];
  /** Stops matching problems (or, with no pattern, all of them) from failing this test. */
  allow(pattern?: RegExp | string): void;
}

type Options = {
  /** `true` to let console and page errors pass, or patterns of the ones that may. */
  allowConsoleErrors: boolean | readonly (RegExp | string)[];
};

type Fixtures = {
  site: Site;
  consoleErrors: ConsoleErrors;
  /** CSP violations and requests to other origins seen in this test; any fails it unless allowed. */
  lockdown: {
    readonly problems: readonly PageProblem[];
    /** Lets matching problems pass: for a test that provokes a violation on purpose. */
    allow(pattern: RegExp | string): void;
  };
};

/** Prefix of the console line the CSP listener writes; the fixture sorts these out of ordinary errors. */
const CSP_MARK = "[csp-violation]";

function matches(pattern: RegExp | string, text: string): boolean {
  return typeof pattern === "string" ? text.includes(pattern) : pattern.test(text);
}

export const test = base.extend<Options & Fixtures>({
  allowConsoleErrors: [false, { option: true }],

  site: async ({ page, baseURL }, use) => {
    const root = new URL(baseURL ?? "http://127.0.0.1:4321/");
    if (!root.pathname.endsWith("/")) root.pathname += "/";
    const url = (path = "") => new URL(path.replace(/^\/+/, ""), root).href;
    await use({
      baseURL: root.href,
      url,
      path: (path = "") => {
        const u = new URL(url(path));
        return `${u.pathname}${u.search}${u.hash}`;
      },
      goto: (path = "", options) => page.goto(url(path), options),
    });
  },

  consoleErrors: [
    async ({ context, allowConsoleErrors }, use, testInfo) => {
      const problems: PageProblem[] = [];
      const allowed: (RegExp | string)[] = [];
      let allowAll = allowConsoleErrors === true;
      if (Array.isArray(allowConsoleErrors)) allowed.push(...allowConsoleErrors);

      const watch = (page: Page) => {
        page.on("console", (message) => {
          if (message.type() !== "error" || message.text().startsWith(CSP_MARK)) return;
          const { url, lineNumber } = message.location();
          problems.push({ kind: "console", text: message.text(), url: url ? `${url}:${lineNumber}` : page.url() });
        });
        page.on("pageerror", (error) => {
          problems.push({ kind: "pageerror", text: error.stack ?? String(error), url: page.url() });
        });
      };
      context.pages().forEach(watch);
      context.on("page", watch);

      await use({
        get problems() {
          return problems;
        },
        allow(pattern) {
          if (pattern === undefined) allowAll = true;
          else allowed.push(pattern);
        },
      });

      context.off("page", watch);
      if (allowAll) return;
      const unexpected = problems.filter((p) => !allowed.some((pattern) => matches(pattern, p.text)));
      if (unexpected.length > 0) {
        await testInfo.attach("console-errors", {
          body: JSON.stringify(unexpected, null, 2),
          contentType: "application/json",
        });
      }
      expect(
        unexpected.map((p) => `${p.kind}: ${p.text} (${p.url})`),
        "console errors or uncaught page errors (allow with consoleErrors.allow() or test.use({ allowConsoleErrors }))",
      ).toEqual([]);
    },
    { auto: true },
  ],

  lockdown: [
    async ({ context, baseURL }, use, testInfo) => {
      const origin = new URL(baseURL ?? "http://127.0.0.1:4321/").origin;
      const problems: PageProblem[] = [];
      const allowed: (RegExp | string)[] = [];
      // Runs in every page and frame before the site's own scripts.
      await context.addInitScript((mark: string) => {
        addEventListener("securitypolicyviolation", (event) => {
          console.error(
            `${mark} ${event.effectiveDirective} blocked ${event.blockedURI || "inline"} in ${event.sourceFile || location.href}:${event.lineNumber} (${event.sample || "no sample"})`,
          );
        });
      }, CSP_MARK);
      const watch = (page: Page) => {
        page.on("console", (message) => {
          if (message.text().startsWith(CSP_MARK))
            problems.push({ kind: "csp", text: message.text(), url: page.url() });
        });
      };
      context.pages().forEach(watch);
      context.on("page", watch);
      const onRequest = (request: Request) => {
        const url = new URL(request.url());
        if (url.protocol === "data:" || url.protocol === "blob:" || url.origin === origin) return;
        let from = "";
        try {
          from = request.frame().url();
        } catch {
          // Service-worker requests have no frame.
        }
        problems.push({
          kind: "offsite",
          text: `${request.method()} ${request.url()} (${request.resourceType()})`,
          url: from,
        });
      };
      context.on("request", onRequest);

      await use({
        get problems() {
          return problems;
        },
        allow(pattern) {
          allowed.push(pattern);
        },
      });

      context.off("page", watch);
      context.off("request", onRequest);
      const unexpected = problems.filter((p) => !allowed.some((pattern) => matches(pattern, p.text)));
      if (unexpected.length > 0) {
        await testInfo.attach("lockdown", {
          body: JSON.stringify(unexpected, null, 2),
          contentType: "application/json",
        });
      }
      expect(
        unexpected.map((p) => `${p.kind}: ${p.text} (${p.url})`),
        "Content-Security-Policy violations or requests leaving the site's origin",
      ).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
