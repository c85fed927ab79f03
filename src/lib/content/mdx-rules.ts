/**
 * What an MDX file of content may contain, checked on the same parse Astro's MDX uses (Sätteri) so every problem
 * has its line: Markdown, the components the page passes in, and a small set of plain HTML elements with harmless
 * attributes. Scripts, styles, event handlers, embedded pages, expressions (but a lone comment) and imports are refused (they would run
 * code, break the Content-Security-Policy or load from elsewhere), as are links with schemes other than http,
 * https and mailto, images from other sites, headings without a kebab-case id or with one the page already uses,
 * code blocks that are never closed and code languages the highlighter does not know.
 */
import { parseMdx } from "../mdx-text";
import type { MdxNode } from "../mdx-text";
import { KEBAB_ID, KEBAB_RULE } from "./schema";
import { suggestKebabId } from "./slug";
import { linkProblem, resourceProblem } from "./url-safety";
import { MAX_PLACEHOLDER_NAME, PLACEHOLDER_NAME } from "../placeholders";


/** A problem at a line of the file (1-based, frontmatter lines counted). */
export interface LineProblem {
  readonly line?: number | undefined;
  readonly message: string;
}

/** A heading of the page, as the page will have it. */
export interface MdxHeading {
  readonly depth: number;
  readonly id: string;
  readonly text: string;
  readonly line: number;
}

export interface MdxRules {
  /** Components the page passes in, by name, with the attributes each takes. */
  readonly components: Readonly<Record<string, readonly string[]>>;
  /** Whether a code block language is one the highlighter knows (`text` included). */
  readonly isKnownLanguage: (lang: string) => boolean;
  /** What uses an id on the page already, or undefined when content may use it. */
  readonly reservedIdOwner: (id: string) => string | undefined;
}

export interface MdxCheck {
  readonly problems: LineProblem[];
  /** The frontmatter's YAML text and the line it starts on; undefined when the file has none. */
  readonly frontmatter: { readonly text: string; readonly line: number } | undefined;
  readonly headings: MdxHeading[];
  /** False when the MDX does not parse (the one problem says where). */
  readonly parsed: boolean;
}

type Node = MdxNode;

/** Plain HTML elements an answer may write, with the attributes each may take beyond the global ones. */
const HTML_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
  a: ["href"],
  abbr: [],
  b: [],
  bdi: [],
  blockquote: ["cite"],
  br: [],
  caption: [],
  cite: [],
  code: [],
  col: ["span"],
  colgroup: ["span"],
  dd: [],
  del: ["cite", "datetime"],
  details: ["open"],
  dfn: [],
  div: [],
  dl: [],
  dt: [],
  em: [],
  figcaption: [],
  figure: [],
  hr: [],
  i: [],
  img: ["src", "alt", "width", "height"],
  ins: ["cite", "datetime"],
  kbd: [],
  li: ["value"],
  mark: [],
  ol: ["start", "reversed", "type"],
  p: [],
  pre: [],
  q: ["cite"],
  s: [],
  samp: [],
  small: [],
  span: [],
  strong: [],
  sub: [],
  summary: [],
  sup: [],
  table: [],
  tbody: [],
  td: ["colspan", "rowspan", "headers"],
  tfoot: [],
  th: ["colspan", "rowspan", "headers", "scope"],
  thead: [],
  time: ["datetime"],
  tr: [],
  u: [],
  ul: [],
  var: [],
  wbr: [],
};

const GLOBAL_ATTRIBUTES = ["id", "title", "lang", "dir"];

/** Attributes holding a URL, and whether the page follows it (a link) or loads it (a resource). */
const URL_ATTRIBUTES: Readonly<Record<string, "link" | "resource">> = { href: "link", cite: "link", src: "resource" };

/** Elements refused with a reason of their own, and what to write instead. */
const REFUSED_ELEMENTS: readonly [RegExp, string][] = [
  [/^script$/, "pages run only the site's own scripts. To show code, put it in a fenced code block (```js … ```)"],
  [/^style$/, "the site's stylesheets style every page, and its Content-Security-Policy refuses inline styles. To show CSS, use a fenced code block"],
  [/^(iframe|frame|frameset|object|embed|applet|portal|fencedframe)$/, "a page embeds nothing from elsewhere. Link to it instead: [what it is](https://…)"],
  [/^(link|meta|base|head|html|body|title)$/, "the page's head and links to stylesheets are made by the site"],
  [/^(form|input|button|select|option|optgroup|textarea|label|fieldset|legend|datalist|output|dialog)$/, "answers hold no controls; practice mode adds its own"],
  [/^(svg|math|canvas|video|audio|picture|source|track|map|area|image)$/, "media come from this site as Markdown images: ![what it shows](./file.png)"],
  [/^h[1-6]$/, 'write headings in Markdown ("## Title { #title }"), so they get their id and a place in "On this page"'],
];

/** The fenced code block's fence (``` or ~~~, three or more), at the start of a line after its container markers. */
const FENCE_OPEN = /^(`{3,}|~{3,})/;

function lineOf(node: Node): number | undefined {
  return node.position?.start.line;
}

function text(node: Node): string {
  if (typeof node.value === "string" && (node.type === "text" || node.type === "inlineCode")) return node.value;
  return (node.children ?? []).map(text).join("");
}

/** The element's name as the writer wrote it: `<script>`. */
const tag = (name: string) => `<${name}>`;

/** A heading line's text without its trailing `{ #id }` (a scan from the end, linear in the line). */
function withoutAttributes(line: string): string {
  const trimmed = line.trimEnd();
  const open = trimmed.lastIndexOf("{");
  return (trimmed.endsWith("}") && open >= 0 ? trimmed.slice(0, open) : trimmed).trim();
}

/** Where a fence that is never closed ends its code, and the headings it swallowed; undefined when it is closed. */
function unclosedFence(source: string, node: Node): { fence: string; swallowed: string[] } | undefined {
  const position = node.position;
  if (!position) return undefined;
  const lines = source.slice(position.start.offset, position.end.offset).split(/\r?\n/);
  const open = FENCE_OPEN.exec(lines[0] ?? "");
  if (!open) return undefined; // an indented code block has no fence
  const fence = open[1] ?? "```";
  let last = lines.length - 1;
  while (last > 0 && (lines[last] ?? "").trim() === "") last--;
  // Container markers (blockquote `>`, list indentation) come before a closing fence on later lines.
  const closing = (lines[last] ?? "").replace(/^[\s>]*/, "").trimEnd();
  if (last > 0 && /^(`{3,}|~{3,})$/.test(closing) && closing[0] === fence[0] && closing.length >= fence.length) return undefined;
  // Headings it swallowed: `#` lines outside the code blocks that follow (where `#` starts a comment).
  const swallowed: string[] = [];
  let inner = false;
  for (const raw of lines.slice(1)) {
    const line = raw.replace(/^[\s>]*/, "");
    if (/^(`{3,}|~{3,})/.test(line)) inner = !inner;
    const heading = inner ? null : /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) swallowed.push(withoutAttributes(heading[2] ?? ""));
  }
  return { fence, swallowed };
}

/** Whether an expression is one block comment and nothing else (a JSX comment for editors), which runs nothing. */
function isCommentOnly(expression: string): boolean {
  const text = expression.trim();
  return text.startsWith("/*") && text.endsWith("*/") && text.indexOf("*/") === text.length - 2;
}

/** Checks one MDX file (frontmatter included, so lines are the file's). */
export function checkMdx(source: string, rules: MdxRules): MdxCheck {
  let root: Node;
  try {
    root = parseMdx(source, { wholeFile: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /^(\d+):(\d+): /.exec(message);
    const what = message.replace(/^\d+:\d+: /, "").replace(/\s*\([a-z-]+:[a-z-]+\)\s*$/, "");
    return {
      problems: [
        {
          line: at ? Number(at[1]) : undefined,
          message: `the MDX does not parse${at ? ` at column ${at[2]}` : ""}: ${what}. A bare "<" or "{" in prose starts markup in MDX: put such text in a code span (\`<2s\`, \`{name}\`)`,
        },
      ],
      frontmatter: undefined,
      headings: [],
      parsed: false,
    };
  }

  const problems: LineProblem[] = [];
  const headings: MdxHeading[] = [];
  const ids = new Map<string, number | undefined>();
  const definitions = new Map<string, string>();
  const imageReferences: Node[] = [];
  let frontmatter: MdxCheck["frontmatter"];
  let content = 0;
  const add = (node: Node, message: string) => problems.push({ line: lineOf(node), message });

  const claimId = (node: Node, id: string, what: string) => {
    if (!KEBAB_ID.test(id)) {
      add(node, `${what} id ${JSON.stringify(id)} must be ${KEBAB_RULE}, such as "${suggestKebabId(id)}"`);
      return;
    }
    const owner = rules.reservedIdOwner(id);
    if (owner) add(node, `${what} id "${id}" is already used by the page itself, by ${owner}; choose another id`);
    if (ids.has(id)) {
      const first = ids.get(id);
      add(node, `${what} id "${id}" is used twice on this page${first ? ` (first on line ${first})` : ""}; each heading needs its own id`);
    } else {
      ids.set(id, lineOf(node));
    }
  };

  const checkAttributes = (node: Node, name: string, allowed: readonly string[]) => {
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
  };

  const checkElement = (node: Node) => {
    const name = node.name;
    if (!name) {
      add(node, "an empty tag <>…</> (a fragment) is not needed in content; write the content without it");
      return;
    }
    const component = rules.components[name];
    if (component) {
      checkAttributes(node, name, component);
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
      const known = Object.keys(rules.components).map(tag).join(" and ");
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
      add(node, `${tag(name)} is not an element content may use; write Markdown (lists, tables, **strong**, [links](…)) or use ${Object.keys(rules.components).map(tag).join(" or ")}`);
      return;
    }
    checkAttributes(node, name, [...GLOBAL_ATTRIBUTES, ...own]);
  };

  const checkHeading = (node: Node) => {
    const label = text(node).trim();
    if (node.depth === 1) {
      add(node, `heading "${label}" is a level-1 heading ("# "); the page's title is its only h1, so start sections with "## "`);
    }
    const props = node.data?.hProperties ?? {};
    for (const key of Object.keys(props)) {
      if (key !== "id") {
        add(node, `heading attribute "${key === "className" ? "class" : key}" cannot be used; a heading takes only its id: ## ${label} { #${suggestKebabId(label)} }`);
      }
    }
    const id = props["id"];
    if (typeof id !== "string" || id === "") {
      add(node, `heading "${label}" has no id; give it a permanent one, which is its link: ## ${label} { #${suggestKebabId(label)} }`);
      return;
    }
    claimId(node, id, "heading");
    headings.push({ depth: node.depth ?? 2, id, text: label, line: lineOf(node) ?? 0 });
  };

  const visit = (node: Node, depth: number) => {
    switch (node.type) {
      case "yaml":
        frontmatter = { text: typeof node.value === "string" ? node.value : "", line: (lineOf(node) ?? 1) + 1 };
        return;
      case "toml":
        add(node, "frontmatter must be YAML between --- lines, not TOML (+++)");
        return;
      case "mdxjsEsm":
        add(node, "import and export lines are not allowed: they run code while the site is built, and the page passes in the components content may use");
        return;
      case "mdxFlowExpression":
      case "mdxTextExpression":
        if (isCommentOnly(String(node.value ?? ""))) return;
        add(node, `{${String(node.value ?? "").trim().slice(0, 30)}} is an MDX expression, which runs code while the site is built; to show braces, put them in a code span (\`{name}\`) or a code block`);
        return;
      case "html":
        add(node, "raw HTML is not allowed in content; write Markdown");
        return;
      case "mdxJsxFlowElement":
      case "mdxJsxTextElement":
        checkElement(node);
        break;
      case "heading":
        checkHeading(node);
        break;
      case "link":
        {
          const problem = linkProblem(node.url ?? "");
          if (problem) add(node, problem);
        }
        break;
      case "definition":
        {
          definitions.set((node.identifier ?? "").toLowerCase(), node.url ?? "");
          const problem = linkProblem(node.url ?? "");
          if (problem) add(node, `link definition: ${problem}`);
        }
        break;
      case "image":
        {
          const problem = resourceProblem(node.url ?? "");
          if (problem) add(node, problem);
        }
        break;
      case "imageReference":
        imageReferences.push(node);
        break;
      case "code": {
        const lang = node.lang ?? "";
        if (lang && !rules.isKnownLanguage(lang)) {
          add(node, `code block language "${lang}" is not one the highlighter knows; expected a language such as python, ts, json, bash or text (plain)`);
        }
        const open = unclosedFence(source, node);
        if (open) {
          const swallowed = open.swallowed.length > 0 ? ` (it swallowed the heading${open.swallowed.length === 1 ? "" : "s"} ${open.swallowed.map((h) => `"${h}"`).join(", ")})` : "";
          add(node, `the code block opened here with ${open.fence} is never closed, so everything after it became code${swallowed}; end it with a line holding only ${open.fence}`);
        }
        break;
      }
      default:
        break;
    }
    if (depth === 1 && node.type !== "yaml") content++;
    for (const child of node.children ?? []) visit(child, depth + 1);
  };
  visit(root, 0);

  for (const node of imageReferences) {
    const url = definitions.get((node.identifier ?? "").toLowerCase());
    const problem = url === undefined ? undefined : resourceProblem(url);
    if (problem) add(node, problem);
  }
  if (content === 0) problems.push({ line: undefined, message: "the file has no content after its frontmatter; write the answer below the closing ---" });
  return { problems, frontmatter, headings, parsed: true };
}
