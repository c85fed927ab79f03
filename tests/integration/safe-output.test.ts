/**
 * A build publishes a complete, checked site or nothing: the output folder that stood before (here a marker page)
 * survives a build that ends its own process midway, a page holding an inline script the site did not write, and
 * a build during which something logged an error; each of these exits non-zero, says why, and leaves no
 * half-written folder behind.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copySite, type SiteCopy } from "../helpers/site-copy";

const MARKER = "<!doctype html><title>the previous good site</title>";
let site: SiteCopy;

beforeAll(() => {
  site = copySite();
  site.write("dist/index.html", MARKER);
});

afterAll(() => site?.remove());

function expectOutputUntouched() {
  expect(site.read("dist/index.html")).toBe(MARKER);
  expect(site.rootEntries().filter((name) => name.startsWith(".dist-"))).toEqual([]);
}

describe("the output folder is replaced only by a complete build", { timeout: 200_000 }, () => {
  it("survives a page whose code ends the process with exit code 0 while pages render", () => {
    site.write("src/pages/stop.astro", "---\nprocess.exit(0);\n---\n<p>never</p>\n");
    try {
      const { status, output } = site.build();
      expect(status).not.toBe(0);
      expect(output).toMatch(/\[site:safe-output\] the build stopped before it finished; .*dist was left as it was/);
      expectOutputUntouched();
    } finally {
      site.delete("src/pages/stop.astro");
    }
  });

  it("refuses a page with an inline script the site did not write, but not script text inside an attribute", () => {
    const page = site.read("src/pages/404.astro");
    const question = site.read("content/questions/cost-optimization.mdx");
    site.edit("src/pages/404.astro", (t) =>
      t.replace("</BaseLayout>", '<script is:inline>alert("not ours")</script>\n</BaseLayout>\n'),
    );
    // The summary becomes the page's meta description: markup in it is text in an attribute, never a script.
    site.edit("content/questions/cost-optimization.mdx", (t) =>
      t.replace(/^summary:.*$/m, 'summary: "Costs, with <script>alert(1)</script> written in the summary as words."'),
    );
    try {
      const { status, output } = site.build();
      expect(status).not.toBe(0);
      expect(output).toContain("Page check failed: 1 problem in the built pages:");
      expect(output).toContain(
        `404.html: an inline script that is not one of the site's own runs here: "alert(\\"not ours\\")"`,
      );
      expect(output).not.toContain("cost-optimization/index.html: an inline script");
      expectOutputUntouched();
    } finally {
      site.write("src/pages/404.astro", page);
      site.write("content/questions/cost-optimization.mdx", question);
    }
  });

  it("fails a build during which anything logged an error, even when Astro carried on", () => {
    const config = site.read("astro.config.mjs");
    site.edit("astro.config.mjs", (t) =>
      t.replace(
        /integrations: (withTimings\()?\[/,
        '$&{ name: "test:logs-error", hooks: { "astro:build:start": ({ logger }) => logger.error("something broke, and the build went on") } }, ',
      ),
    );
    try {
      const { status, output } = site.build();
      expect(status).not.toBe(0);
      expect(output).toMatch(
        /The build logged 1 error, so its output is not published \(.*dist is left as it was\):\n\s+- \[test:logs-error\] something broke, and the build went on/,
      );
      expectOutputUntouched();
    } finally {
      site.write("astro.config.mjs", config);
    }
  });
});
