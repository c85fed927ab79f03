/** The web app manifest and its icons: what a browser needs to install the handbook as an app. */
import { href } from "../routes";

/**
 * Page background of each scheme, as tokens.css declares them (`--site-paper`, `--site-ink-950`);
 * tests/unit/offline/manifest.test.ts fails when the two drift apart. The header is the page colour too,
 * so the browser's title bar and the splash screen join the page without a seam.
 */
export const THEME_COLORS = { light: "#fcfcfb", dark: "#14171a" } as const;

/** One icon drawn from the site's mark (public/favicon.svg) at build time. */
export interface AppIcon {
  /** File under the base path. */
  readonly path: string;
  readonly size: number;
  /** `any`: the mark as it is; `maskable`: full-bleed, for launchers that cut their own shape. */
  readonly purpose: "any" | "maskable";
}

/**
 * The sizes browsers ask for: 192 and 512 px (Chromium's install prompt and splash screen, Android's
 * launcher, and Safari's home screen, which reads the manifest's icons), plain and maskable.
 */
export const APP_ICONS: readonly AppIcon[] = [
  { path: "icons/icon-192.png", size: 192, purpose: "any" },
  { path: "icons/icon-512.png", size: 512, purpose: "any" },
  { path: "icons/maskable-192.png", size: 192, purpose: "maskable" },
  { path: "icons/maskable-512.png", size: 512, purpose: "maskable" },
];

export interface ManifestOptions {
  readonly base: string;
  readonly name: string;
  readonly shortName: string;
  readonly description: string;
  readonly lang: string;
}

/**
 * The manifest, with every URL under the base path: the app's identity, start URL and scope are the base,
 * so two copies of the site on one origin (`/` and `/handbook/`) are two apps. `user_preferences` carries
 * the dark scheme's colours (the manifest-incubations proposal; browsers without it use the light ones,
 * and the page's `theme-color` metas per scheme cover the browser's own bar).
 */
export function webAppManifest(options: ManifestOptions): Record<string, unknown> {
  const root = href(options.base);
  return {
    id: root,
    name: options.name,
    short_name: options.shortName,
    description: options.description,
    lang: options.lang,
    dir: "ltr",
    start_url: root,
    scope: root,
    display: "standalone",
    theme_color: THEME_COLORS.light,
    background_color: THEME_COLORS.light,
    user_preferences: {
      color_scheme_dark: { theme_color: THEME_COLORS.dark, background_color: THEME_COLORS.dark },
    },
    icons: APP_ICONS.map((icon) => ({
      src: href(options.base, icon.path),
      sizes: `${icon.size}x${icon.size}`,
      type: "image/png",
      purpose: icon.purpose,
    })),
  };
}

/**
 * The mark made full-bleed for a maskable icon: its first `fill` colour painted over the whole square
 * behind it, so a launcher's circle or squircle cuts into colour, never into transparent corners. The
 * mark's own drawing stays inside the central 80 % that every mask keeps. Throws when the SVG has no
 * `viewBox` or no fill to take the colour from.
 */
export function maskableSvg(mark: string, file = "public/favicon.svg"): string {
  const viewBox = /<svg\b[^>]*\sviewBox="([^"]+)"/.exec(mark)?.[1];
  const fill = /\sfill="(#[0-9a-fA-F]{3,8})"/.exec(mark)?.[1];
  if (!viewBox) throw new Error(`${file}: the mark needs a viewBox="…" on <svg> to be drawn as an app icon`);
  if (!fill) throw new Error(`${file}: the mark needs a fill="#rrggbb" colour to make its full-bleed (maskable) icon`);
  const [x = 0, y = 0, width = 0, height = 0] = viewBox
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  const open = /<svg\b[^>]*>/.exec(mark)!;
  const backdrop = `<rect x="${x}" y="${y}" width="${width}" height="${height}" fill="${fill}"/>`;
  const at = open.index + open[0].length;
  return `${mark.slice(0, at)}${backdrop}${mark.slice(at)}`;
}
