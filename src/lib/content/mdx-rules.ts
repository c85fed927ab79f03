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
import { checkJsxElement } from "./mdx-elements";
import type { ElementContext } from "./mdx-elements";
import { isCommentOnly, lineOf, text, unclosedFence } from "./mdx-source";

/** A problem at a line of the file (1-based, frontmatter lines counted). */
interface LineProblem {
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

  const context: ElementContext = { add, claimId, components: rules.components };
  const checkElement = (node: Node) => checkJsxElement(node, context);

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
