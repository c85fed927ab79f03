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

export interface FileStampCache<T> {
  /** The value, computed again unless every file `list()` names now has the stamp it had then, and none came or went. */
  get(): T;
  /**
   * The value, computed again unless each of `files` has the stamp it had then: for a caller that knows which files
   * may have changed (a loader parsing one entry), so a build of n files stats n files, not n for each of them.
   */
  getFor(files: readonly string[]): T;
}

/** Like `stampCache`, with one stamp per file, so a caller can compare just the files it is about. */
export function fileStampCache<T>(list: () => readonly string[], stampOf: (file: string) => string, compute: () => T): FileStampCache<T> {
  let last: { stamps: Map<string, string>; value: T } | undefined;
  const run = (files: readonly string[]) => {
    // Stamped before computing: a file written meanwhile differs next time and is read again.
    const stamps = new Map(files.map((file) => [file, stampOf(file)]));
    last = { stamps, value: compute() };
    return last.value;
  };
  const unchanged = (files: readonly string[]) => last !== undefined && files.every((file) => last?.stamps.has(file) && last.stamps.get(file) === stampOf(file));
  return {
    get() {
      const files = list();
      return last !== undefined && files.length === last.stamps.size && unchanged(files) ? last.value : run(files);
    },
    getFor(files) {
      return last !== undefined && unchanged(files) ? last.value : run(list());
    },
  };
}
