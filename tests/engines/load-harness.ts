// The page that drives WebKit's load check: a normal (not automated) MiniBrowser opens it, and it opens every page
// of the build in turn in a window of its own, waits for that page's load and logs `loaded <path>`; then it sends
// the window to a page of its own, which logs `left <path>` when it runs. The marks go to
// stderr with the pages' own console messages, in order, so each message is known to belong to a page's load
// (before `loaded`) or to its leaving (between `loaded` and `left`: work the page started after load and that
// leaving cancelled). webkit-console.ts reads them. Served by the test server beside the site, on the same origin
// (outside the base path), so it sees its windows' events; never part of the build.

import { MARK } from "./webkit-console.ts";

/** Where the test server serves the harness, and the page a window is sent to when its page has loaded. */
export const LOAD_HARNESS_PATH = "/__engines__/load.html";
export const LEFT_PATH = "/__engines__/left.html";

/** The harness URL for a list of pages (absolute paths, base path included). */
export function loadHarnessURL(origin: string, paths: readonly string[]): string {
  const url = new URL(LOAD_HARNESS_PATH, origin);
  url.searchParams.set("pages", JSON.stringify(paths));
  return url.href;
}

/** The page a window goes to after its page loaded: it logs the mark and tells the harness. */
export function leftPageHtml(): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Left</title></head><body>
<script>
  const after = new URLSearchParams(location.search).get("after");
  console.log(${JSON.stringify(MARK)} + " left " + after);
  opener.postMessage("left " + after, location.origin);
</script></body></html>
`;
}

/** The harness page. Its script is inline: the page has no policy of its own, and it is the test's, not the site's. */
export function loadHarnessHtml(): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Load check</title></head>
<body><p>Opening each page of the build in turn.</p>
<script>
(async () => {
  const mark = ${JSON.stringify(MARK)};
  const paths = JSON.parse(new URLSearchParams(location.search).get("pages") || "[]");
  // One window for all pages (a window per page costs more than the page): each page in turn, then the left page.
  const win = window.open("about:blank", "engines-page", "width=1280,height=800");
  if (!win) {
    console.log(mark + " blocked");
    return;
  }
  // Waits until the window holds a document other than \`before\`, complete, and its load event has been dispatched
  // (the task after readyState turns complete). A short link may already have moved on to its question by then
  // (its meta refresh follows its load): that counts too.
  const loaded = (before) =>
    new Promise((resolve) => {
      const check = () => {
        let done = false;
        try {
          done = win.document !== before && win.document.readyState === "complete";
        } catch (error) {
          // between two documents
        }
        if (done) setTimeout(resolve);
        else setTimeout(check, 10);
      };
      check();
    });
  for (const path of paths) {
    const before = win.document;
    win.location.href = new URL(path, location.href).href;
    await loaded(before);
    console.log(mark + " loaded " + path);
    // Leaving unloads the page before the left page runs: what its unloading logs comes before "left".
    const left = new Promise((resolve) => {
      const listener = (event) => {
        if (event.data !== "left " + path) return;
        removeEventListener("message", listener);
        resolve();
      };
      addEventListener("message", listener);
    });
    // stop() first: it also cancels a navigation the page has scheduled (a short link's meta refresh), which
    // would otherwise win over ours.
    win.stop();
    win.location.href = ${JSON.stringify(LEFT_PATH)} + "?after=" + encodeURIComponent(path);
    await left;
  }
  win.close();
  console.log(mark + " done");
})();
</script></body></html>
`;
}
