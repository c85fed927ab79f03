/** What an answer may write beyond Markdown: plain HTML elements and attributes, and what is refused with its reason. */

/** Plain HTML elements an answer may write, with the attributes each may take beyond the global ones. */
export const HTML_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
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

export const GLOBAL_ATTRIBUTES = ["id", "title", "lang", "dir"];

/** Attributes holding a URL, and whether the page follows it (a link) or loads it (a resource). */
export const URL_ATTRIBUTES: Readonly<Record<string, "link" | "resource">> = { href: "link", cite: "link", src: "resource" };

/** Elements refused with a reason of their own, and what to write instead. */
export const REFUSED_ELEMENTS: readonly [RegExp, string][] = [
  [/^script$/, "pages run only the site's own scripts. To show code, put it in a fenced code block (```js … ```)"],
  [/^style$/, "the site's stylesheets style every page, and its Content-Security-Policy refuses inline styles. To show CSS, use a fenced code block"],
  [/^(iframe|frame|frameset|object|embed|applet|portal|fencedframe)$/, "a page embeds nothing from elsewhere. Link to it instead: [what it is](https://…)"],
  [/^(link|meta|base|head|html|body|title)$/, "the page's head and links to stylesheets are made by the site"],
  [/^(form|input|button|select|option|optgroup|textarea|label|fieldset|legend|datalist|output|dialog)$/, "answers hold no controls; practice mode adds its own"],
  [/^(svg|math|canvas|video|audio|picture|source|track|map|area|image)$/, "media come from this site as Markdown images: ![what it shows](./file.png)"],
  [/^h[1-6]$/, 'write headings in Markdown ("## Title { #title }"), so they get their id and a place in "On this page"'],
];
