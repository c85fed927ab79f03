import { describe, expect, it } from "vitest";
import { chooseEngines, parseEngineList } from "../../helpers/engines.mjs";

const FIREFOX = "/usr/bin/firefox-esr";
const DRIVER = "/usr/bin/WebKitWebDriver";
const MINIBROWSER = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";
const XVFB = "/usr/bin/Xvfb";
const XDOTOOL = "/usr/bin/xdotool";
const EVERYTHING = [FIREFOX, DRIVER, MINIBROWSER, XVFB, XDOTOOL];

/** An `exists` that knows only the given paths. */
const only =
  (...present: string[]) =>
  (path: string) =>
    present.includes(path);

const both = ["firefox", "webkit"] as const;

describe("parseEngineList", () => {
  it("runs every engine when ENGINES is unset or empty", () => {
    expect(parseEngineList(undefined)).toEqual({ engines: ["firefox", "webkit"] });
    expect(parseEngineList(" ")).toEqual({ engines: ["firefox", "webkit"] });
  });

  it("takes a comma-separated subset in any case, reported in the suite's order", () => {
    expect(parseEngineList("WebKit")).toEqual({ engines: ["webkit"] });
    expect(parseEngineList("webkit, firefox")).toEqual({ engines: ["firefox", "webkit"] });
  });

  it("names an unknown engine and the known ones", () => {
    const parsed = parseEngineList("firefox,chrome");
    expect(parsed).toEqual({ error: expect.stringContaining('unknown engine "chrome"') });
    if ("error" in parsed) expect(parsed.error).toContain("firefox, webkit");
  });
});

describe("chooseEngines", () => {
  it("uses what is installed, with every tool's path", () => {
    const decision = chooseEngines({ wanted: both, exists: only(...EVERYTHING), isRoot: true, hasApt: true });
    expect(decision).toEqual({
      action: "use",
      engines: [
        { engine: "firefox", label: "Firefox ESR", tools: { firefox: FIREFOX }, reason: "already installed" },
        {
          engine: "webkit",
          label: "WebKitGTK (MiniBrowser)",
          tools: { driver: DRIVER, minibrowser: MINIBROWSER, xvfb: XVFB, xdotool: XDOTOOL },
          reason: "already installed",
        },
      ],
    });
  });

  it("finds MiniBrowser under another architecture's library folder", () => {
    const arm = "/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser";
    const decision = chooseEngines({
      wanted: ["webkit"],
      exists: only(DRIVER, arm, XVFB, XDOTOOL),
      isRoot: false,
      hasApt: false,
    });
    expect(decision).toMatchObject({ action: "use", engines: [{ tools: { minibrowser: arm } }] });
  });

  it("looks only for the engines asked for", () => {
    const decision = chooseEngines({ wanted: ["firefox"], exists: only(FIREFOX), isRoot: false, hasApt: false });
    expect(decision).toMatchObject({ action: "use", engines: [{ engine: "firefox" }] });
  });

  it("installs the missing packages with apt-get update first, as root with apt", () => {
    const decision = chooseEngines({ wanted: both, exists: only(), isRoot: true, hasApt: true });
    expect(decision).toMatchObject({
      action: "install",
      packages: ["firefox-esr", "webkit2gtk-driver", "xvfb", "xdotool"],
      commands: [
        ["apt-get", "update"],
        ["apt-get", "install", "-y", "firefox-esr", "webkit2gtk-driver", "xvfb", "xdotool"],
      ],
    });
  });

  it("installs only what is missing, and says what that is", () => {
    const decision = chooseEngines({
      wanted: both,
      exists: only(FIREFOX, DRIVER, MINIBROWSER),
      isRoot: true,
      hasApt: true,
    });
    expect(decision).toMatchObject({ action: "install", packages: ["xvfb", "xdotool"] });
    if (decision.action !== "install") return;
    expect(decision.commands[1]).toEqual(["apt-get", "install", "-y", "xvfb", "xdotool"]);
    expect(decision.reason).toContain("webkit xvfb (/usr/bin/Xvfb, package xvfb)");
  });

  it("reports freshly installed engines as installed with apt-get", () => {
    const decision = chooseEngines({
      wanted: both,
      exists: only(...EVERYTHING),
      isRoot: true,
      hasApt: true,
      installAttempted: true,
    });
    expect(decision).toMatchObject({
      action: "use",
      engines: [{ reason: "installed with apt-get" }, { reason: "installed with apt-get" }],
    });
  });

  it("gives up instead of installing again when apt-get left something missing", () => {
    const decision = chooseEngines({
      wanted: both,
      exists: only(FIREFOX),
      isRoot: true,
      hasApt: true,
      installAttempted: true,
    });
    expect(decision.action).toBe("fail");
    if (decision.action !== "fail") return;
    expect(decision.message).toContain("apt-get install webkit2gtk-driver xvfb xdotool finished, but still missing");
  });

  it("says what to install when not root", () => {
    const decision = chooseEngines({
      wanted: both,
      exists: only(DRIVER, MINIBROWSER, XVFB, XDOTOOL),
      isRoot: false,
      hasApt: true,
    });
    expect(decision.action).toBe("fail");
    if (decision.action !== "fail") return;
    expect(decision.message).toContain("not running as root");
    expect(decision.message).toContain("sudo apt-get install -y firefox-esr");
    expect(decision.message).toContain("/usr/bin/firefox-esr");
  });

  it("says what to install when apt-get is missing, even as root", () => {
    const decision = chooseEngines({ wanted: ["webkit"], exists: only(), isRoot: true, hasApt: false });
    expect(decision.action).toBe("fail");
    if (decision.action !== "fail") return;
    expect(decision.message).toContain("apt-get is not available");
    expect(decision.message).toContain("webkit2gtk-driver xvfb xdotool");
  });
});
