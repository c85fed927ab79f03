// The axe-core tags of the accessibility gate, shared by the Chromium suite (tests/e2e/) and the cross-engine
// suite (tests/engines/): WCAG 2.0, 2.1 and 2.2, levels A and AA (axe has no rules tagged wcag22a).

export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
