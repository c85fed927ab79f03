import { describe, expect, it } from "vitest";
import { reservedIdOwner } from "../../../src/lib/content/reserved-ids";

describe("reservedIdOwner", () => {
  it("names the page part that uses an id", () => {
    expect(reservedIdOwner("main")).toMatch(/main landmark.*BaseLayout/);
    expect(reservedIdOwner("related-questions")).toMatch(/RelatedQuestions/);
  });

  it("reserves the prefixes the site generates ids under", () => {
    expect(reservedIdOwner("site-search-dialog")).toMatch(/search dialog/);
    expect(reservedIdOwner("user-content-fn-1")).toMatch(/footnotes/);
    expect(reservedIdOwner("practice-caching-1")).toMatch(/practice mode/);
    expect(reservedIdOwner("search-hit-3")).toMatch(/search results/);
    expect(reservedIdOwner("offline-title")).toMatch(/offline reading/);
    expect(reservedIdOwner("topic-spread-wide-title")).toMatch(/TopicSpread/);
    expect(reservedIdOwner("mock-score-title")).toMatch(/MockRound/);
  });

  it("leaves other ids to content, including inherited object keys", () => {
    expect(reservedIdOwner("response-caching")).toBeUndefined();
    expect(reservedIdOwner("constructor")).toBeUndefined();
    expect(reservedIdOwner("main-points")).toBeUndefined();
  });
});
