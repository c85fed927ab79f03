import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ANSWER, PLACEHOLDER, PRACTICE_ON, hook, selector } from "../../src/hooks";
import { PREFLIGHT } from "../../src/lib/practice/storage";

const COMPONENTS = resolve(import.meta.dirname, "../../src/components");

interface Source {
  readonly path: string;
  readonly text: string;
}

const CLASS_ATTRIBUTE =
  /\bclass(?:Name)?(?:=|:\s*|\s*=\s*)(?:"([^"]*)"|\{`([^`]*)`\}|`([^`]*)`|\{"([^"]*)"\}|'([^']*)')/g;
const SELECTING = /\.(?:querySelector(?:All)?|closest|matches)(?:<[^>]*>)?\(\s*(["'`])((?:(?!\1).)*)\1/g;

/** Classes a feature's markup and scripts give elements. */
function classesMade(sources: readonly Source[]): Set<string> {
  const made = new Set<string>();
  for (const { text } of sources) {
    for (const m of text.matchAll(CLASS_ATTRIBUTE)) {
      for (const name of (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? "").split(/\s+/))
        if (/^[a-z][\w-]*$/.test(name)) made.add(name);
    }
    for (const m of text.matchAll(/classList\.(?:add|toggle)\(\s*["']([\w-]+)["']/g)) if (m[1]) made.add(m[1]);
  }
  return made;
}

/** Selectors in a feature's browser code that name a class the feature does not give. */
function foreignClassSelectors(sources: readonly Source[]): string[] {
  const own = classesMade(sources);
  return sources.flatMap(({ path, text }) =>
    [...text.matchAll(SELECTING)].flatMap((m) =>
      [...(m[2] ?? "").replace(/\$\{[^}]*\}/g, "").matchAll(/\.([a-z][\w-]*)/g)]
        .map((c) => c[1] ?? "")
        .filter((cls) => !own.has(cls))
        .map(
          (cls) =>
            `${path}: selects .${cls}, which its feature does not render; use a data attribute from src/hooks.ts`,
        ),
    ),
  );
}

function featureFolders(): { name: string; sources: Source[] }[] {
  const walk = (folder: string): string[] =>
    readdirSync(folder).flatMap((n) =>
      statSync(join(folder, n)).isDirectory()
        ? walk(join(folder, n))
        : /\.(astro|ts)$/.test(n)
          ? [join(folder, n)]
          : [],
    );
  return readdirSync(COMPONENTS)
    .filter((n) => statSync(join(COMPONENTS, n)).isDirectory())
    .map((name) => ({
      name,
      sources: walk(join(COMPONENTS, name)).map((f) => ({
        path: relative(COMPONENTS, f),
        text: readFileSync(f, "utf8"),
      })),
    }));
}

describe("hook and selector", () => {
  it("spread an attribute and select it, with or without a value", () => {
    expect(hook(ANSWER)).toEqual({ "data-answer": "" });
    expect(hook(PLACEHOLDER, "company-domain")).toEqual({ "data-placeholder": "company-domain" });
    expect(selector(ANSWER)).toBe("[data-answer]");
    expect(selector(PLACEHOLDER, 'a"b')).toBe('[data-placeholder="a\\"b"]');
  });
});

describe("features meet through data attributes", () => {
  it("no browser code selects by a class its own feature folder does not give", () => {
    const folders = featureFolders();
    expect(folders.map((f) => f.name)).toEqual(expect.arrayContaining(["answer", "practice", "search", "site"]));
    expect(folders.flatMap((f) => foreignClassSelectors(f.sources))).toEqual([]);
  });

  it("names a script that reaches into another feature by class, and lets its own classes and data attributes pass", () => {
    const practice: Source[] = [
      {
        path: "practice/Bar.astro",
        text: '<div class="practice__row"></div><script>document.querySelector(".question__body")</script>',
      },
      {
        path: "practice/bar.ts",
        text: 'this.querySelector(".practice__row"); document.querySelector("[data-answer]"); el.closest(`button[data-topic="${CSS.escape(t)}"]`)',
      },
    ];
    expect(foreignClassSelectors(practice)).toEqual([
      "practice/Bar.astro: selects .question__body, which its feature does not render; use a data attribute from src/hooks.ts",
    ]);
  });
});

describe("practice mode's state attributes (the pre-paint mark is PREFLIGHT of lib/practice/storage.ts)", () => {
  const read = (path: string) => readFileSync(resolve(import.meta.dirname, "../../src", path), "utf8");

  it("are set by practice mode under the names hooks.ts gives", () => {
    const bar = read("components/practice/practice-bar.ts");
    expect(bar, "practice-bar.ts sets PRACTICE_ON on the answer").toMatch(/toggleAttribute\(PRACTICE_ON, /);
  });

  it("are the ones the question page's CSS reads", () => {
    const layout = read("layouts/QuestionLayout.astro");
    expect(layout).toContain(`[${PRACTICE_ON}]`);
    expect(layout).toContain(`[${PREFLIGHT.attribute}]`);
  });
});
