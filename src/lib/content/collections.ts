/**
 * The names of the content collections (content.config.ts defines one of each, and its `collections` must list
 * exactly these: the type check fails otherwise). src/data/content.ts digests every one of them into the pages'
 * cache key, so a collection added here is part of the key from then on.
 */
export const COLLECTIONS = ["questions", "topics", "notes"] as const;

export type CollectionName = (typeof COLLECTIONS)[number];
