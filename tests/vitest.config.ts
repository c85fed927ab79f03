import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Two projects, run by separate npm scripts:
//   unit         `npm run test:unit`: pure modules and the content checks; fast, no build.
//   integration  `npm run test:integration`: each test builds a (broken) copy of the site with `astro build`;
//                files run side by side, one build per core.
export default defineConfig({
  // The import alias of tsconfig.json: `~/components/…` is src/components/….
  resolve: { alias: { "~": fileURLToPath(new URL("../src", import.meta.url)) } },
  test: {
    environment: "node",
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["tests/unit/**/*.test.ts", "tests/content/**/*.test.ts"] },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          // An astro build is mostly one busy core: two at a time fill this machine's two.
          maxWorkers: 2,
          testTimeout: 200_000,
        },
      },
    ],
  },
});
