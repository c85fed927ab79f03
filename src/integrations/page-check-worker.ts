/**
 * A worker thread of the page check (./csp.ts): it checks the pages it is given (./page-check.ts) and posts back
 * one result per page, or the first error. Node runs this file as it is (type stripping), outside Vite's bundle.
 */
import { parentPort, workerData } from "node:worker_threads";
import { checkPage } from "./page-check.ts";
import type { PageCheckOptions, PageCheckResult } from "./page-check.ts";

export interface PageCheckJob {
  readonly root: string;
  readonly files: readonly string[];
  readonly options: PageCheckOptions;
}

export type PageCheckReply = { readonly results: PageCheckResult[] } | { readonly error: string };

if (!parentPort) throw new Error("src/integrations/page-check-worker.ts runs as a worker thread of the page check");
const job = workerData as PageCheckJob;
const results: PageCheckResult[] = [];
let reply: PageCheckReply;
try {
  for (const file of job.files) results.push(await checkPage(job.root, file, job.options));
  reply = { results };
} catch (error) {
  reply = { error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
}
parentPort.postMessage(reply);
