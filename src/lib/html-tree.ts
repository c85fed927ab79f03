/**
 * A built page as a tree, parsed once with parse5 (a spec-compliant parser: entities decoded, markup shown as
 * text never taken for elements), and the walks the page check and the link check share. Either takes the HTML
 * or a tree already parsed, so a build parses each page once for both.
 */
import { parse } from "parse5";
import type { DefaultTreeAdapterTypes } from "parse5";

export type HtmlNode = DefaultTreeAdapterTypes.Node;
export type HtmlElement = DefaultTreeAdapterTypes.Element;
export type HtmlDocument = DefaultTreeAdapterTypes.Document;

/** A page's HTML, or its tree from `parseHtml`. */
export type HtmlPage = string | HtmlDocument;

export function parseHtml(html: string): HtmlDocument {
  return parse(html);
}

export function treeOf(page: HtmlPage): HtmlDocument {
  return typeof page === "string" ? parse(page) : page;
}

/** A node's children; a `<template>`'s markup lives in its content fragment. */
export function children(node: HtmlNode): HtmlNode[] {
  const kids = "childNodes" in node ? [...node.childNodes] : [];
  if ("content" in node && node.content) kids.push(...node.content.childNodes);
  return kids;
}

export function attr(element: HtmlElement, name: string): string | undefined {
  return element.attrs.find((a) => a.name === name)?.value;
}

/** The text inside a node, as it is in the document. */
export function textOf(node: HtmlNode): string {
  if (node.nodeName === "#text" && "value" in node) return node.value;
  return children(node).map(textOf).join("");
}

/** Every element under `root`, in document order. */
export function* elements(root: HtmlNode): Generator<HtmlElement> {
  const stack: HtmlNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as HtmlNode;
    if ("tagName" in node) yield node;
    const kids = children(node);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as HtmlNode);
  }
}
