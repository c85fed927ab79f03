import { describe, expect, it } from "vitest";
import { isKnownEngineMessage, messagesByPage, parseConsoleLines } from "../../engines/webkit-console.ts";

// Lines as WebKitGTK 2.50 writes them (captured from MiniBrowser on a probe page).
const MANIFEST = "CONSOLE SECURITY ERROR Unrecognized Content-Security-Policy directive 'manifest-src'.";
const INLINE =
  "http://127.0.0.1:45112/:2:1: CONSOLE SECURITY ERROR Refused to execute a script because its hash, its nonce, or 'unsafe-inline' does not appear in the script-src directive of the Content Security Policy.";
const IMG =
  "CONSOLE SECURITY ERROR Refused to load http://example.invalid/x.png because it does not appear in the img-src directive of the Content Security Policy.";
const ERROR_CALL = "http://127.0.0.1:45112/a.js:1:14: CONSOLE ERROR boom from a.js";
const WARN_CALL = "http://127.0.0.1:45112/a.js:2:13: CONSOLE WARN a warning";
const THROWN = "http://127.0.0.1:45112/a.js:4:34: CONSOLE JS ERROR Error: thrown at load";
const mark = (path: string) =>
  `http://127.0.0.1:45112/__engines__/load.html:9:16: CONSOLE LOG [engines] loaded ${path}`;
const left = (path: string) => `http://127.0.0.1:45112/__engines__/left.html:4:10: CONSOLE LOG [engines] left ${path}`;
const IMPORT_CANCELLED = "CONSOLE JS ERROR Unhandled Promise Rejection: TypeError: Importing a module script failed.";

describe("parseConsoleLines", () => {
  it("reads where, source, level and text of each message", () => {
    expect(parseConsoleLines([MANIFEST, INLINE, ERROR_CALL, WARN_CALL, THROWN].join("\n"))).toEqual([
      {
        where: null,
        source: "SECURITY",
        level: "ERROR",
        text: "Unrecognized Content-Security-Policy directive 'manifest-src'.",
      },
      {
        where: "http://127.0.0.1:45112/:2:1",
        source: "SECURITY",
        level: "ERROR",
        text: expect.stringMatching(/^Refused to execute a script/),
      },
      { where: "http://127.0.0.1:45112/a.js:1:14", source: "CONSOLEAPI", level: "ERROR", text: "boom from a.js" },
      { where: "http://127.0.0.1:45112/a.js:2:13", source: "CONSOLEAPI", level: "WARN", text: "a warning" },
      { where: "http://127.0.0.1:45112/a.js:4:34", source: "JS", level: "ERROR", text: "Error: thrown at load" },
    ]);
  });

  it("does not take a logged word for a level: console.log('ERROR x') is a log", () => {
    expect(parseConsoleLines("CONSOLE LOG ERROR x")).toEqual([
      { where: null, source: "CONSOLEAPI", level: "LOG", text: "ERROR x" },
    ]);
    expect(parseConsoleLines("CONSOLE ERROR JS x")).toEqual([
      { where: null, source: "CONSOLEAPI", level: "ERROR", text: "JS x" },
    ]);
    expect(parseConsoleLines("CONSOLE ASSERT ERROR failed")).toEqual([
      { where: null, source: "CONSOLEAPI", level: "ERROR", text: "failed" },
    ]);
  });

  it("keeps a message's further lines and leaves GLib's warnings out", () => {
    const out = [
      "CONSOLE ERROR first line",
      "second line",
      "(MiniBrowser:4242): Gtk-WARNING **: 13:01:11.773: something",
      "",
      "unrelated",
    ].join("\n");
    expect(parseConsoleLines(out)).toEqual([
      { where: null, source: "CONSOLEAPI", level: "ERROR", text: "first line\nsecond line" },
    ]);
  });
});

describe("isKnownEngineMessage", () => {
  it("knows exactly WebKitGTK's manifest-src message", () => {
    const [manifest, img] = parseConsoleLines([MANIFEST, IMG].join("\n"));
    expect(manifest && isKnownEngineMessage(manifest)).toBe(true);
    expect(img && isKnownEngineMessage(img)).toBe(false);
  });

  it("does not know a look-alike: another directive, another level, a longer text", () => {
    for (const line of [
      "CONSOLE SECURITY ERROR Unrecognized Content-Security-Policy directive 'prefetch-src'.",
      "CONSOLE SECURITY WARN Unrecognized Content-Security-Policy directive 'manifest-src'.",
      "CONSOLE ERROR Unrecognized Content-Security-Policy directive 'manifest-src'.",
      `${MANIFEST} And more.`,
    ]) {
      const [message] = parseConsoleLines(line);
      expect(message && isKnownEngineMessage(message), line).toBe(false);
    }
  });
});

describe("messagesByPage", () => {
  it("gives each page the errors logged before its mark, known engine messages apart", () => {
    const out = [
      MANIFEST,
      mark("/"),
      MANIFEST,
      INLINE,
      IMG,
      WARN_CALL,
      mark("/questions/x/"),
      "http://127.0.0.1:45112/__engines__/load.html:9:16: CONSOLE LOG [engines] done",
    ].join("\n");
    const { pages, pending, done } = messagesByPage(parseConsoleLines(out));
    expect(done).toBe(true);
    expect(pending).toEqual([]);
    expect(pages.map((p) => p.path)).toEqual(["/", "/questions/x/"]);
    expect(pages[0]).toEqual({
      path: "/",
      errors: [],
      known: ["SECURITY ERROR Unrecognized Content-Security-Policy directive 'manifest-src'."],
      leaving: [],
    });
    expect(pages[1]?.errors).toEqual([
      expect.stringMatching(/^SECURITY ERROR Refused to execute a script .* \(at http:\/\/127\.0\.0\.1:45112\/:2:1\)$/),
      expect.stringMatching(/^SECURITY ERROR Refused to load http:\/\/example\.invalid\/x\.png/),
    ]);
  });

  it("keeps what a page logs while it is being left apart from its load", () => {
    const out = [
      MANIFEST,
      mark("/search/"),
      IMPORT_CANCELLED,
      left("/search/"),
      MANIFEST,
      mark("/topics/"),
      left("/topics/"),
    ].join("\n");
    const { pages } = messagesByPage(parseConsoleLines(out));
    expect(pages).toEqual([
      {
        path: "/search/",
        errors: [],
        known: [expect.any(String)],
        leaving: ["JS ERROR Unhandled Promise Rejection: TypeError: Importing a module script failed."],
      },
      { path: "/topics/", errors: [], known: [expect.any(String)], leaving: [] },
    ]);
  });

  it("counts a left mark only for the page last loaded", () => {
    const { pages, pending } = messagesByPage(parseConsoleLines([mark("/a/"), left("/b/"), THROWN].join("\n")));
    expect(pages[0]?.leaving).toEqual([]);
    expect(pending).toHaveLength(2);
  });

  it("holds back what came after the last mark until the run says done", () => {
    const { pages, pending, done } = messagesByPage(parseConsoleLines([mark("/"), THROWN].join("\n")));
    expect(pages).toHaveLength(1);
    expect(pending).toHaveLength(1);
    expect(done).toBe(false);
  });

  it("treats a page's own log line that looks like a mark but is not one as a message", () => {
    const { pages } = messagesByPage(
      parseConsoleLines(["CONSOLE LOG [engines] hello", "CONSOLE ERROR real", mark("/")].join("\n")),
    );
    expect(pages[0]?.errors).toEqual(["console ERROR real"]);
  });
});
