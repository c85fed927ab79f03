// Finds a Chromium for the end-to-end tests, installing Debian's `chromium` with apt-get
// when running as root on a machine that has nothing usable yet.
//
// `chooseBrowser` holds every decision and touches nothing, so it is unit-tested with literal
// inputs (tests/unit/helpers/browser.test.ts). `findOrInstallBrowser` gathers the facts from the
// machine, acts on the decision and prints one line saying what was chosen and why.

import { spawnSync } from "node:child_process";
import { accessSync, constants, existsSync } from "node:fs";
import { delimiter, join } from "node:path";

/** Where Debian, Ubuntu and Google put their browsers, in order of preference. */
const SYSTEM_BROWSER_PATHS = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

/**
 * Debian's `chromium-headless-shell`: Chromium built for headless use only, what Playwright itself runs for
 * headless tests. It does the same work as the full browser for about half the CPU (the e2e suite runs in half
 * the time on two cores), so the suites that never show a window prefer it. The real binary, not the
 * /usr/bin wrapper script, so that closing the browser ends the browser.
 */
const HEADLESS_SHELL_PATHS = ["/usr/lib/chromium/chromium-headless-shell"];

/** The commands that install Debian's headless shell; run in order, as root. */
export const APT_INSTALL_SHELL_COMMANDS = [
  ["apt-get", "update"],
  ["apt-get", "install", "-y", "chromium-headless-shell"],
];

/** The environment variable that points at a browser of the user's choosing. */
const BROWSER_ENV_VAR = "PLAYWRIGHT_CHROMIUM_EXECUTABLE";

/** The commands that install Debian's Chromium; run in order, as root. */
export const APT_INSTALL_COMMANDS = [
  ["apt-get", "update"],
  ["apt-get", "install", "-y", "chromium"],
];

const INSTALL_ADVICE =
  "Install one of:\n" +
  "  sudo apt-get install chromium        (Debian; Ubuntu: a Chromium or Google Chrome package)\n" +
  "  npx playwright install chromium      (where downloads from the Playwright CDN work)\n" +
  `or point ${BROWSER_ENV_VAR} at a Chromium or Chrome executable.`;

/**
 * @typedef {object} Candidates
 * @property {string | null | undefined} [playwright] Playwright's own Chromium (`chromium.executablePath()`), if it could be computed.
 * @property {string | null | undefined} [env] The value of PLAYWRIGHT_CHROMIUM_EXECUTABLE, if set.
 * @property {readonly string[]} [system] System browser paths to try, in order.
 * @property {readonly string[]} [shell] Headless shell paths to try first when `headless` is asked for.
 */

/**
 * @typedef {"playwright" | "env" | "system"} BrowserSource
 *
 * @typedef {{ action: "use", path: string, source: BrowserSource, reason: string, notes: string[] }} UseDecision
 *   Launch this executable.
 * @typedef {{ action: "install", package: "chromium" | "chromium-headless-shell", commands: string[][], reason: string, notes: string[] }} InstallDecision
 *   Run these commands (as root), then decide again with `installAttempted: true` (chromium) or
 *   `shellInstallAttempted: true` (the headless shell).
 * @typedef {{ action: "fail", message: string, notes: string[] }} FailDecision
 *   Nothing usable and nothing we may do about it; `message` says what to install.
 * @typedef {UseDecision | InstallDecision | FailDecision} BrowserDecision
 */

/**
 * Decides which browser the end-to-end tests launch. Pure: every fact comes in as an argument.
 *
 * Order: an installed Playwright Chromium; then PLAYWRIGHT_CHROMIUM_EXECUTABLE; then, for a headless-only
 * use, Debian's `chromium-headless-shell` (installed with apt-get as root when missing); then a system
 * Chromium/Chrome; then, as root on an apt-based system, install Debian's `chromium`; else fail.
 *
 * @param {object} input
 * @param {Candidates} input.candidates
 * @param {(path: string) => boolean} input.exists Whether an executable is present at the path.
 * @param {boolean} input.isRoot
 * @param {boolean} input.hasApt Whether apt-get is available (Debian, Ubuntu).
 * @param {boolean} [input.headless] The browser never shows a window (tests): prefer the headless shell.
 * @param {boolean} [input.installAttempted] True when deciding again after chromium's install commands ran.
 * @param {boolean} [input.shellInstallAttempted] True when deciding again after the headless shell's ran.
 * @returns {BrowserDecision}
 */
export function chooseBrowser({
  candidates,
  exists,
  isRoot,
  hasApt,
  headless = false,
  installAttempted = false,
  shellInstallAttempted = false,
}) {
  /** @type {string[]} */
  const notes = [];
  const { playwright, env, system = SYSTEM_BROWSER_PATHS, shell = HEADLESS_SHELL_PATHS } = candidates;

  if (playwright && exists(playwright)) {
    if (env) notes.push(`${BROWSER_ENV_VAR} is set but an installed Playwright Chromium takes precedence`);
    return { action: "use", path: playwright, source: "playwright", reason: "Playwright's own Chromium", notes };
  }

  if (env) {
    if (exists(env)) {
      return {
        action: "use",
        path: env,
        source: "env",
        reason: `from ${BROWSER_ENV_VAR}; no Playwright browser installed`,
        notes,
      };
    }
    notes.push(`${BROWSER_ENV_VAR}=${env} does not exist; ignored`);
  }

  if (headless) {
    const foundShell = shell.find((path) => exists(path));
    if (foundShell) {
      const reason = shellInstallAttempted
        ? "installed Debian chromium-headless-shell with apt-get"
        : "Debian's chromium-headless-shell; no Playwright browser installed";
      return { action: "use", path: foundShell, source: "system", reason, notes };
    }
    if (!shellInstallAttempted && isRoot && hasApt) {
      return {
        action: "install",
        package: "chromium-headless-shell",
        commands: APT_INSTALL_SHELL_COMMANDS.map((command) => [...command]),
        reason: `no headless shell (looked at ${shell.join(", ")}); running as root with apt-get available`,
        notes,
      };
    }
    notes.push(
      `no chromium-headless-shell at ${shell.join(", ")}: using the full browser, about twice as slow ` +
        "(sudo apt-get install chromium-headless-shell)",
    );
  }

  const found = system.find((path) => exists(path));
  if (found) {
    const reason = installAttempted
      ? "installed Debian chromium with apt-get"
      : "system Chromium; no Playwright browser installed";
    return { action: "use", path: found, source: "system", reason, notes };
  }

  const looked = [playwright, env, ...system].filter(Boolean).join(", ");
  if (installAttempted) {
    return {
      action: "fail",
      message: `apt-get install chromium finished, but still no browser at ${system.join(", ")}.\n${INSTALL_ADVICE}`,
      notes,
    };
  }
  if (isRoot && hasApt) {
    return {
      action: "install",
      package: "chromium",
      commands: APT_INSTALL_COMMANDS.map((command) => [...command]),
      reason: `no browser found (looked at ${looked}); running as root with apt-get available`,
      notes,
    };
  }
  const why = !hasApt ? "apt-get is not available" : "not running as root, so not installing one";
  return {
    action: "fail",
    message: `No Chromium found for the end-to-end tests (looked at ${looked}); ${why}.\n${INSTALL_ADVICE}`,
    notes,
  };
}

/**
 * Playwright's own Chromium path, or null if playwright-core cannot say.
 * @returns {Promise<string | null>}
 */
async function playwrightChromiumPath() {
  try {
    const { chromium } = await import("playwright-core");
    return chromium.executablePath() || null;
  } catch {
    return null;
  }
}

/**
 * Whether an executable file is at the path.
 * @param {string} path
 */
export function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** @param {string} command @param {NodeJS.ProcessEnv} env */
function onPath(command, env) {
  return (env["PATH"] ?? "").split(delimiter).some((dir) => dir !== "" && existsSync(join(dir, command)));
}

/**
 * Finds a browser for Playwright, installing Debian's chromium (or, for `headless`, its headless shell) with
 * apt-get if needed and allowed. Prints exactly one `[browser] using ...` (or `[browser] installed ...`) line;
 * apt-get's own output streams through. Throws an Error whose message says what to install when it gives up.
 *
 * The options exist for trying it out; by default every fact comes from this machine.
 *
 * @param {object} [options]
 * @param {boolean} [options.headless] Only ever headless (test runs): prefer Debian's chromium-headless-shell.
 * @param {NodeJS.ProcessEnv} [options.env]
 * @param {(line: string) => void} [options.log]
 * @param {(path: string) => boolean} [options.exists]
 * @param {boolean} [options.isRoot]
 * @param {boolean} [options.hasApt]
 * @returns {Promise<UseDecision>}
 */
export async function findOrInstallBrowser({
  headless = false,
  env = process.env,
  log = (line) => console.log(line),
  exists = isExecutable,
  isRoot = process.getuid?.() === 0,
  hasApt = onPath("apt-get", env),
} = {}) {
  const facts = {
    candidates: {
      playwright: await playwrightChromiumPath(),
      env: env[BROWSER_ENV_VAR] || null,
      system: SYSTEM_BROWSER_PATHS,
    },
    exists,
    isRoot,
    hasApt,
    headless,
    installAttempted: false,
    shellInstallAttempted: false,
  };

  let decision = chooseBrowser(facts);
  // At most two installs: the headless shell (optional: the full browser does the same work), then chromium.
  while (decision.action === "install") {
    const { package: name, commands, reason } = decision;
    if (name === "chromium" ? facts.installAttempted : facts.shellInstallAttempted)
      throw new Error(`internal error: asked to install ${name} twice`);
    log(`[browser] ${reason}: installing Debian ${name} with apt-get`);
    const failure = runAll(commands, env, log);
    if (name === "chromium") {
      if (failure) throw new Error(`${failure}.\n${INSTALL_ADVICE}`);
      facts.installAttempted = true;
    } else {
      if (failure) log(`[browser] note: ${failure}; going on without the headless shell`);
      facts.shellInstallAttempted = true;
    }
    decision = chooseBrowser(facts);
  }

  for (const note of decision.notes) log(`[browser] note: ${note}`);
  if (decision.action === "fail") throw new Error(decision.message);

  log(
    decision.source === "system" && decision.reason.startsWith("installed")
      ? `[browser] ${decision.reason}: ${decision.path}`
      : `[browser] using ${decision.path} (${decision.reason})`,
  );
  return decision;
}

/**
 * Runs commands in order with their output shown; returns what failed, or null.
 * @param {string[][]} commands @param {NodeJS.ProcessEnv} env @param {(line: string) => void} log
 */
function runAll(commands, env, log) {
  for (const [command, ...args] of commands) {
    if (!command) continue;
    log(`[browser] $ ${[command, ...args].join(" ")}`);
    const result = spawnSync(command, args, { stdio: "inherit", env: { ...env, DEBIAN_FRONTEND: "noninteractive" } });
    if (result.status !== 0) {
      const how = result.error ? result.error.message : `exit code ${result.status ?? result.signal}`;
      return `\`${[command, ...args].join(" ")}\` failed (${how})`;
    }
  }
  return null;
}
