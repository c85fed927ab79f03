// Reads the console messages WebKitGTK writes to stderr when MiniBrowser runs with
// --enable-write-console-messages-to-stdout (its automation mode writes none, and WebKitWebDriver 2.50 has no log
// endpoint, so the load check of tests/engines/ reads them from a normal MiniBrowser run). Pure: lines in, verdicts out.
//
// A line is `[<url>[:<line>[:<column>]]: ]CONSOLE[ <SOURCE>][ <TYPE>][ <LEVEL>] <message>` (JavaScriptCore's
// ConsoleClient::printConsoleMessage); lines that do not start a message continue the one before, except GLib's
// own log lines.

/** Message sources, types and levels as WebKit prints them; absent words mean the console API, `log` and `log`. */
const SOURCES = new Set([
  "XML",
  "JS",
  "NETWORK",
  "STORAGE",
  "APPCACHE",
  "RENDERING",
  "CSS",
  "SECURITY",
  "CONTENTBLOCKER",
  "MEDIA",
  "MEDIASOURCE",
  "WEBRTC",
  "ITPDEBUG",
  "ADCLICKATTRIBUTION",
  "PRIVATECLICKMEASUREMENT",
  "PAYMENTREQUEST",
  "OTHER",
]);
const TYPES = new Set([
  "CLEAR",
  "DIR",
  "DIRXML",
  "TABLE",
  "TRACE",
  "STARTGROUP",
  "STARTGROUPCOLLAPSED",
  "ENDGROUP",
  "ASSERT",
  "TIMING",
  "PROFILE",
  "PROFILEEND",
  "IMAGE",
]);
const LEVELS = new Set(["LOG", "DEBUG", "INFO", "WARN", "ERROR"]);

/**
 * Engine messages that are expected and not a fault of the site, matched exactly (source, level and text).
 * WebKitGTK is built without web app manifest support, so it does not know `manifest-src`; the directive stays
 * in the policy for the engines that fetch manifests.
 */
export const KNOWN_WEBKIT_MESSAGES: readonly { source: string; level: string; text: string; why: string }[] = [
  {
    source: "SECURITY",
    level: "ERROR",
    text: "Unrecognized Content-Security-Policy directive 'manifest-src'.",
    why: "WebKitGTK has no web app manifest support; the directive stays for engines that have it",
  },
];

export interface ConsoleMessage {
  /** Where the message came from (`http://…/a.js:3:14`), when WebKit says. */
  where: string | null;
  source: string;
  level: string;
  text: string;
}

const START = /^(?:(\S+): )?CONSOLE(?= |$)(.*)$/;
const GLIB_LOG = /^(?:\*\* )?\(?[\w.-]+:\d+\)?: [\w-]+-(?:WARNING|CRITICAL|DEBUG|INFO|MESSAGE) \*\*/;

/** Splits WebKit's stderr into console messages; other output (GLib warnings, blank lines) is left out. */
export function parseConsoleLines(output: string): ConsoleMessage[] {
  const messages: ConsoleMessage[] = [];
  let last: ConsoleMessage | undefined;
  for (const line of output.split(/\r?\n/)) {
    const m = START.exec(line);
    if (m) {
      const words = (m[2] ?? "").trimStart().split(" ");
      let source = "CONSOLEAPI";
      let level = "LOG";
      if (words[0] !== undefined && SOURCES.has(words[0])) source = words.shift() ?? source;
      if (words[0] !== undefined && TYPES.has(words[0])) words.shift();
      if (words[0] !== undefined && LEVELS.has(words[0])) level = words.shift() ?? level;
      last = { where: m[1] ?? null, source, level, text: words.join(" ") };
      messages.push(last);
    } else if (last && line !== "" && !GLIB_LOG.test(line)) {
      last.text += `\n${line}`;
    } else if (line === "" || GLIB_LOG.test(line)) {
      last = undefined;
    }
  }
  return messages;
}

/** Whether a message is one of KNOWN_WEBKIT_MESSAGES. */
export function isKnownEngineMessage(message: ConsoleMessage): boolean {
  return KNOWN_WEBKIT_MESSAGES.some(
    (k) => k.source === message.source && k.level === message.level && k.text === message.text,
  );
}

/** One line for a report: `SECURITY ERROR Refused to load … (at http://…:2:1)`. */
function describeMessage(message: ConsoleMessage): string {
  const source = message.source === "CONSOLEAPI" ? "console" : message.source;
  return `${source} ${message.level} ${message.text}${message.where ? ` (at ${message.where})` : ""}`;
}

/** The marks the load harness logs: `[engines] loaded <path>`, `[engines] left <path>`, and `[engines] done`. */
export const MARK = "[engines]";

export interface PageMessages {
  path: string;
  /** Errors of the page's load (before its `loaded` mark) that fail it: every error not in KNOWN_WEBKIT_MESSAGES. */
  errors: string[];
  /** Known engine messages of the page's load. */
  known: string[];
  /**
   * Errors while the page was being left (between `loaded` and `left`): work it started after load, cancelled by
   * leaving (WebKit logs a cancelled fetch as "Fetch API cannot load … due to access control checks", a cancelled
   * import as a rejected promise). Reported, not failed: a reader who stays sees none of it, and the feature
   * checks, which wait for that work, watch it in the automated session.
   */
  leaving: string[];
}

/**
 * Assigns the messages of a load run to the pages the harness marked: what came before `loaded <path>` belongs to
 * that page's load, what came between it and `left <path>` to its leaving. Messages after the last mark belong to
 * no page yet and are returned in `pending`; `done` says whether the run said it was done.
 */
export function messagesByPage(messages: readonly ConsoleMessage[]): {
  pages: PageMessages[];
  pending: ConsoleMessage[];
  done: boolean;
} {
  const pages: PageMessages[] = [];
  let current: ConsoleMessage[] = [];
  let done = false;
  const errorsOf = (list: readonly ConsoleMessage[]) =>
    list.filter((m) => m.level === "ERROR" && !isKnownEngineMessage(m)).map(describeMessage);
  for (const message of messages) {
    const mark =
      message.source === "CONSOLEAPI" && message.level === "LOG" && message.text.startsWith(`${MARK} `)
        ? message.text.slice(MARK.length + 1)
        : undefined;
    if (mark === "done") {
      done = true;
      continue;
    }
    if (mark?.startsWith("loaded ")) {
      pages.push({
        path: mark.slice("loaded ".length),
        errors: errorsOf(current),
        known: current.filter(isKnownEngineMessage).map(describeMessage),
        leaving: [],
      });
      current = [];
      continue;
    }
    const last = pages.at(-1);
    if (mark?.startsWith("left ") && last?.path === mark.slice("left ".length)) {
      last.leaving = errorsOf(current);
      current = [];
      continue;
    }
    current.push(message);
  }
  return { pages, pending: current, done };
}
