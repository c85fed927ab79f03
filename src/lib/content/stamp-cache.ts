/** A value worked out from files, kept until the files' stamp (sizes, modification times) changes. */

/**
 * Wraps `compute` so it runs again only when `stamp()` returns something new. The stamp should be cheap (a `stat`
 * per file); a running `astro dev` then sees edits, and a build reads each file once.
 */
export function stampCache<T>(stamp: () => string, compute: () => T): () => T {
  let last: { stamp: string; value: T } | undefined;
  return () => {
    const now = stamp();
    if (last?.stamp !== now) last = { stamp: now, value: compute() };
    return last.value;
  };
}
