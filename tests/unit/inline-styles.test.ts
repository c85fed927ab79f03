import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { CASCADE_LAYERS, INLINE_STYLES } from "../../src/lib/inline-styles";

const SRC = resolve(import.meta.dirname, "../../src");

function sources(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? sources(path) : /\.(css|astro)$/.test(name) ? [path] : [];
  });
}

describe("the cascade layer order", () => {
  it("is one @layer statement naming the layers from weakest to strongest", () => {
    expect(INLINE_STYLES.layerOrder).toBe("@layer reset,tokens,base,prose,code,components,utilities,print;");
  });

  it("names every layer a stylesheet or component of src/ puts rules in", () => {
    const unknown = sources(SRC).flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(/@layer\s+([a-z-]+)\s*\{/g)]
        .map((m) => m[1] ?? "")
        .filter((layer) => !(CASCADE_LAYERS as readonly string[]).includes(layer))
        .map((layer) => `${relative(SRC, file)}: @layer ${layer}`),
    );
    expect(unknown).toEqual([]);
  });
});
