import { describe, expect, it } from "vitest";
import { contrastRatio, luminance, withContrast } from "../../src/lib/contrast";

describe("contrastRatio and withContrast", () => {
  it("measures contrast as WCAG does", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("6e7781", "f6f8fa")).toBeCloseTo(4.27, 2);
  });

  it("keeps a colour that already reads and moves a faint one just past 4.5:1", () => {
    expect(withContrast("#24292f", "#f6f8fa")).toBe("24292f");
    const light = withContrast("#6e7781", "#f6f8fa");
    expect(contrastRatio(light, "#f6f8fa")).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(light, "#f6f8fa")).toBeLessThan(4.8);
    const dark = withContrast("#484f58", "#0d1117");
    expect(contrastRatio(dark, "#0d1117")).toBeGreaterThanOrEqual(4.5);
    expect(luminance(dark)).toBeGreaterThan(luminance("#484f58"));
  });
});
