// Locked down: every built page carries a strict Content-Security-Policy first in its <head>, hashes every
// inline script and style it has, loads nothing from another origin, and the interactive parts (search,
// copy, theme, toggles) work under it. The fixture fails any test on a CSP violation or a request that leaves
// the site's origin, so every spec that visits a page checks this too.
import { readFileSync } from "node:fs";
import { cspHash, cspOfHtml, cspProblems, effectiveSources, parseCsp } from "../../src/lib/csp.ts";
import { inlineCodeOf } from "../../src/lib/page-safety.ts";
import { builtPages, builtSiteDir, pageKind } from "../helpers/site-pages.mjs";
import { openDialog, resultLinks, searchTrigger } from "../helpers/a11y.ts";
import { expect, test } from "./fixtures.ts";

const pages = builtPages(builtSiteDir());
const question = pages.find((p) => pageKind(p.path) === "question");

test(
  "every built page has a strict policy, first in <head>, covering all its inline code",
  { tag: "@base-path" },
  () => {
    const problems: string[] = [];
    for (const { path, file } of pages) {
      const html = readFileSync(file, "utf8");
      const policy = cspOfHtml(html);
      if (policy === undefined) {
        problems.push(`/${path}: no Content-Security-Policy <meta>`);
        continue;
      }
      problems.push(...cspProblems(policy).map((p) => `/${path}: ${p}`));
      const head = html.slice(0, html.search(/<\/head>/i));
      const firstActive = head.search(/<(script|style|link)\b/i);
      const meta = head.search(/<meta[^>]+content-security-policy/i);
      if (firstActive >= 0 && meta > firstActive)
        problems.push(`/${path}: the policy comes after a script, style or link, which it then does not govern`);
      const parsed = parseCsp(policy);
      const { scripts, styles } = inlineCodeOf(html);
      const scriptSources = new Set(effectiveSources(parsed, "script-src-elem"));
      const styleSources = new Set(effectiveSources(parsed, "style-src-elem"));
      for (const code of scripts)
        if (!scriptSources.has(cspHash(code)))
          problems.push(`/${path}: inline script not hashed: ${code.trim().slice(0, 60)}`);
      for (const code of styles)
        if (!styleSources.has(cspHash(code)))
          problems.push(`/${path}: inline <style> not hashed: ${code.trim().slice(0, 60)}`);
      // style-src has no 'unsafe-inline', so a style attribute would be refused; none may be written.
      for (const [tag] of html.matchAll(/<[a-z][\w-]*\s[^>]*>/gi)) {
        if (/\sstyle\s*=/i.test(tag)) problems.push(`/${path}: style attribute in ${tag.slice(0, 80)}`);
        if (/\son[a-z]+\s*=/i.test(tag)) problems.push(`/${path}: inline event handler in ${tag.slice(0, 80)}`);
      }
      // Resources load from this site only (links to other sites are fine; loading from them is not).
      for (const m of html.matchAll(/<(script|img|source|iframe|link|video|audio|embed|object)\b[^>]*>/gi)) {
        const tag = m[0];
        if (
          /^<link/i.test(tag) &&
          !/\srel\s*=\s*["']?(stylesheet|preload|modulepreload|icon|apple-touch-icon|manifest|prefetch|preconnect|dns-prefetch)\b/i.test(
            tag,
          )
        )
          continue;
        for (const attr of tag.matchAll(/\s(src|href|srcset|data|poster)\s*=\s*["']([^"']*)["']/gi)) {
          if (/^(https?:)?\/\//i.test(attr[2] ?? ""))
            problems.push(`/${path}: ${attr[1]} loads from another origin: ${tag.slice(0, 100)}`);
        }
      }
    }
    expect(problems).toEqual([]);
  },
);

test("the policy is enforced: an injected inline script does not run", async ({
  site,
  page,
  lockdown,
  consoleErrors,
}) => {
  lockdown.allow(/script-src/);
  consoleErrors.allow(/Content Security Policy/);
  await site.goto(question?.path ?? "");
  const ran = await page.evaluate(() => {
    const script = document.createElement("script");
    script.textContent = "window.__injected = true";
    document.head.append(script);
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
  await expect.poll(() => lockdown.problems.some((p) => p.kind === "csp")).toBe(true);
});

test("theme choice, code copy and search all work under the policy", async ({ site, page }) => {
  test.skip(!question, "the build has no question page");
  await page.emulateMedia({ colorScheme: "light" });
  await site.goto(question!.path);

  const theme = page.getByRole("combobox", { name: "Theme" });
  await theme.selectOption("dark");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await theme.selectOption("auto");

  // Every question has code and the header's search: both must work, not be skipped when missing.
  const copy = page.getByRole("button", { name: /^copy .*code/i }).first();
  await copy.click();
  const code = (await page.locator(".code-block pre code").first().textContent()) ?? "";
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(code);

  const trigger = await searchTrigger(page);
  expect(trigger, "the header's search button").not.toBeNull();
  await trigger!.click();
  const dialog = openDialog(page);
  await dialog.getByRole("searchbox").fill("fine-tuning");
  await expect(resultLinks(dialog).first()).toBeVisible({ timeout: 15_000 });
  await page.keyboard.press("Escape");
});

test("the search page finds results under the policy", { tag: "@base-path" }, async ({ site, page }) => {
  const searchPage = pages.find((p) => pageKind(p.path) === "search");
  test.skip(!searchPage, "the build has no search page");
  await site.goto(searchPage!.path);
  const box = page.getByRole("main").getByRole("searchbox");
  await box.fill("caching");
  await expect(page.getByRole("main").getByRole("list").getByRole("link").first()).toBeVisible({ timeout: 15_000 });
});

test("every toggle on a question page can be switched on and off under the policy", async ({ site, page }) => {
  test.skip(!question, "the build has no question page");
  await site.goto(question!.path);
  // Widgets found by role: buttons that say they toggle something. Clicked twice, back to where they were.
  const toggles = page.getByRole("main").locator("button[aria-pressed], button[aria-expanded]");
  const count = await toggles.count();
  for (let i = 0; i < count; i++) {
    const toggle = toggles.nth(i);
    if (!(await toggle.isVisible())) continue;
    await toggle.click();
    if (await toggle.isVisible()) await toggle.click();
  }
});
