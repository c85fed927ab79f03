/**
 * A title with a character no font the site ships can draw stops the build before any image is
 * drawn, naming the character, its code point and the content file (one build of a broken copy;
 * it fails as the image route lists its paths, before pages are rendered).
 */
import { afterEach, describe, expect, it } from "vitest";
import { copySite, type SiteCopy } from "../helpers/site-copy";

let site: SiteCopy | undefined;
afterEach(() => site?.remove());

describe("preview images", { timeout: 200_000 }, () => {
  it("refuse a character no font can draw, naming it and its file", () => {
    site = copySite();
    site.edit("content/questions/cost-optimization.mdx", (t) => t.replace(/^title: "(.*)"$/m, 'title: "$1 𓀀"'));
    const { status, output } = site.build();
    expect(status).not.toBe(0);
    expect(output).toContain("Preview images: no font the site ships can draw this character:");
    expect(output).toMatch(/content\/questions\/cost-optimization\.mdx, title “.*𓀀”: “𓀀” \(U\+13000\)/);
    expect(output).not.toMatch(/\/og\/questions\/.*\.png \(\+/);
  });
});
