// Preview-image cost at scale: builds the bench corpus (tests/bench/corpus.mjs, 1,000 questions by default,
// BENCH_QUESTIONS to change it) three times in one copy with its own cache folder: cold (empty cache), warm
// (nothing changed) and after changing one question's title. Prints what each build recorded in
// <cacheDir>/preview-images/last-build.json (images drawn, from cache, wall and per-image time) and the build's
// wall time. The copy's cache folder is its own (copyProject), so neither the project's cache nor other copies'
// interfere.
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { copyProject, generateQuestions } from "./corpus.mjs";
import { ROOT } from "../helpers/site-pages.mjs";

const total = Number(process.env.BENCH_QUESTIONS ?? 1000);
const copy = copyProject("bench-og-");
try {
  generateQuestions(copy.dir, total);
  const build = (label) => {
    const start = performance.now();
    const result = spawnSync(
      process.execPath,
      [join(ROOT, "node_modules/astro/bin/astro.mjs"), "build", "--outDir", join(copy.dir, "dist")],
      {
        cwd: copy.dir,
        encoding: "utf8",
        env: { ...process.env, NO_COLOR: "1" },
        maxBuffer: 256 * 1024 * 1024,
      },
    );
    const wall = (performance.now() - start) / 1000;
    if (result.status !== 0)
      throw new Error(`${label} build failed:\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`);
    const record = JSON.parse(readFileSync(join(copy.cacheDir, "preview-images", "last-build.json"), "utf8"));
    console.log(
      `${label.padEnd(18)} build ${wall.toFixed(1).padStart(6)} s | images ${record.images}: drawn ${record.drawn}, from cache ${record.fromCache}, ` +
        `${(record.wallMs / 1000).toFixed(1)} s wall, ${record.msPerDrawnImage ?? "-"} ms per drawn image (${record.workers} threads)`,
    );
    return record;
  };
  console.log(
    `Preview images, ${total} questions (load average ${(await import("node:os"))
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")})`,
  );
  build("cold");
  build("warm");
  const file = join(copy.dir, "content", "questions", "cost-optimization.mdx");
  writeFileSync(
    file,
    readFileSync(file, "utf8").replace(/^title: .*$/m, 'title: "How do you cut LLM costs without losing quality?"'),
  );
  const changed = build("one title changed");
  if (changed.drawn !== 1) throw new Error(`changing one title redrew ${changed.drawn} images, expected 1`);
} finally {
  copy.remove();
}
