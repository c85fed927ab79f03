import { describe, it, expect } from "vitest";
import { APT_INSTALL_COMMANDS, APT_INSTALL_SHELL_COMMANDS, chooseBrowser } from "../../helpers/browser.mjs";

const PLAYWRIGHT = "/root/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome";
const SYSTEM = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];
const SHELL = "/usr/lib/chromium/chromium-headless-shell";

/** An `exists` that knows only the given paths. */
const only =
  (...present: string[]) =>
  (path: string) =>
    present.includes(path);

describe("chooseBrowser", () => {
  it("prefers an installed Playwright browser over the system one", () => {
    const decision = chooseBrowser({
      candidates: { playwright: PLAYWRIGHT, system: SYSTEM },
      exists: only(PLAYWRIGHT, "/usr/bin/chromium"),
      isRoot: true,
      hasApt: true,
    });
    expect(decision).toMatchObject({ action: "use", path: PLAYWRIGHT, source: "playwright" });
  });

  it("prefers an installed Playwright browser over PLAYWRIGHT_CHROMIUM_EXECUTABLE, and says so", () => {
    const decision = chooseBrowser({
      candidates: { playwright: PLAYWRIGHT, env: "/opt/chrome/chrome", system: SYSTEM },
      exists: only(PLAYWRIGHT, "/opt/chrome/chrome"),
      isRoot: false,
      hasApt: false,
    });
    expect(decision).toMatchObject({ action: "use", path: PLAYWRIGHT });
    expect(decision.notes.join("\n")).toContain("PLAYWRIGHT_CHROMIUM_EXECUTABLE");
  });

  it("uses PLAYWRIGHT_CHROMIUM_EXECUTABLE when Playwright has no browser of its own", () => {
    const decision = chooseBrowser({
      candidates: { playwright: PLAYWRIGHT, env: "/opt/chrome/chrome", system: SYSTEM },
      exists: only("/opt/chrome/chrome", "/usr/bin/chromium"),
      isRoot: true,
      hasApt: true,
    });
    expect(decision).toMatchObject({ action: "use", path: "/opt/chrome/chrome", source: "env" });
  });

  it("ignores a PLAYWRIGHT_CHROMIUM_EXECUTABLE that does not exist, with a note, and falls back to the system browser", () => {
    const decision = chooseBrowser({
      candidates: { playwright: null, env: "/nowhere/chrome", system: SYSTEM },
      exists: only("/usr/bin/chromium"),
      isRoot: false,
      hasApt: true,
    });
    expect(decision).toMatchObject({ action: "use", path: "/usr/bin/chromium", source: "system" });
    expect(decision.notes).toEqual(["PLAYWRIGHT_CHROMIUM_EXECUTABLE=/nowhere/chrome does not exist; ignored"]);
  });

  it("uses the system Chromium when no Playwright browser is installed", () => {
    const decision = chooseBrowser({
      candidates: { playwright: PLAYWRIGHT, system: SYSTEM },
      exists: only("/usr/bin/chromium"),
      isRoot: true,
      hasApt: true,
    });
    expect(decision).toEqual({
      action: "use",
      path: "/usr/bin/chromium",
      source: "system",
      reason: "system Chromium; no Playwright browser installed",
      notes: [],
    });
  });

  it("tries the system paths in order: chromium, chromium-browser, google-chrome", () => {
    const exists = only("/usr/bin/chromium-browser", "/usr/bin/google-chrome");
    const decision = chooseBrowser({ candidates: { system: SYSTEM }, exists, isRoot: false, hasApt: false });
    expect(decision).toMatchObject({ action: "use", path: "/usr/bin/chromium-browser" });
    const chromeOnly = chooseBrowser({
      candidates: { system: SYSTEM },
      exists: only("/usr/bin/google-chrome"),
      isRoot: false,
      hasApt: false,
    });
    expect(chromeOnly).toMatchObject({ action: "use", path: "/usr/bin/google-chrome" });
  });

  it("installs Debian chromium with apt-get when nothing is found, running as root with apt", () => {
    const decision = chooseBrowser({
      candidates: { playwright: PLAYWRIGHT, system: SYSTEM },
      exists: only(),
      isRoot: true,
      hasApt: true,
    });
    expect(decision).toMatchObject({
      action: "install",
      commands: [
        ["apt-get", "update"],
        ["apt-get", "install", "-y", "chromium"],
      ],
    });
    expect(APT_INSTALL_COMMANDS).toEqual([
      ["apt-get", "update"],
      ["apt-get", "install", "-y", "chromium"],
    ]);
  });

  it("reports the freshly installed chromium as installed with apt-get", () => {
    const decision = chooseBrowser({
      candidates: { playwright: PLAYWRIGHT, system: SYSTEM },
      exists: only("/usr/bin/chromium"),
      isRoot: true,
      hasApt: true,
      installAttempted: true,
    });
    expect(decision).toMatchObject({
      action: "use",
      path: "/usr/bin/chromium",
      reason: "installed Debian chromium with apt-get",
    });
  });

  it("asks to install when nothing is found and not root", () => {
    const decision = chooseBrowser({
      candidates: { playwright: PLAYWRIGHT, system: SYSTEM },
      exists: only(),
      isRoot: false,
      hasApt: true,
    });
    expect(decision.action).toBe("fail");
    if (decision.action !== "fail") return;
    expect(decision.message).toContain("not running as root");
    expect(decision.message).toContain("sudo apt-get install chromium");
    expect(decision.message).toContain("npx playwright install chromium");
  });

  it("asks to install when nothing is found and apt-get is missing, even as root", () => {
    const decision = chooseBrowser({
      candidates: { system: SYSTEM },
      exists: only(),
      isRoot: true,
      hasApt: false,
    });
    expect(decision.action).toBe("fail");
    if (decision.action !== "fail") return;
    expect(decision.message).toContain("apt-get is not available");
    expect(decision.message).toContain("npx playwright install chromium");
  });

  it("gives up instead of installing again when the apt-get install left no browser", () => {
    const decision = chooseBrowser({
      candidates: { system: SYSTEM },
      exists: only(),
      isRoot: true,
      hasApt: true,
      installAttempted: true,
    });
    expect(decision.action).toBe("fail");
    if (decision.action !== "fail") return;
    expect(decision.message).toContain("apt-get install chromium finished");
  });

  it("names every place it looked in the failure message", () => {
    const decision = chooseBrowser({
      candidates: { playwright: PLAYWRIGHT, env: "/opt/x", system: SYSTEM },
      exists: only(),
      isRoot: false,
      hasApt: false,
    });
    if (decision.action !== "fail") throw new Error(`expected fail, got ${decision.action}`);
    for (const path of [PLAYWRIGHT, "/opt/x", ...SYSTEM]) expect(decision.message).toContain(path);
  });
});

describe("chooseBrowser for headless runs (tests)", () => {
  it("prefers Debian's headless shell over the full system Chromium", () => {
    const decision = chooseBrowser({
      candidates: { playwright: PLAYWRIGHT, system: SYSTEM, shell: [SHELL] },
      exists: only(SHELL, "/usr/bin/chromium"),
      isRoot: false,
      hasApt: true,
      headless: true,
    });
    expect(decision).toMatchObject({ action: "use", path: SHELL, source: "system" });
    expect(decision.notes).toEqual([]);
  });

  it("still prefers an installed Playwright browser and PLAYWRIGHT_CHROMIUM_EXECUTABLE", () => {
    const own = chooseBrowser({
      candidates: { playwright: PLAYWRIGHT, system: SYSTEM, shell: [SHELL] },
      exists: only(PLAYWRIGHT, SHELL),
      isRoot: true,
      hasApt: true,
      headless: true,
    });
    expect(own).toMatchObject({ action: "use", path: PLAYWRIGHT });
    const chosen = chooseBrowser({
      candidates: { env: "/opt/chrome/chrome", system: SYSTEM, shell: [SHELL] },
      exists: only("/opt/chrome/chrome", SHELL),
      isRoot: true,
      hasApt: true,
      headless: true,
    });
    expect(chosen).toMatchObject({ action: "use", path: "/opt/chrome/chrome", source: "env" });
  });

  it("installs the headless shell as root with apt, even when the full Chromium is there", () => {
    const decision = chooseBrowser({
      candidates: { system: SYSTEM, shell: [SHELL] },
      exists: only("/usr/bin/chromium"),
      isRoot: true,
      hasApt: true,
      headless: true,
    });
    expect(decision).toMatchObject({
      action: "install",
      package: "chromium-headless-shell",
      commands: [
        ["apt-get", "update"],
        ["apt-get", "install", "-y", "chromium-headless-shell"],
      ],
    });
    expect(APT_INSTALL_SHELL_COMMANDS).toEqual([
      ["apt-get", "update"],
      ["apt-get", "install", "-y", "chromium-headless-shell"],
    ]);
  });

  it("says it installed the shell once the install put it there", () => {
    const decision = chooseBrowser({
      candidates: { system: SYSTEM, shell: [SHELL] },
      exists: only(SHELL),
      isRoot: true,
      hasApt: true,
      headless: true,
      shellInstallAttempted: true,
    });
    expect(decision).toMatchObject({
      action: "use",
      path: SHELL,
      reason: "installed Debian chromium-headless-shell with apt-get",
    });
  });

  it("falls back to the full Chromium with a note when the shell cannot be had (not root, or its install failed)", () => {
    for (const facts of [
      { isRoot: false, shellInstallAttempted: false },
      { isRoot: true, shellInstallAttempted: true },
    ]) {
      const decision = chooseBrowser({
        candidates: { system: SYSTEM, shell: [SHELL] },
        exists: only("/usr/bin/chromium"),
        hasApt: true,
        headless: true,
        ...facts,
      });
      expect(decision).toMatchObject({ action: "use", path: "/usr/bin/chromium" });
      expect(decision.notes.join("\n")).toContain("sudo apt-get install chromium-headless-shell");
    }
  });

  it("installs chromium after a failed shell install left nothing at all", () => {
    const decision = chooseBrowser({
      candidates: { system: SYSTEM, shell: [SHELL] },
      exists: only(),
      isRoot: true,
      hasApt: true,
      headless: true,
      shellInstallAttempted: true,
    });
    expect(decision).toMatchObject({ action: "install", package: "chromium" });
  });

  it("does not look for the shell when the browser must show pages (Lighthouse)", () => {
    const decision = chooseBrowser({
      candidates: { system: SYSTEM, shell: [SHELL] },
      exists: only(SHELL, "/usr/bin/chromium"),
      isRoot: true,
      hasApt: true,
    });
    expect(decision).toMatchObject({ action: "use", path: "/usr/bin/chromium" });
  });
});
