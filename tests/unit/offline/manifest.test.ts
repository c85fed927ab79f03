import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { APP_ICONS, THEME_COLORS, maskableSvg, webAppManifest } from "../../../src/lib/offline/manifest";

const ROOT = resolve(import.meta.dirname, "../../..");
const options = {
  base: "/handbook/",
  name: "GenAI Interview Handbook",
  shortName: "GenAI Handbook",
  description: "Eight questions.",
  lang: "en",
};

describe("webAppManifest", () => {
  it("puts the app's identity, start and scope at the base path, and every icon under it", () => {
    const manifest = webAppManifest(options);
    expect(manifest).toMatchObject({
      id: "/handbook/",
      start_url: "/handbook/",
      scope: "/handbook/",
      display: "standalone",
      lang: "en",
    });
    expect(manifest["icons"]).toEqual([
      { src: "/handbook/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/handbook/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/handbook/icons/maskable-192.png", sizes: "192x192", type: "image/png", purpose: "maskable" },
      { src: "/handbook/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ]);
    expect(webAppManifest({ ...options, base: "" })).toMatchObject({ id: "/", start_url: "/", scope: "/" });
  });

  it("gives both schemes their colours", () => {
    expect(webAppManifest(options)).toMatchObject({
      theme_color: "#fcfcfb",
      background_color: "#fcfcfb",
      user_preferences: { color_scheme_dark: { theme_color: "#14171a", background_color: "#14171a" } },
    });
  });

  it("uses the page colours tokens.css declares", () => {
    const tokens = readFileSync(join(ROOT, "src/styles/tokens.css"), "utf8");
    const token = (name: string) => new RegExp(`${name}:\\s*(#[0-9a-f]{6})`, "i").exec(tokens)?.[1];
    expect(THEME_COLORS.light).toBe(token("--site-paper"));
    expect(THEME_COLORS.dark).toBe(token("--site-ink-950"));
    expect(tokens).toMatch(/--site-color-bg:\s*light-dark\(var\(--site-paper\), var\(--site-ink-950\)\)/);
  });

  it("lists the sizes browsers ask for, plain and maskable", () => {
    expect(APP_ICONS.filter((i) => i.purpose === "any").map((i) => i.size)).toEqual([192, 512]);
    expect(APP_ICONS.filter((i) => i.purpose === "maskable").map((i) => i.size)).toEqual([192, 512]);
  });
});

describe("maskableSvg", () => {
  const mark =
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="8" fill="#3548c8"/><path d="M9 11h14" stroke="#fff"/></svg>';

  it("paints the mark's colour over the whole square behind the drawing", () => {
    expect(maskableSvg(mark)).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect x="0" y="0" width="32" height="32" fill="#3548c8"/><rect width="32" height="32" rx="8" fill="#3548c8"/><path d="M9 11h14" stroke="#fff"/></svg>',
    );
  });

  it("works on the site's own mark", () => {
    expect(maskableSvg(readFileSync(join(ROOT, "public/favicon.svg"), "utf8"))).toContain(
      '<rect x="0" y="0" width="32" height="32" fill="#3548c8"/>',
    );
  });

  it("names the file and what it needs when the mark has no viewBox or no colour", () => {
    expect(() => maskableSvg('<svg width="32"><path fill="#fff"/></svg>', "public/favicon.svg")).toThrow(
      'public/favicon.svg: the mark needs a viewBox="…" on <svg> to be drawn as an app icon',
    );
    expect(() => maskableSvg('<svg viewBox="0 0 8 8"><path stroke="red"/></svg>', "mark.svg")).toThrow(
      'mark.svg: the mark needs a fill="#rrggbb" colour to make its full-bleed (maskable) icon',
    );
  });
});
