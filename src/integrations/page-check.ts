/**
 * The page check of one built page (see completeCsp in ./csp.ts): its Content-Security-Policy's hashes fitted to
 * the inline code the page holds and the <meta> moved first in <head>, every page-safety rule applied, and its links
 * and ids kept for the link check. The page is parsed once for all of it. A build of many pages runs this on
 * worker threads (./page-check-worker.ts), which Node loads as they are, so imports here name their `.ts` files.
 */
import type { Stats } from "node:fs";
import { readFile, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import {
  allowedHashes,
  cspHash,
  cspOfHtml,
  fitHashes,
  hoistCspMeta,
  policyMetaOf,
  withPolicyMeta,
} from "../lib/csp.ts";
import { parseHtml } from "../lib/html-tree.ts";
import { extractLinks } from "../lib/link-check.ts";
import type { PageLinks } from "../lib/link-check.ts";
import { inlineCodeOf, pageSafetyProblems } from "../lib/page-safety.ts";

/** A file's size and modification time: links read from it are still good while the stamp is the same. */
export const stampOf = (s: Stats) => `${s.size}:${s.mtimeMs}`;

export interface PageCheckOptions {
  /** Hash sources (`'sha256-…'`) kept on every page: code injected at run time, which no page's HTML shows. */
  readonly keep: readonly string[];
  /** The site's origin, for telling its own absolute URLs from other origins'. */
  readonly siteOrigin: string | undefined;
}

export interface PageCheckResult {
  /** The page's path, relative to the output folder, with forward slashes. */
  readonly file: string;
  readonly hasPolicy: boolean;
  /** Hashes dropped from the page's policy because none of its code needs them. */
  readonly removed: number;
  readonly problems: readonly string[];
  /** The page's CSP `<meta>` tag with its hashes fitted (before it moves to the top of <head>). */
  readonly policyMeta: string | undefined;
  readonly links: PageLinks & { readonly stamp: string };
}

/** Checks and finishes one page of the output folder `root`, rewriting it when its policy changed. */
export async function checkPage(root: string, file: string, options: PageCheckOptions): Promise<PageCheckResult> {
  const path = join(root, file);
  const html = await readFile(path, "utf8");
  // One parse serves the hashes, the page check and the links: fitting the policy changes only its own <meta>,
  // which none of them reads.
  const tree = parseHtml(html);
  const hasPolicy = cspOfHtml(html) !== undefined;
  const fitted = fitHashes(html, new Set(options.keep), inlineCodeOf(tree));
  const allowed = allowedHashes(cspOfHtml(fitted.html) ?? "");
  const problems = pageSafetyProblems(tree, { allowed, hash: cspHash, siteOrigin: options.siteOrigin });
  const done = hoistCspMeta(fitted.html);
  if (done !== html) await writeFile(path, done);
  return {
    file: file.split("\\").join("/"),
    hasPolicy,
    removed: fitted.removed.length,
    problems,
    policyMeta: policyMetaOf(fitted.html),
    links: { ...extractLinks(tree), stamp: stampOf(await stat(path)) },
  };
}

/** What the check found on a page it passed, kept for the next build (see ./csp.ts). */
export interface CheckedPage {
  readonly file: string;
  readonly hasPolicy: boolean;
  readonly removed: number;
  readonly policyMeta: string | undefined;
  readonly links: PageLinks["links"];
  readonly ids: readonly string[];
}

export function checkedPage(result: PageCheckResult): CheckedPage {
  const { file, hasPolicy, removed, policyMeta, links } = result;
  return { file, hasPolicy, removed, policyMeta, links: links.links, ids: [...links.ids] };
}

/**
 * Finishes a page whose HTML is exactly what an earlier build checked and passed, from what that check found,
 * without parsing it: the same fitted policy, moved to the top of <head>, and the same links and ids.
 */
export async function restorePage(root: string, html: string, checked: CheckedPage): Promise<PageCheckResult> {
  const path = join(root, checked.file);
  const done = checked.policyMeta === undefined ? html : hoistCspMeta(withPolicyMeta(html, checked.policyMeta));
  if (done !== html) await writeFile(path, done);
  return {
    file: checked.file,
    hasPolicy: checked.hasPolicy,
    removed: checked.removed,
    problems: [],
    policyMeta: checked.policyMeta,
    links: { links: checked.links, ids: new Set(checked.ids), stamp: stampOf(await stat(path)) },
  };
}
