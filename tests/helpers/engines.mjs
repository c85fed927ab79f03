// Finds Firefox and WebKit for the cross-engine suite (tests/engines/), installing Debian's packages with
// apt-get when running as root on a machine that lacks them, as tests/helpers/browser.mjs does for Chromium.
//
// `chooseEngines` holds every decision and touches nothing, so it is unit-tested with literal inputs
// (tests/unit/helpers/engines.test.ts). `findOrInstallEngines` gathers the facts from the machine, acts on the
// decision and prints one line per engine saying what it uses and why.

import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { delimiter, join } from "node:path";
import { isExecutable } from "./browser.mjs";

/** The engines the suite knows, in the order they are reported. */
const ENGINE_NAMES = /** @type {const} */ (["firefox", "webkit"]);

/** @typedef {(typeof ENGINE_NAMES)[number]} EngineName */

/**
 * What each engine needs on the machine: a program (the first of `paths` that exists) and the Debian package
 * that brings it. MiniBrowser ships in libwebkit2gtk-4.1-0, a dependency of webkit2gtk-driver.
 * @type {Record<EngineName, { label: string, needs: { tool: string, paths: string[], package: string }[] }>}
 */
const ENGINE_NEEDS = {
  firefox: {
    label: "Firefox ESR",
    needs: [{ tool: "firefox", paths: ["/usr/bin/firefox-esr"], package: "firefox-esr" }],
  },
  webkit: {
    label: "WebKitGTK (MiniBrowser)",
    needs: [
      { tool: "driver", paths: ["/usr/bin/WebKitWebDriver"], package: "webkit2gtk-driver" },
      {
        tool: "minibrowser",
        paths: [
          "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser",
          "/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser",
          "/usr/libexec/webkit2gtk-4.1/MiniBrowser",
        ],
        package: "webkit2gtk-driver",
      },
      { tool: "xvfb", paths: ["/usr/bin/Xvfb"], package: "xvfb" },
      { tool: "xdotool", paths: ["/usr/bin/xdotool"], package: "xdotool" },
    ],
  },
};

/** The environment variable that picks engines: `ENGINES=firefox npm run test:engines`. */
const ENGINES_ENV_VAR = "ENGINES";

/**
 * @typedef {{ engine: EngineName, label: string, tools: Record<string, string>, reason: string }} FoundEngine
 * @typedef {{ action: "use", engines: FoundEngine[] }} UseEngines
 * @typedef {{ action: "install", packages: string[], commands: string[][], reason: string }} InstallEngines
 *   Run these commands (as root), then decide again with `installAttempted: true`.
 * @typedef {{ action: "fail", message: string }} FailEngines
 * @typedef {UseEngines | InstallEngines | FailEngines} EnginesDecision
 */

/**
 * Which engines the reader asked for: all of them when `ENGINES` is empty, else the comma-separated names.
 * @param {string | undefined} value
 * @returns {{ engines: EngineName[] } | { error: string }}
 */
export function parseEngineList(value) {
  const names = (value ?? "")
    .split(",")
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  if (names.length === 0) return { engines: [...ENGINE_NAMES] };
  const unknown = names.filter((name) => !(/** @type {readonly string[]} */ (ENGINE_NAMES).includes(name)));
  if (unknown.length > 0) {
    return {
      error: `${ENGINES_ENV_VAR}=${value}: unknown engine ${unknown.map((n) => `"${n}"`).join(", ")}; expected a comma-separated list of ${ENGINE_NAMES.join(", ")}`,
    };
  }
  return { engines: ENGINE_NAMES.filter((name) => names.includes(name)) };
}

/**
 * Decides what the cross-engine suite runs, or what to install first. Pure: every fact comes in as an argument.
 *
 * @param {object} input
 * @param {readonly EngineName[]} input.wanted
 * @param {(path: string) => boolean} input.exists Whether an executable is present at the path.
 * @param {boolean} input.isRoot
 * @param {boolean} input.hasApt Whether apt-get is available (Debian).
 * @param {boolean} [input.installAttempted] True when deciding again after the install commands ran.
 * @returns {EnginesDecision}
 */
export function chooseEngines({ wanted, exists, isRoot, hasApt, installAttempted = false }) {
  /** @type {FoundEngine[]} */
  const found = [];
  /** @type {{ engine: EngineName, tool: string, paths: string[], package: string }[]} */
  const missing = [];

  for (const engine of wanted) {
    const { label, needs } = ENGINE_NEEDS[engine];
    /** @type {Record<string, string>} */
    const tools = {};
    for (const need of needs) {
      const path = need.paths.find((p) => exists(p));
      if (path) tools[need.tool] = path;
      else missing.push({ engine, ...need });
    }
    if (Object.keys(tools).length === needs.length) {
      const reason = installAttempted ? "installed with apt-get" : "already installed";
      found.push({ engine, label, tools, reason });
    }
  }

  if (missing.length === 0) return { action: "use", engines: found };

  const packages = [...new Set(missing.map((m) => m.package))];
  const lacking = missing
    .map((m) => `${m.engine} ${m.tool} (${m.paths.join(" or ")}, package ${m.package})`)
    .join("; ");
  const advice = `Install them with:\n  sudo apt-get update && sudo apt-get install -y ${packages.join(" ")}\n(Debian 12 or later), or run a subset: ${ENGINES_ENV_VAR}=${ENGINE_NAMES.join("|")} npm run test:engines.`;
  if (installAttempted) {
    return {
      action: "fail",
      message: `apt-get install ${packages.join(" ")} finished, but still missing: ${lacking}.\n${advice}`,
    };
  }
  if (isRoot && hasApt) {
    return {
      action: "install",
      packages,
      commands: [
        ["apt-get", "update"],
        ["apt-get", "install", "-y", ...packages],
      ],
      reason: `missing ${lacking}; running as root with apt-get available`,
    };
  }
  const why = !hasApt ? "apt-get is not available" : "not running as root, so not installing them";
  return { action: "fail", message: `The cross-engine suite is missing ${lacking}; ${why}.\n${advice}` };
}

/** @param {string} command @param {NodeJS.ProcessEnv} env */
function onPath(command, env) {
  return (env["PATH"] ?? "").split(delimiter).some((dir) => dir !== "" && existsSync(join(dir, command)));
}

/**
 * Finds the engines for the suite, installing Debian's packages with apt-get if needed and allowed. Prints
 * `[engines] …` lines (apt-get's own output streams through). Throws an Error saying what to install when it
 * gives up.
 *
 * @param {object} [options]
 * @param {NodeJS.ProcessEnv} [options.env]
 * @param {(line: string) => void} [options.log]
 * @returns {FoundEngine[]}
 */
export function findOrInstallEngines({ env = process.env, log = (line) => console.log(line) } = {}) {
  const parsed = parseEngineList(env[ENGINES_ENV_VAR]);
  if ("error" in parsed) throw new Error(parsed.error);
  const facts = {
    wanted: parsed.engines,
    exists: isExecutable,
    isRoot: process.getuid?.() === 0,
    hasApt: onPath("apt-get", env),
  };

  let decision = chooseEngines(facts);
  if (decision.action === "install") {
    log(`[engines] ${decision.reason}: installing ${decision.packages.join(" ")} with apt-get`);
    for (const [command, ...args] of decision.commands) {
      if (!command) continue;
      log(`[engines] $ ${[command, ...args].join(" ")}`);
      const result = spawnSync(command, args, { stdio: "inherit", env: { ...env, DEBIAN_FRONTEND: "noninteractive" } });
      if (result.status !== 0) {
        const how = result.error ? result.error.message : `exit code ${result.status ?? result.signal}`;
        throw new Error(
          `\`${[command, ...args].join(" ")}\` failed (${how}). Install ${decision.packages.join(" ")} by hand.`,
        );
      }
    }
    decision = chooseEngines({ ...facts, installAttempted: true });
  }
  if (decision.action === "fail") throw new Error(decision.message);
  if (decision.action === "install") throw new Error("internal error: asked to install twice");
  const skipped = ENGINE_NAMES.filter((name) => !parsed.engines.includes(name));
  if (skipped.length > 0)
    log(`[engines] not running ${skipped.join(", ")} (${ENGINES_ENV_VAR}=${env[ENGINES_ENV_VAR]})`);
  return decision.engines;
}
