import { describe, expect, it } from "vitest";
import { attr, children, elements, parseHtml, textOf, treeOf } from "../../src/lib/html-tree";

describe("html-tree", () => {
  it("walks every element in document order, template content included", () => {
    const tree = parseHtml("<main id=a><p>x</p><template><b id=t>y</b></template></main>");
    const names = [...elements(tree)].map((e) => e.tagName);
    expect(names).toEqual(["html", "head", "body", "main", "p", "template", "b"]);
  });

  it("decodes entities in attributes and text, and never takes markup shown as text for an element", () => {
    const [code] = [...elements(parseHtml('<code title="a &amp; b">&lt;script&gt;</code>'))].filter(
      (e) => e.tagName === "code",
    );
    expect(code && attr(code, "title")).toBe("a & b");
    expect(code && textOf(code)).toBe("<script>");
    expect([...elements(parseHtml("<code>&lt;script&gt;</code>"))].some((e) => e.tagName === "script")).toBe(false);
  });

  it("answers undefined for a missing attribute and lists no children of a text node", () => {
    const [p] = [...elements(parseHtml("<p>hi</p>"))].filter((e) => e.tagName === "p");
    expect(p && attr(p, "id")).toBeUndefined();
    const text = p ? children(p)[0] : undefined;
    expect(text && children(text)).toEqual([]);
  });

  it("parses a string and hands back a tree it is given as it is", () => {
    const tree = parseHtml("<p>x</p>");
    expect(treeOf(tree)).toBe(tree);
    expect(treeOf("<p>x</p>")).not.toBe(tree);
    expect([...elements(treeOf("<p>x</p>"))].map((e) => e.tagName)).toContain("p");
  });
});
