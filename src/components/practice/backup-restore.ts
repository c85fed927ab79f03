/**
 * "Back up" and "Restore" on the practice page (PracticeBackup.astro). A restore reads the file, shows what it will
 * change, and merges or replaces only when the reader confirms; a bad or foreign file gets a clear message and
 * changes nothing.
 */
import { isoDate } from "~/lib/dates";
import { requireParts, SiteElement } from "~/dom";
import { describeRestore, encodeBackup, mergeStates, parseBackup } from "~/lib/practice/backup";
import type { PracticeState } from "~/lib/practice/state";
import { download } from "./download";
import { checkedState, isPersisted, updateRecords } from "./records-store";

const PARTS = {
  backup: "[data-backup]",
  file: "[data-file]",
  preview: "[data-preview]",
  title: "[data-preview] h3",
  changes: "[data-changes]",
  restore: "[data-restore]",
  cancel: "[data-cancel]",
  error: "[data-error]",
  kept: "[data-kept]",
  status: "[data-status]",
} as const;

class SitePracticeBackup extends SiteElement {
  protected connect() {
    const parts = requireParts(this, PARTS);
    if (!parts) return;
    const { signal } = this;
    const file = parts.file as HTMLInputElement;
    let incoming: PracticeState | undefined;
    const mode = () =>
      this.querySelector<HTMLInputElement>("input[type=radio]:checked")?.value === "replace" ? "replace" : "merge";
    const describe = () => {
      if (!incoming) return;
      parts.changes.replaceChildren(
        ...describeRestore(checkedState(), incoming, mode()).map((line) =>
          Object.assign(document.createElement("li"), { textContent: line }),
        ),
      );
    };
    const close = () => {
      incoming = undefined;
      parts.preview.hidden = true;
      file.value = "";
    };

    void isPersisted().then((persisted) => {
      if (persisted === undefined) return;
      parts.kept.textContent = persisted
        ? "This browser has agreed to keep the site's storage until you clear it."
        : "This browser may clear the site's storage when it runs short of space: a backup keeps your practice safe.";
      parts.kept.hidden = false;
    });
    parts.backup.addEventListener(
      "click",
      () => {
        const now = new Date();
        download(`practice-backup-${isoDate(now)}.json`, encodeBackup(checkedState(), now), "application/json");
        parts.status.textContent = "Your practice is downloaded as a backup file.";
      },
      { signal },
    );
    file.addEventListener(
      "change",
      async () => {
        const chosen = file.files?.[0];
        parts.error.hidden = true;
        if (!chosen) return close();
        const parsed = parseBackup(await chosen.text());
        if (!parsed.ok) {
          close();
          parts.error.textContent = `${chosen.name}: ${parsed.reason} Nothing has changed.`;
          parts.error.hidden = false;
          return;
        }
        incoming = parsed.state;
        describe();
        parts.preview.hidden = false;
        parts.title.focus();
      },
      { signal },
    );
    this.addEventListener(
      "change",
      (event) => (event.target as HTMLElement).matches("input[type=radio]") && describe(),
      { signal },
    );
    parts.cancel.addEventListener(
      "click",
      () => {
        close();
        parts.status.textContent = "Restore cancelled: nothing has changed.";
        file.focus();
      },
      { signal },
    );
    parts.restore.addEventListener(
      "click",
      () => {
        const theirs = incoming;
        if (!theirs) return;
        const how = mode();
        updateRecords((mine) => (how === "merge" ? mergeStates(mine, theirs) : theirs));
        close();
        parts.status.textContent =
          how === "merge" ? "The backup is merged into your practice." : "Your practice is replaced by the backup.";
        file.focus();
      },
      { signal },
    );
  }
}
customElements.define("site-practice-backup", SitePracticeBackup);
