import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import type { Loader, LoaderContext } from "astro/loaders";
import { bundledLanguages, isPlainLang, isSpecialLang } from "shiki";
import { parse as parseYaml } from "yaml";
import { checkContent, NOTES_DIR, QUESTIONS_DIR } from "~/lib/content/check";
import type { CollectionName } from "~/lib/content/collections";
import { TOPICS_FILE } from "~/lib/content/topics-file";
import type { ContentFiles, FolderEntry } from "~/lib/content/check";
import { ContentCheckError } from "~/lib/content/errors";
import type { MdxRules } from "~/lib/content/mdx-rules";
import { reservedIdOwner } from "~/lib/content/reserved-ids";
import { createQuestionSchema, noteSchema, topicSchema } from "~/lib/content/schema";
import { slugFromFileName } from "~/lib/content/slug";
import { fileStampCache, stampCache } from "~/lib/content/stamp-cache";
import { recordSpan } from "./integrations/build-timings";

/** The project root: Astro's, once a loader has run; until then the folder the build runs in. */
let root = process.cwd();

/** A file's stamp: changes whenever the file is written, replaced or removed. */
function stampOf(path: string): string {
  try {
    const s = statSync(path);
    return `${s.ino}:${s.size}:${s.mtimeMs}:${s.ctimeMs}`;
  } catch {
    return "missing";
  }
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

/** A content folder's entries, with the text of each `.mdx` file; undefined when the folder is missing. */
function readFolder(dir: string): FolderEntry[] | undefined {
  let names;
  try {
    names = readdirSync(join(root, dir), { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
  return names.map((e) => {
    const path = join(root, dir, e.name);
    // Through symbolic links, as Astro's loader goes: what the link points to is what gets built.
    const directory =
      e.isDirectory() || (e.isSymbolicLink() && statSync(path, { throwIfNoEntry: false })?.isDirectory() === true);
    return { name: e.name, directory, text: !directory && e.name.endsWith(".mdx") ? readText(path) : undefined };
  });
}

/** Every content file the check reads, and the folders themselves (an entry added or removed changes a listing). */
function contentFiles(): string[] {
  const files = [join(root, TOPICS_FILE)];
  for (const dir of [QUESTIONS_DIR, NOTES_DIR]) {
    files.push(join(root, dir));
    try {
      for (const name of readdirSync(join(root, dir)).sort()) files.push(join(root, dir, name));
    } catch {
      // A missing folder is in the list by its own stamp ("missing"); the check reports it.
    }
  }
  return files;
}

/** Topic ids, read once per change of topics.yaml, so a running dev server sees edits. */
const knownTopicIds = stampCache(
  () => `${root}|${stampOf(join(root, TOPICS_FILE))}`,
  (): string[] => {
    const text = readText(join(root, TOPICS_FILE));
    let data: unknown;
    try {
      data = text === undefined ? undefined : parseYaml(text);
    } catch {
      data = undefined; // the content check reports the YAML error with its line
    }
    return data && typeof data === "object" && !Array.isArray(data) ? Object.keys(data) : [];
  },
);

const isKnownLanguage = (lang: string) =>
  Object.hasOwn(bundledLanguages, lang) || isPlainLang(lang) || isSpecialLang(lang);

/** What questions may contain: the components the question page passes in (src/pages/questions/[slug].astro). */
const questionRules: MdxRules = { components: { AdaptNote: [], Placeholder: [] }, isKnownLanguage, reservedIdOwner };
/** Notes are rendered without components (src/pages/index.astro). */
const noteRules: MdxRules = { components: {}, isKnownLanguage, reservedIdOwner };

/** The content check over every file, run again only when a file changed. */
const contentCheck = fileStampCache(contentFiles, stampOf, () => {
  const startMs = performance.now();
  const files: ContentFiles = {
    topics: readText(join(root, TOPICS_FILE)),
    questions: readFolder(QUESTIONS_DIR),
    notes: readFolder(NOTES_DIR),
  };
  const { problems } = checkContent(files, { question: questionRules, note: noteRules });
  recordSpan({ name: "content check", startMs, endMs: performance.now() });
  return problems.length > 0 ? new ContentCheckError(problems) : undefined;
});

/**
 * Throws the content check's report (the same error for every loader) when any content file has a problem. With
 * `file`, only that file and topics.yaml are compared with what the last check read: a loader parsing one entry
 * after another does not stat every file for each.
 */
function requireValidContent(context: LoaderContext, file?: string): void {
  root = fileURLToPath(context.config.root);
  const error =
    file === undefined ? contentCheck.get() : contentCheck.getFor([resolve(root, file), join(root, TOPICS_FILE)]);
  if (error) throw error;
}

/**
 * Runs the content check before a loader reads anything, and again for each entry it parses (a dev server
 * reloads one file at a time), so no loader stores or keeps data from content that fails it.
 */
function checked(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context) => {
      requireValidContent(context);
      await loader.load({
        ...context,
        parseData: async (props) => {
          requireValidContent(context, props.filePath);
          return context.parseData(props);
        },
      });
    },
  };
}

/**
 * content/topics.yaml: each key a topic. Read afresh on every build and every change, and the store replaced as
 * a whole, so a topic removed, or a file emptied, deleted or broken, never leaves old topics published.
 */
function topicsLoader(): Loader {
  return {
    name: "site-topics",
    load: async (context) => {
      const sync = async () => {
        requireValidContent(context);
        const path = join(root, TOPICS_FILE);
        const data = parseYaml(readText(path) ?? "") as Record<string, unknown>;
        const entries = [];
        for (const [id, value] of Object.entries(data))
          entries.push({
            id,
            data: await context.parseData({ id, data: value as Record<string, unknown>, filePath: path }),
          });
        context.store.clear();
        for (const entry of entries) context.store.set({ ...entry, filePath: TOPICS_FILE });
      };
      await sync();
      const path = join(root, TOPICS_FILE);
      context.watcher?.add(path);
      context.watcher?.on("change", (changed) => {
        if (changed === path)
          sync().catch((error: unknown) =>
            context.logger.error(error instanceof Error ? error.message : String(error)),
          );
      });
    },
  };
}

const questionSchema = createQuestionSchema(knownTopicIds);

const questions = defineCollection({
  loader: checked(
    glob({ base: `./${QUESTIONS_DIR}`, pattern: "*.mdx", generateId: ({ entry }) => slugFromFileName(entry) }),
  ),
  schema: questionSchema,
});

const topics = defineCollection({ loader: topicsLoader(), schema: topicSchema });

/** Short pieces of site prose (the closing advice on the home page). */
const notes = defineCollection({
  loader: checked(glob({ base: `./${NOTES_DIR}`, pattern: "*.mdx" })),
  schema: noteSchema,
});

// Exactly the names of src/lib/content/collections.ts (an extra or a missing one fails the type check): the pages'
// cache key digests those collections.
export const collections = { questions, topics, notes } satisfies Record<CollectionName, unknown>;
