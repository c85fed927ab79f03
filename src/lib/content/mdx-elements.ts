/** The content check's rules for JSX elements in an answer: the page's components and a few plain HTML elements. */
import type { MdxNode } from "../mdx-text";
import { MAX_PLACEHOLDER_NAME, PLACEHOLDER_NAME } from "../placeholders";
import { GLOBAL_ATTRIBUTES, HTML_ELEMENTS, REFUSED_ELEMENTS, URL_ATTRIBUTES } from "./mdx-allowed";
import { tag, text } from "./mdx-source";
import { linkProblem, resourceProblem } from "./url-safety";

type Node = MdxNode;

/** What element checks report to, and the components the page passes in with their attributes. */
export interface ElementContext {
  readonly add: (node: Node, message: string) => void;
  readonly claimId: (node: Node, id: string, what: string) => void;
  readonly components: Readonly<Record<string, readonly string[]>>;
}

function checkAttributes(node: Node, name: string, allowed: readonly string[], { add, claimId }: ElementContext): void {
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== "mdxJsxAttribute" || attribute.name === undefined) {
      add(node, `${tag(name)} has a JavaScript expression ({…}) among its attributes, which would run while the site is built; write each attribute as name="value"`);
      continue;
    }
    const attr = attribute.name;
    const value = attribute.value;
    if (/^on/i.test(attr)) {
      add(node, `attribute "${attr}" on ${tag(name)} is an event handler: pages run only the site's own scripts, so content cannot carry any`);
    } else if (attr.toLowerCase() === "style") {
      add(node, `attribute "style" on ${tag(name)}: the site's Content-Security-Policy refuses inline styles and its stylesheets style content; use Markdown (*emphasis*, **strong**) instead`);
    } else if (attr === "class" || attr === "className") {
      add(node, `attribute "${attr}" on ${tag(name)}: content does not set classes, the site styles Markdown by itself; remove it`);
    } else if (typeof value === "object" && value !== null) {
      add(node, `attribute "${attr}" on ${tag(name)} is a JavaScript expression ({…}), which would run while the site is built; write a plain value: ${attr}="…"`);
    } else if (!allowed.includes(attr)) {
      add(node, `attribute "${attr}" is not one ${tag(name)} may have in content; allowed: ${allowed.length > 0 ? allowed.join(", ") : "none"}`);
    } else if (typeof value === "string" && URL_ATTRIBUTES[attr] === "link") {
      const problem = linkProblem(value);
      if (problem) add(node, `${tag(name)} ${problem}`);
    } else if (typeof value === "string" && URL_ATTRIBUTES[attr] === "resource") {
      const problem = resourceProblem(value, `${tag(name)} source`);
      if (problem) add(node, problem);
    } else if (attr === "id") {
      claimId(node, typeof value === "string" ? value : "", tag(name));
    }
  }
}

/** Checks a JSX element of an answer: a component the page passes in, or a plain HTML element content may use. */
export function checkJsxElement(node: Node, context: ElementContext): void {
  const { add, components } = context;
  const name = node.name;
  if (!name) {
    add(node, "an empty tag <>…</> (a fragment) is not needed in content; write the content without it");
    return;
  }
  const component = components[name];
  if (component) {
    checkAttributes(node, name, component, context);
    if (name === "Placeholder") {
      if ((node.children ?? []).some((c) => c.type !== "text" && c.type !== "paragraph")) {
        add(node, "<Placeholder> holds plain words only, such as <Placeholder>Company/Domain</Placeholder>");
      } else {
        const words = text(node).trim();
        if (!PLACEHOLDER_NAME.test(words)) {
          add(
            node,
            `<Placeholder>${words}</Placeholder> is not a placeholder name: a letter, then at most ${MAX_PLACEHOLDER_NAME - 1} more characters, such as <Placeholder>Company/Domain</Placeholder>`,
          );
        }
      }
    }
    return;
  }
  if (/^[A-Z]/.test(name) || name.includes(".") || name.includes(":")) {
    const known = Object.keys(components).map(tag).join(" and ");
    add(node, `${tag(name)} is not a component content can use; the page passes in ${known}, and MDX files import nothing`);
    return;
  }
  const lower = name.toLowerCase();
  const refused = REFUSED_ELEMENTS.find(([pattern]) => pattern.test(lower));
  if (refused) {
    add(node, `${tag(name)} cannot be part of content: ${refused[1]}`);
    return;
  }
  const own = HTML_ELEMENTS[lower];
  if (!own || lower !== name) {
    add(node, `${tag(name)} is not an element content may use; write Markdown (lists, tables, **strong**, [links](…)) or use ${Object.keys(components).map(tag).join(" or ")}`);
    return;
  }
  checkAttributes(node, name, [...GLOBAL_ATTRIBUTES, ...own], context);
}
