/** Fetches the site's outline (src/lib/practice/outline.ts: headings and key points of every answer) once per page. */
import { parseOutline } from "~/lib/practice/outline";
import type { Outline } from "~/lib/practice/outline";
import { files, href } from "~/lib/routes";

let pending: Promise<Outline | null> | undefined;

/** The outline, or null when it cannot be loaded (a later call tries again). */
export function loadOutline(): Promise<Outline | null> {
  pending ??= fetch(href(import.meta.env.BASE_URL, files.practiceOutline))
    .then((response) => (response.ok ? response.json() : null))
    .then(parseOutline)
    .catch(() => null)
    .then((outline) => {
      if (!outline) pending = undefined;
      return outline;
    });
  return pending;
}
