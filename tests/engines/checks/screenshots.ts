// Screenshots for a person to compare the engines: the home page and a question at 390 and 1280 px, written to
// test-results/engines/<engine>/ (not committed). Each is checked to be a PNG of the viewport's size.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { EngineContext } from "../suite.ts";
import { settled } from "./site.ts";

const SHOTS = [
  { name: "home", path: "" },
  { name: "question", path: "questions/cost-optimization/" },
] as const;
const WIDTHS = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
] as const;

/** Width and height from a PNG's header. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  if (bytes.toString("latin1", 1, 4) !== "PNG") throw new Error(`${file} is not a PNG`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

export function screenshotChecks(context: EngineContext): void {
  describe("screenshots", () => {
    for (const shot of SHOTS) {
      it(`writes /${shot.path} at ${WIDTHS.map((w) => w.width).join(" and ")} px to test-results/engines/${context.engine}/`, async () => {
        const { driver, shotsDir } = context;
        await driver.goto(shot.path);
        for (const { width, height } of WIDTHS) {
          await driver.setViewport(width, height);
          await settled(driver);
          const file = join(shotsDir, `${shot.name}-${width}.png`);
          await driver.screenshot(file);
          expect(pngSize(file)).toEqual({ width, height });
        }
      });
    }
  });
}
