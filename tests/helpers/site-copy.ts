/**
 * Builds a throwaway copy of the site in a temporary folder, so tests can break its
 * content and check that `astro build` refuses it with a useful message.
 */
import { spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "../..");
const COPIED = ["content", "src", "public", "astro.config.mjs", "package.json", "tsconfig.json"];

export interface SiteCopy {
  readonly dir: string;
  /** Rewrites a file of the copy (path relative to the project root); throws when the change changes nothing. */
  edit(path: string, change: (text: string) => string): void;
  /** Writes a file of the copy, making its folder when needed. */
  write(path: string, text: string): void;
  read(path: string): string;
  /** Deletes a file or folder of the copy. */
  delete(path: string): void;
  exists(path: string): boolean;
  /** Names in the copy's root folder (to find left-over build folders). */
  rootEntries(): string[];
  /**
   * Runs `astro build` in the copy (into its own dist/ unless `outDir` is given, with `env` added to the
   * environment); output is stdout and stderr together.
   */
  build(options?: { outDir?: string; env?: Record<string, string> }): { status: number | null; output: string };
  remove(): void;
}

export function copySite(): SiteCopy {
  const dir = mkdtempSync(join(tmpdir(), "site-copy-"));
  for (const entry of COPIED) {
    try {
      cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
  }
  // The packages are shared, but not Astro's and Vite's caches inside node_modules (the content store lives
  // there): each copy gets its own, so copies built side by side, and the project's own build, never meet.
  mkdirSync(join(dir, "node_modules"));
  for (const name of readdirSync(join(ROOT, "node_modules"))) {
    if (name === ".astro" || name === ".vite") continue;
    symlinkSync(join(ROOT, "node_modules", name), join(dir, "node_modules", name));
  }
  return {
    dir,
    edit(path, change) {
      const file = join(dir, path);
      const before = readFileSync(file, "utf8");
      const after = change(before);
      if (after === before) throw new Error(`the test's edit did not change ${path}`);
      writeFileSync(file, after);
    },
    write(path, text) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    },
    read(path) {
      return readFileSync(join(dir, path), "utf8");
    },
    delete(path) {
      rmSync(join(dir, path), { recursive: true, force: true });
    },
    exists(path) {
      return existsSync(join(dir, path));
    },
    rootEntries() {
      return readdirSync(dir);
    },
    build({ outDir = join(dir, "dist"), env = {} } = {}) {
      const result = spawnSync(
        process.execPath,
        [join(ROOT, "node_modules/astro/bin/astro.mjs"), "build", "--outDir", outDir],
        {
          cwd: dir,
          encoding: "utf8",
          env: { ...process.env, ...env, NO_COLOR: "1", FORCE_COLOR: "0", CI: "true" },
          timeout: 180_000,
        },
      );
      return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
