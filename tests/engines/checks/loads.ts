// Every page of the build loads without a console error, an uncaught exception or a Content-Security-Policy
// violation. Firefox: each page opened in the session, its problems seen through BiDi from the first line. WebKit:
// each page opened by the normal MiniBrowser run (webkit.ts), its stderr read; WebKitGTK's known engine message
// (webkit-console.ts) is told apart and does not fail a page, any other error does. The canary page shows first
// that this capture works in the engine at hand.

import { describe, expect, it } from "vitest";
import { CANARY, CANARY_IMAGE, CANARY_PATH } from "../canary.ts";
import type { EngineContext } from "../suite.ts";
import { KNOWN_WEBKIT_MESSAGES, type PageMessages } from "../webkit-console.ts";
import { settled } from "./site.ts";

/** The WebKit load run takes a while on a busy machine; the first check waits for all of it. */
const LOAD_RUN_TIMEOUT = 250_000;

/**
 * The session's problems until each of `needles` is among them (they reach the test through the browser's events,
 * which may trail the page by a moment), or 10 s have passed. Takes them out of the session, so the check after
 * the test sees none.
 */
async function problemsUntil({ driver }: EngineContext, needles: readonly string[]): Promise<string[]> {
  const seen: string[] = [];
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    seen.push(...(await driver.problems()));
    if (needles.every((n) => seen.some((p) => p.includes(n)))) break;
    await settled(driver);
  }
  return seen;
}

export function loadChecks(context: EngineContext): void {
  const webkitPage = async (path: string): Promise<PageMessages> => {
    const pages = await context.webkitLoads;
    if (!pages) throw new Error("no WebKit load run");
    const page = pages.find((p) => p.path === path);
    if (!page)
      throw new Error(`the WebKit load run did not reach ${path} (it reached ${pages.map((p) => p.path).join(", ")})`);
    return page;
  };

  describe("page loads", () => {
    it(
      "the canary page's console error, uncaught exception and policy violation at load are all caught",
      async () => {
        const { driver, engine } = context;
        let problems: string[];
        if (engine === "webkit") {
          const canary = await webkitPage(CANARY_PATH);
          problems = canary.errors;
          // Its policy names manifest-src: WebKitGTK's known message is seen, and told apart from the errors.
          expect(canary.known).toEqual(KNOWN_WEBKIT_MESSAGES.map((k) => `${k.source} ${k.level} ${k.text}`));
        } else {
          await driver.goto(new URL(CANARY_PATH, driver.baseURL).href);
          problems = await problemsUntil(context, [
            `${CANARY} console.error at load`,
            `${CANARY} uncaught at load`,
            CANARY_IMAGE,
          ]);
        }
        const text = problems.join("\n");
        expect(text, "the console error").toContain(`${CANARY} console.error at load`);
        expect(text, "the uncaught exception").toContain(`${CANARY} uncaught at load`);
        expect(text, "the policy violation").toContain(CANARY_IMAGE);
      },
      LOAD_RUN_TIMEOUT,
    );

    it("errors after load are caught too: a console error, an uncaught exception, a policy violation", async () => {
      const { driver } = context;
      await driver.goto("");
      // Resolves once all three have happened in the page.
      await driver.evaluate(
        (mark: string, image: string) =>
          new Promise<void>((resolve) => {
            let pending = 2;
            const done = () => --pending === 0 && resolve();
            addEventListener("securitypolicyviolation", done, { once: true });
            console.error(`${mark} console.error later`);
            setTimeout(() => {
              setTimeout(done);
              throw new Error(`${mark} uncaught later`);
            });
            new Image().src = image;
          }),
        CANARY,
        CANARY_IMAGE,
      );
      const seen = await problemsUntil(context, [
        `${CANARY} console.error later`,
        `${CANARY} uncaught later`,
        CANARY_IMAGE,
      ]);
      const text = seen.join("\n");
      expect(text, "the console error").toContain(`${CANARY} console.error later`);
      expect(text, "the uncaught exception").toContain(`${CANARY} uncaught later`);
      expect(text, "the policy violation").toContain(CANARY_IMAGE);
    });

    for (const { path } of context.pages) {
      it(
        `/${path} loads without console errors or policy violations`,
        async () => {
          const { driver, engine } = context;
          if (engine === "webkit") {
            const page = await webkitPage(new URL(path, driver.baseURL).pathname);
            expect(page.errors, `console errors of /${path} in WebKitGTK`).toEqual([]);
            for (const message of page.leaving)
              console.log(
                `[engines] webkit: /${path} while being left right after load (not a load error): ${message}`,
              );
          } else {
            await driver.goto(path);
          }
          // The session's own view of the page (after load) is checked after each test.
        },
        LOAD_RUN_TIMEOUT,
      );
    }
  });
}
