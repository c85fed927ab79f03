import { describe, expect, it } from "vitest";
import {
  ALIAS_WEIGHT,
  aliasSentence,
  augmentForIndex,
  placeAliases,
  sectionEnd,
  topicQuestionCounts,
} from "../../../src/lib/search/indexing";

const topics = [
  { id: "caching", title: "Caching", aliases: ["cache", "semantic cache"] },
  { id: "cost", title: "Cost", aliases: [] },
  { id: "safety", title: "Safety & Grounding", aliases: ["hallucination"] },
];

const page = [
  "<html><body><header><h1>Site</h1></header>",
  '<article data-pagefind-body><h1 data-pagefind-weight="10">How to save?</h1><p>Summary</p>',
  '<nav data-pagefind-ignore><a href="#strategy">Strategy</a></nav>',
  '<div class="heading"><h2 id="strategy" data-x="1">Strategy</h2><a class="heading__anchor" href="#strategy">#</a></div><p>Text</p>',
  '<div class="heading"><h4 id="response-caching">Response <em>Caching</em></h4></div><p>More</p>',
  '<nav class="related" data-pagefind-ignore>Related</nav>',
  "</article></body></html>",
].join("");

describe("placeAliases", () => {
  it("puts a topic's aliases in its tagged sections, and untagged topics in the header", () => {
    expect(placeAliases({ topics: ["cost", "caching"], sections: { "response-caching": ["caching"] } })).toEqual([
      { headingId: null, topicIds: ["cost"] },
      { headingId: "response-caching", topicIds: ["caching"] },
    ]);
  });

  it("needs no header entry when every topic has a section", () => {
    expect(placeAliases({ topics: ["caching"], sections: { a: ["caching"] } })).toEqual([
      { headingId: "a", topicIds: ["caching"] },
    ]);
  });
});

describe("aliasSentence", () => {
  it("names the topic and lists its aliases", () => {
    expect(aliasSentence({ title: "Caching", aliases: ["cache", "semantic cache"] })).toBe(
      "Topic: Caching (cache, semantic cache).",
    );
    expect(aliasSentence({ title: "Cost", aliases: [] })).toBe("Topic: Cost.");
  });
});

describe("sectionEnd", () => {
  it("stops at the next heading with an id or the next ignored element", () => {
    const html = '<h2 id="a">A</h2><p>one</p><h3 id="b">B</h3><div data-pagefind-ignore>x</div>';
    expect(html.slice(sectionEnd(html, html.indexOf("<p>")))).toBe(
      '<h3 id="b">B</h3><div data-pagefind-ignore>x</div>',
    );
    expect(html.slice(sectionEnd(html, html.indexOf("</h3>") + 5))).toBe("<div data-pagefind-ignore>x</div>");
  });

  it("stays where it started when nothing follows", () => {
    expect(sectionEnd("<p>end</p>", 3)).toBe(3);
  });
});

describe("augmentForIndex", () => {
  const question = { topics: ["cost", "safety"], sections: { "response-caching": ["caching"] } };
  const out = augmentForIndex(page, question, topics, "questions/x/index.html");
  const span = (text: string) => `<span data-pagefind-weight="${ALIAS_WEIGHT}"> ${text} </span>`;

  it("adds one topic filter per topic right after the answer's h1, not the site header's", () => {
    const filters = [...out.matchAll(/<meta data-pagefind-filter="topic\[content\]" content="([^"]+)">/g)].map(
      (m) => m[1],
    );
    expect(filters).toEqual(["cost", "safety", "caching"]);
    expect(out).toContain(`How to save?</h1><meta data-pagefind-filter="topic[content]" content="cost">`);
  });

  it("adds the untagged topics' aliases, escaped, at the end of the header with a low weight", () => {
    expect(out).toContain(
      `<p>Summary</p>${span("Topic: Cost. Topic: Safety &amp; Grounding (hallucination).")}<nav data-pagefind-ignore>`,
    );
  });

  it("adds a tagged section's aliases at the end of that section, whatever its heading level", () => {
    expect(out).toContain(`<p>More</p>${span("Topic: Caching (cache, semantic cache).")}<nav class="related"`);
  });

  it("leaves the page otherwise unchanged", () => {
    const stripped = out
      .replace(/<meta data-pagefind-filter[^>]*>/g, "")
      .replaceAll(/<span data-pagefind-weight="[0-9.]+">[^<]*<\/span>/g, "");
    expect(stripped).toBe(page);
  });

  it("fails naming the file when a tagged heading is missing", () => {
    expect(() =>
      augmentForIndex(page, { topics: ["cost"], sections: { nope: ["cost"] } }, topics, "questions/x/index.html"),
    ).toThrow('questions/x/index.html: field "sections" names heading "nope", which has no <h2>-<h6> with that id');
  });

  it("fails naming the file when a topic is unknown", () => {
    expect(() => augmentForIndex(page, { topics: ["ghost"], sections: {} }, topics, "q.html")).toThrow(
      'q.html: topic "ghost" is not in the search data',
    );
  });

  it("fails when the page has no data-pagefind-body or no h1 in it", () => {
    expect(() => augmentForIndex("<html><h1>x</h1></html>", question, topics, "a.html")).toThrow(
      "a.html: no element with data-pagefind-body",
    );
    expect(() =>
      augmentForIndex("<main data-pagefind-body><h2 id='a'>x</h2></main>", question, topics, "b.html"),
    ).toThrow("b.html: no <h1>");
  });
});

describe("topicQuestionCounts", () => {
  it("counts each question once per topic, section topics included", () => {
    expect(
      topicQuestionCounts([
        { topics: ["cost"], sections: { a: ["caching", "cost"], b: ["caching"] } },
        { topics: ["caching"], sections: {} },
        { topics: ["safety"], sections: { c: ["safety"] } },
      ]),
    ).toEqual({ cost: 1, caching: 2, safety: 1 });
  });

  it("is empty without questions", () => {
    expect(topicQuestionCounts([])).toEqual({});
  });
});
