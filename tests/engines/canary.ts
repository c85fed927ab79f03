// A page with a known console error, uncaught exception and policy violation, served by the test server beside the
// site (never built): each engine must report all three, which shows the suite's error capture works in that
// engine on this run. Its policy also names manifest-src, so WebKit's known engine message shows up there too.

/** Where the test server serves the canary page and its script. */
export const CANARY_PATH = "/__engines__/canary.html";
const CANARY_SCRIPT = "/__engines__/canary.js";

/** Text that every canary message carries. */
export const CANARY = "[canary]";

/** A host that does not exist; the canary's image from it is refused by the page's policy before any request. */
export const CANARY_IMAGE = "http://example.invalid/canary.png";

export function canaryFiles(): Record<string, { type: string; body: string }> {
  return {
    [CANARY_PATH]: {
      type: "text/html; charset=utf-8",
      body: `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="content-security-policy" content="default-src 'none'; script-src 'self'; img-src 'self'; manifest-src 'self'">
<title>Canary</title><script src="${CANARY_SCRIPT}"></script></head>
<body><p>A page that fails on purpose.</p><img src="${CANARY_IMAGE}" alt=""></body></html>
`,
    },
    [CANARY_SCRIPT]: {
      type: "text/javascript; charset=utf-8",
      body: `console.error(${JSON.stringify(`${CANARY} console.error at load`)});\nthrow new Error(${JSON.stringify(`${CANARY} uncaught at load`)});\n`,
    },
  };
}
