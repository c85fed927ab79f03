/** A search as it lives in a URL: `?q=vector+store&topic=rag`, so it can be shared as a link. */

export interface SearchState {
  /** What the reader typed, trimmed of outer space; "" for none. */
  query: string;
  /** One topic id to narrow to, or null for all topics. */
  topic: string | null;
}

/** The longest query kept from a URL; anything longer is a mistake or an attack, not a search. */
export const MAX_QUERY_LENGTH = 200;

/**
 * Reads the state from a query string (`?q=…&topic=…`, with or without `?`). Unknown
 * parameters are ignored; a topic not in `knownTopics` (when given) is dropped; inner
 * runs of white space in the query collapse to one space.
 */
export function parseSearchState(search: string, knownTopics?: readonly string[]): SearchState {
  const params = new URLSearchParams(search);
  const query = (params.get("q") ?? "").replace(/\s+/g, " ").trim().slice(0, MAX_QUERY_LENGTH);
  const rawTopic = (params.get("topic") ?? "").trim();
  const topic = rawTopic !== "" && (!knownTopics || knownTopics.includes(rawTopic)) ? rawTopic : null;
  return { query, topic };
}

/**
 * The search page's first search: the address's topic, and the words in the box. The box holds the address's
 * words (put there before the search code loads) and whatever the reader typed meanwhile, which is kept, not
 * replaced by the address; an empty box leaves the address's words.
 */
export function startingState(search: string, typed: string): SearchState {
  const fromUrl = parseSearchState(search);
  const words = typed.replace(/\s+/g, " ").trim().slice(0, MAX_QUERY_LENGTH);
  return words === "" ? fromUrl : { ...fromUrl, query: words };
}

/** Writes the state as a query string: `?q=vector+store&topic=rag`, or "" when there is nothing to keep. */
export function serializeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  const query = state.query.trim();
  if (query !== "") params.set("q", query);
  if (state.topic) params.set("topic", state.topic);
  const text = params.toString();
  return text === "" ? "" : `?${text}`;
}

/** Whether two states would run the same search. */
export function sameSearch(a: SearchState, b: SearchState): boolean {
  return a.query.trim() === b.query.trim() && a.topic === b.topic;
}
