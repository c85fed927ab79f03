import { describe, expect, it } from "vitest";
import { slugFromFileName, suggestKebabId } from "../../../src/lib/content/slug";

describe("slugFromFileName", () => {
  it("takes the slug from the file name, not the title", () => {
    expect(slugFromFileName("cost-optimization.mdx")).toBe("cost-optimization");
  });

  it("accepts a path and uses only the base name", () => {
    expect(slugFromFileName("nested/dir/staying-current.mdx")).toBe("staying-current");
  });

  it("allows digits inside a slug", () => {
    expect(slugFromFileName("gpt4-routing.mdx")).toBe("gpt4-routing");
  });

  it.each(["Cost Optimization.mdx", "cost_optimization.mdx", "1-cost.mdx", "cost--opt.mdx", "-cost.mdx"])(
    "refuses %s and names the file",
    (name) => {
      expect(() => slugFromFileName(name)).toThrow(new RegExp(`content/questions/${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}.*kebab-case`));
    },
  );
});

describe("suggestKebabId", () => {
  it("suggests a kebab-case id for a heading or a bad id", () => {
    expect(suggestKebabId("3. Response Caching!")).toBe("response-caching");
    expect(suggestKebabId("Response_Caching")).toBe("response-caching");
    expect(suggestKebabId("Café Ops")).toBe("cafe-ops");
    expect(suggestKebabId("???")).toBe("section");
  });
});
