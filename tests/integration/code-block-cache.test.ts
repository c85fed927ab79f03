/**
 * Code blocks are highlighted once (src/integrations/code-blocks.ts): the same block again, in this build or a later
 * one, comes from memory or from the cache folder; anything the result depends on changing, or a damaged entry,
 * means highlighting again; every caller gets its own copy; and entries no block asked for are removed.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { blockHighlighter } from "../../src/integrations/code-blocks";

const root = mkdtempSync(join(tmpdir(), "code-block-cache-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A highlighter that records what it was asked, in a cache folder of its own unless one is given (null: none). */
function counted(given?: string | null, salt = "salt") {
  const folder = given === null ? undefined : (given ?? mkdtempSync(join(root, "own-")));
  const calls: string[] = [];
  const highlight = async (code: string, lang: string) => {
    calls.push(code);
    return { type: "element", tagName: "pre", properties: { lang }, children: [{ type: "text", value: code }] };
  };
  return { calls, folder, blocks: blockHighlighter(async () => ({ highlight, folder, salt })) };
}

describe("highlighting each code block once", () => {
  it("highlights a block repeated in many answers once, and gives each page its own copy", async () => {
    const { calls, blocks } = counted();
    const first = (await blocks.highlight("print(1)", "python")) as { properties: Record<string, unknown> };
    first.properties["lang"] = "changed by a later plugin";
    const again = await blocks.highlight("print(1)", "python");
    await blocks.highlight("print(1)", "text");
    expect(calls).toEqual(["print(1)", "print(1)"]);
    expect(again).toEqual({
      type: "element",
      tagName: "pre",
      properties: { lang: "python" },
      children: [{ type: "text", value: "print(1)" }],
    });
  });

  it("reuses an earlier build's blocks from the cache folder, unless what they depend on changed", async () => {
    const folder = join(root, "shared");
    const earlier = counted(folder);
    await earlier.blocks.highlight("x = 1", "python");
    const later = counted(folder);
    expect(await later.blocks.highlight("x = 1", "python")).toMatchObject({ properties: { lang: "python" } });
    expect(later.calls).toEqual([]);
    const newTheme = counted(folder, "another theme");
    await newTheme.blocks.highlight("x = 1", "python");
    expect(newTheme.calls).toEqual(["x = 1"]);
  });

  it("highlights again over a damaged entry, and mends it", async () => {
    const folder = join(root, "damaged");
    await counted(folder).blocks.highlight("y = 2", "python");
    const [entry] = readdirSync(folder);
    writeFileSync(join(folder, entry ?? ""), '{"node": {"type": "elem');
    const next = counted(folder);
    expect(await next.blocks.highlight("y = 2", "python")).toMatchObject({ tagName: "pre" });
    expect(next.calls).toEqual(["y = 2"]);
    const after = counted(folder);
    await after.blocks.highlight("y = 2", "python");
    expect(after.calls).toEqual([]);
  });

  it("removes the entries of blocks no page has any more when a build ends", async () => {
    const folder = join(root, "pruned");
    const earlier = counted(folder);
    await earlier.blocks.highlight("old()", "python");
    await earlier.blocks.highlight("kept()", "python");
    const later = counted(folder);
    await later.blocks.highlight("kept()", "python");
    later.blocks.prune();
    expect(readdirSync(folder)).toHaveLength(1);
    const last = counted(folder);
    await last.blocks.highlight("kept()", "python");
    expect(last.calls).toEqual([]);
  });

  it("keeps nothing on disk outside a build", async () => {
    const before = readdirSync(root);
    const { blocks, calls } = counted(null);
    await blocks.highlight("z = 3", "python");
    await blocks.highlight("z = 3", "python");
    blocks.prune();
    expect(calls).toEqual(["z = 3"]);
    expect(readdirSync(root)).toEqual(before);
  });
});
