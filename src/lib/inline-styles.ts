/**
 * The site's cascade layers, in order: a later layer wins over an earlier one whatever the selectors. Every
 * page declares this order in an inline <style>, first in <head> (src/layouts/BaseLayout.astro), because a browser
 * fixes the order at the first `@layer` it meets, and which bundled stylesheet comes first differs from page to
 * page (a question page links its own styles before the shared ones). Every `@layer` in src/ names one of these
 * (tests/unit/inline-styles.test.ts).
 */
export const CASCADE_LAYERS = ["reset", "tokens", "base", "prose", "code", "components", "utilities", "print"] as const;

/** Every inline style the site writes, by name: the only ones whose hashes its Content-Security-Policy lists (astro.config.mjs). */
export const INLINE_STYLES = {
  layerOrder: `@layer ${CASCADE_LAYERS.join(",")};`,
} as const;
