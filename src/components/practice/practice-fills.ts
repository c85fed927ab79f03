import { requireParts } from "~/dom";
import { PLACEHOLDER, selector } from "~/hooks";
import { clearFills, setFill } from "~/lib/practice/state";
import type { PracticeState } from "~/lib/practice/state";
import { onStateChange, readState, updateState } from "./store";

interface Blank {
  key: string;
  label: string;
  input: HTMLInputElement;
}

/**
 * Fill-ins (PracticeFills.astro): one field per distinct placeholder of the page; the reader's words replace them in
 * practice mode. Part of the practice panel, wired by the practice session (practice-session.ts) once practice mode
 * is used; its listeners go with the session's signal.
 */
class PracticeFills {
  #spans: HTMLElement[] = [];
  #blanks: Blank[] = [];
  #count: HTMLElement | null = null;

  constructor(
    private readonly host: HTMLElement,
    private readonly signal: AbortSignal,
  ) {
    this.#connect();
  }

  #connect() {
    const parts = requireParts(this.host, {
      fields: "[data-fields]",
      count: "[data-count]",
      clear: "[data-clear]",
      status: "[data-status]",
    });
    if (!parts) return;
    const { fields, count, clear, status } = parts;
    const { signal } = this;
    this.#blanks = [];
    fields.replaceChildren();

    this.#spans = [...document.querySelectorAll<HTMLElement>(selector(PLACEHOLDER))];
    for (const span of this.#spans) span.dataset["original"] ??= span.textContent ?? "";
    const labels = new Map<string, string>();
    for (const span of this.#spans) {
      const key = span.dataset["placeholder"] ?? "";
      if (key && !labels.has(key)) labels.set(key, (span.dataset["original"] ?? key).replace(/^\[|\]$/g, ""));
    }
    if (labels.size === 0) {
      this.host.hidden = true;
      return;
    }

    const max = Number(this.host.dataset["max"]) || 60;
    for (const [key, label] of labels) {
      const id = `practice-fill-${key}`;
      const field = document.createElement("div");
      field.className = "fills__field";
      const labelEl = document.createElement("label");
      labelEl.htmlFor = id;
      labelEl.textContent = label;
      const input = document.createElement("input");
      input.id = id;
      input.type = "text";
      input.maxLength = max;
      input.autocomplete = "off";
      input.spellcheck = false;
      input.addEventListener("input", () => updateState((state) => setFill(state, key, input.value)), { signal });
      field.append(labelEl, input);
      fields.append(field);
      this.#blanks.push({ key, label, input });
    }
    this.#count = count;
    this.#showCount(readState());
    const keys = [...labels.keys()];
    clear.addEventListener(
      "click",
      () => {
        updateState((state) => clearFills(state, keys));
        status.textContent = "Your words on this page are cleared";
        this.#blanks[0]?.input.focus();
      },
      { signal },
    );

    // The disclosure stays closed at load even when words are stored (the count says so): opening
    // it by script would push the answer down after the page has painted.
    // Copy buttons capture their code when they start; fill in only after they have.
    const ready = document.querySelector("site-code-block")
      ? customElements.whenDefined("site-code-block")
      : Promise.resolve();
    void ready.then(() => {
      if (signal.aborted) return;
      onStateChange((state) => this.#apply(state), signal);
      this.#apply(readState());
    });
  }

  /** "(8)", or "(2 of 8 filled)" once the reader has words for some of this page's blanks. */
  #showCount(state: PracticeState) {
    const filled = this.#blanks.filter(({ key }) => key in state.fills).length;
    const total = this.#blanks.length;
    if (this.#count) this.#count.textContent = filled > 0 ? `(${filled} of ${total} filled)` : `(${total})`;
  }

  #apply(state: PracticeState) {
    this.#showCount(state);
    for (const span of this.#spans) {
      const words = state.on ? state.fills[span.dataset["placeholder"] ?? ""] : undefined;
      const text = words ?? span.dataset["original"] ?? "";
      if (span.textContent !== text) span.textContent = text;
      span.toggleAttribute("data-filled", words !== undefined);
    }
    for (const { key, input } of this.#blanks) {
      // Never rewrite the field being typed in: trimming would move the caret.
      if (input === document.activeElement) continue;
      input.value = state.fills[key] ?? "";
    }
  }
}
/** Wires the fill-ins in `host` until `signal` aborts. */
export function practiceFills(host: HTMLElement, signal: AbortSignal): void {
  new PracticeFills(host, signal);
}
