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
import { test as base, expect, type Page, type Response } from "@playwright/test";

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

export type QuestionSlug = (typeof questionSlugs)[number];

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

/** One console error or uncaught page error. */
export interface PageProblem {
  kind: "console" | "pageerror";
  text: string;
  url: string;
}

export interface ConsoleErrors {
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
};

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
          if (message.type() !== "error") return;
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
});

export { expect };
