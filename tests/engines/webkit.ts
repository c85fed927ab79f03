// WebKitGTK: MiniBrowser driven by WebKitWebDriver (classic WebDriver, through selenium-webdriver) on a private Xvfb
// display, and a second, normal MiniBrowser run for the console messages of page loads.
//
// What WebKitGTK 2.50 makes us do:
// - MiniBrowser has no headless mode: it runs on an Xvfb display of its own (`-displayfd` picks a free one).
// - Its toolbar keeps the window at least 447 px wide; a gtk.css in a private XDG_CONFIG_HOME shrinks the toolbar's
//   widgets so the page itself can be 320 px wide.
// - Without a window manager nothing gives the window keyboard focus: `xdotool windowfocus` does.
// - WebKitWebDriver has no BiDi, no log endpoint and no way to run a script before the page's own, and
//   automation mode writes no console messages. So (1) a normal MiniBrowser with
//   --enable-write-console-messages-to-stdout opens every page through load-harness.ts and its stderr is read
//   (webkit-console.ts), and (2) in the automated session a watcher is installed with every script the suite runs,
//   keeping console errors, uncaught exceptions and CSP violations from then on in sessionStorage, so they
//   survive navigations the page makes itself.
// - The site scrolls smoothly; WebDriver clicks right after a smooth scroll miss, so clicks scroll instantly first.

import { type ChildProcess, execFile, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { Builder, By, Key, type WebDriver } from "selenium-webdriver";
import { actionable, type Driver, type PageFunction, parseChord, waitFor } from "./driver.ts";
import { loadHarnessURL } from "./load-harness.ts";
import { DIRECT_HOSTS } from "./network.ts";
import { type ConsoleMessage, MARK, messagesByPage, type PageMessages, parseConsoleLines } from "./webkit-console.ts";

const run = promisify(execFile);

export interface WebKitTools {
  driver: string;
  minibrowser: string;
  xvfb: string;
  xdotool: string;
}

/** Shrinks MiniBrowser's toolbar (GTK 3 CSS; the web page is not styled by it) so the page can be 320 px wide. */
const GTK_CSS =
  "* { min-width: 0; min-height: 0; padding: 0; margin: 0; border-width: 0; outline-width: 0; font-size: 1px; }\n";

/** MiniBrowser options both runs share: other hosts go to the proxy sink. */
function minibrowserArgs(proxyPort: number): string[] {
  return [`--proxy=http://127.0.0.1:${proxyPort}`, ...DIRECT_HOSTS.map((host) => `--ignore-host=${host}`)];
}

/** A private home for MiniBrowser: config (gtk.css), data and cache, removed by `remove`. */
function privateHome(): { env: Record<string, string>; remove(): void } {
  const root = mkdtempSync(join(tmpdir(), "engines-webkit-"));
  mkdirSync(join(root, "config", "gtk-3.0"), { recursive: true });
  writeFileSync(join(root, "config", "gtk-3.0", "gtk.css"), GTK_CSS);
  return {
    env: {
      XDG_CONFIG_HOME: join(root, "config"),
      XDG_DATA_HOME: join(root, "data"),
      XDG_CACHE_HOME: join(root, "cache"),
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** Starts Xvfb on a display it picks itself (no race with other Xvfb servers on the machine). */
async function startXvfb(xvfb: string): Promise<{ display: string; close(): void }> {
  const child = spawn(xvfb, ["-displayfd", "3", "-screen", "0", "1920x1200x24", "-nolisten", "tcp", "-noreset"], {
    stdio: ["ignore", "ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (chunk) => (stderr += String(chunk)));
  const display = await new Promise<string>((resolve, reject) => {
    let out = "";
    const fd = child.stdio[3];
    if (!fd || !("on" in fd)) return reject(new Error("Xvfb: no display pipe"));
    fd.on("data", (chunk: Buffer) => {
      out += String(chunk);
      if (out.includes("\n")) resolve(`:${out.trim()}`);
    });
    child.once("exit", (code) => reject(new Error(`Xvfb exited (${code}) before it had a display: ${stderr.trim()}`)));
  });
  return { display, close: () => void child.kill() };
}

/** A free TCP port on loopback. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (!address || typeof address === "string") throw new Error("no free port");
  return address.port;
}

/** Waits until WebKitWebDriver answers /status, or its process ends. */
async function driverReady(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 20_000;
  let exited: number | null | undefined;
  child.once("exit", (code) => (exited = code));
  while (Date.now() < deadline) {
    if (exited !== undefined) throw new Error(`WebKitWebDriver exited (${exited}): ${log()}`);
    try {
      const response = await fetch(`${url}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`WebKitWebDriver did not answer at ${url} within 20 s: ${log()}`);
}

/**
 * In every script the suite runs in the page: once per document, listen for errors and policy violations and keep
 * them in sessionStorage (same tab, same origin: kept across reloads and the page's own navigations).
 */
const WATCH = `(() => {
  if (window.__enginesWatch) return;
  window.__enginesWatch = true;
  const add = (text) => {
    // Leaving the page (the suite navigates away) cancels what it still loads; that is the leaving's, not the page's.
    if (window.__enginesLeaving) return;
    try {
      const list = JSON.parse(sessionStorage.getItem("engines:problems") || "[]");
      list.push(text + " (on " + location.href + ")");
      sessionStorage.setItem("engines:problems", JSON.stringify(list));
    } catch (error) {}
  };
  addEventListener("error", (e) => add("pageerror: " + e.message + (e.filename ? " at " + e.filename + ":" + e.lineno : "")));
  addEventListener("unhandledrejection", (e) => add("pageerror: unhandled rejection " + String(e.reason)));
  addEventListener("securitypolicyviolation", (e) => add("csp: " + e.effectiveDirective + " blocked " + (e.blockedURI || "inline")));
  const original = console.error;
  console.error = function (...args) {
    add("console: " + args.map(String).join(" "));
    return original.apply(this, args);
  };
})();`;

const KEYS: Record<string, string> = {
  Escape: Key.ESCAPE,
  Enter: Key.ENTER,
  Tab: Key.TAB,
  ArrowDown: Key.ARROW_DOWN,
  ArrowUp: Key.ARROW_UP,
  Control: Key.CONTROL,
  Shift: Key.SHIFT,
  Meta: Key.META,
  Backspace: Key.BACK_SPACE,
};
const key = (name: string) => KEYS[name] ?? name;

export async function launchWebKit({
  tools,
  baseURL,
  proxyPort,
}: {
  tools: WebKitTools;
  baseURL: string;
  proxyPort: number;
}): Promise<Driver> {
  const home = privateHome();
  const x = await startXvfb(tools.xvfb);
  const env = { ...process.env, ...home.env, DISPLAY: x.display };
  let driverLog = "";
  let child: ChildProcess | undefined;
  let url = "";
  for (let attempt = 0; attempt < 3 && !child; attempt++) {
    // A port taken between finding it free and the driver binding it: try another.
    const port = await freePort();
    const started = spawn(tools.driver, [`--port=${port}`, "--host=127.0.0.1"], {
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    started.stdout?.on("data", (chunk) => (driverLog += String(chunk)));
    started.stderr?.on("data", (chunk) => (driverLog += String(chunk)));
    url = `http://127.0.0.1:${port}`;
    try {
      await driverReady(url, started, () => driverLog.trim());
      child = started;
    } catch (error) {
      started.kill();
      if (attempt === 2) throw error;
    }
  }
  const stop = () => {
    child?.kill();
    x.close();
    home.remove();
  };
  process.once("exit", stop);

  let wd: WebDriver;
  try {
    wd = await new Builder()
      .usingServer(url)
      .withCapabilities({
        browserName: "MiniBrowser",
        "webkitgtk:browserOptions": {
          binary: tools.minibrowser,
          args: ["--automation", ...minibrowserArgs(proxyPort)],
        },
      })
      .build();
  } catch (error) {
    stop();
    throw new Error(
      `WebKitWebDriver could not start MiniBrowser: ${error instanceof Error ? error.message : String(error)}\n${driverLog}`,
    );
  }
  const capabilities = await wd.getCapabilities();
  const version = `${String(capabilities.get("browserName"))} ${String(capabilities.get("browserVersion"))}`;

  /** Gives the browser window keyboard focus (no window manager does it here). */
  const focus = async () => {
    const { stdout } = await run(tools.xdotool, ["search", "--sync", "--onlyvisible", "--class", "MiniBrowser"], {
      env,
    });
    for (const id of stdout.trim().split("\n").filter(Boolean))
      await run(tools.xdotool, ["windowfocus", "--sync", id], { env });
  };

  const evaluate = <A extends unknown[], R>(fn: PageFunction<A, R>, ...args: A) =>
    wd.executeScript(`${WATCH}\nreturn (${fn.toString()}).apply(null, arguments);`, ...args) as Promise<Awaited<R>>;

  /**
   * Before the suite navigates away: tells the watcher that what comes now is the leaving's, and stops the page,
   * since a navigation it has scheduled itself (a short link's meta refresh) would otherwise win over the suite's.
   */
  const leave = () => wd.executeScript("window.__enginesLeaving = true; window.stop();").catch(() => {});

  const driver: Driver = {
    engine: "webkit",
    version,
    baseURL,
    async goto(path) {
      await leave();
      await wd.get(new URL(path.replace(/^\/+/, ""), baseURL).href);
      await evaluate(() => true);
    },
    async reload() {
      await leave();
      await wd.navigate().refresh();
      await evaluate(() => true);
    },
    url: () => wd.getCurrentUrl(),
    async setViewport(width, height) {
      // The window is the page plus the toolbar: measure the difference, set the window, wait for the page.
      const now = await evaluate(() => ({ w: innerWidth, h: innerHeight, ow: outerWidth, oh: outerHeight }));
      if (now.w === width && now.h === height) return;
      await wd
        .manage()
        .window()
        .setRect({ width: width + (now.ow - now.w), height: height + (now.oh - now.h) });
      await waitFor(
        driver,
        `a ${width}x${height} page (is the gtk.css in place?)`,
        (w: number, h: number) => innerWidth === w && innerHeight === h,
        [width, height],
        10_000,
      );
    },
    evaluate,
    async inject(source) {
      await wd.executeScript(source);
    },
    async click(selector) {
      await actionable(driver, selector);
      const element = await wd.findElement(By.css(selector));
      await wd.executeScript("arguments[0].scrollIntoView({ block: 'center', behavior: 'instant' })", element);
      await element.click();
    },
    async press(chord) {
      const { modifiers, key: last } = parseChord(chord);
      let actions = wd.actions();
      for (const modifier of modifiers) actions = actions.keyDown(key(modifier));
      actions = actions.keyDown(key(last)).keyUp(key(last));
      for (const modifier of [...modifiers].reverse()) actions = actions.keyUp(key(modifier));
      await actions.perform();
    },
    async type(text) {
      await wd.actions().sendKeys(text).perform();
    },
    async select(selector, value) {
      await driver.click(`${selector} option[value="${value}"]`);
    },
    async screenshot(file) {
      writeFileSync(file, Buffer.from(await wd.takeScreenshot(), "base64"));
    },
    async problems() {
      return evaluate(async () => {
        // Let queued events reach the watcher first. A page of no origin (about:blank) has no storage and no problems.
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (!location.protocol.startsWith("http")) return [];
        const list = JSON.parse(sessionStorage.getItem("engines:problems") || "[]") as string[];
        sessionStorage.removeItem("engines:problems");
        return list;
      });
    },
    async close() {
      try {
        await wd.quit();
      } finally {
        stop();
        process.off("exit", stop);
      }
    },
  };
  await focus();
  return driver;
}

/**
 * Opens every page in a normal MiniBrowser (console messages on) through the load harness and returns each page's
 * messages. `origin` is the test server's; `paths` are absolute paths.
 */
export async function webkitLoadRun({
  tools,
  origin,
  paths,
  proxyPort,
  timeout = 240_000,
}: {
  tools: WebKitTools;
  origin: string;
  paths: readonly string[];
  proxyPort: number;
  timeout?: number;
}): Promise<{ pages: PageMessages[]; raw: string }> {
  const home = privateHome();
  const x = await startXvfb(tools.xvfb);
  const args = [
    "--enable-write-console-messages-to-stdout=true",
    "--javascript-can-open-windows-automatically=true",
    ...minibrowserArgs(proxyPort),
    loadHarnessURL(origin, paths),
  ];
  const child = spawn(tools.minibrowser, args, {
    env: { ...process.env, ...home.env, DISPLAY: x.display },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let raw = "";
  try {
    return await new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        const { pages } = messagesByPage(parseConsoleLines(raw));
        reject(
          new Error(
            `WebKit load run: no end after ${timeout / 1000} s; last page loaded: ${pages.at(-1)?.path ?? "none"} of ${paths.length}\n${raw.slice(-2000)}`,
          ),
        );
      }, timeout);
      child.stderr?.on("data", (chunk) => {
        raw += String(chunk);
        const messages: ConsoleMessage[] = parseConsoleLines(raw);
        if (messages.some((m) => m.text === `${MARK} blocked`)) {
          clearTimeout(timer);
          reject(new Error(`WebKit load run: MiniBrowser blocked the harness's window\n${raw}`));
        }
        const result = messagesByPage(messages);
        if (result.done) {
          clearTimeout(timer);
          resolve({ pages: result.pages, raw });
        }
      });
      child.once("exit", (code) => {
        clearTimeout(timer);
        reject(new Error(`WebKit load run: MiniBrowser exited (${code}) before the end\n${raw.slice(-2000)}`));
      });
    });
  } finally {
    child.removeAllListeners("exit");
    child.kill();
    x.close();
    home.remove();
  }
}
