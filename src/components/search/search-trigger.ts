/** Opens the dialog and loads the search code on first use; handles the keyboard shortcuts. */
import { SiteElement, requireParts } from "~/dom";

class SiteSearch extends SiteElement {
  #dialog: HTMLDialogElement | null = null;
  #button: HTMLElement | null = null;
  #input: HTMLInputElement | null = null;
  #form: HTMLFormElement | null = null;
  #loading: Promise<void> | undefined;

  protected connect(): void {
    const parts = requireParts(this, {
      dialog: "dialog",
      button: "[data-search-open]",
      link: "[data-search-link]",
      close: "[data-search-close]",
      form: "[data-search-form]",
      input: "[data-search-input]",
    });
    if (!parts) return;
    const { button, link, close } = parts;
    this.#button = button;
    const dialog = (this.#dialog = parts.dialog as HTMLDialogElement);
    this.#input = parts.input as HTMLInputElement;
    this.#form = parts.form as HTMLFormElement;
    const signal = this.signal;
    signal.addEventListener("abort", () => (this.#loading = undefined));
    link.hidden = true;
    button.hidden = false;
    button.title = /Mac|iPhone|iPad/.test(navigator.platform) ? "Search (/ or ⌘K)" : "Search (/ or Ctrl+K)";

    button.addEventListener("click", () => this.open(), { signal });
    close.addEventListener("click", () => dialog.close(), { signal });
    // A click on the backdrop (the dialog box itself, outside its frame) closes it.
    dialog.addEventListener("click", (event) => event.target === dialog && dialog.close(), { signal });
    dialog.addEventListener("keydown", (event) => this.#trapFocus(event, dialog), { signal });
    document.addEventListener("keydown", (event) => this.#shortcut(event), { signal });
  }

  /** "/" outside a text field, or Ctrl/Cmd+K anywhere. */
  #shortcut(event: KeyboardEvent): void {
    if (event.defaultPrevented || event.altKey) return;
    const target = event.target as HTMLElement | null;
    const typing = target?.closest("input, textarea, select, [contenteditable]:not([contenteditable='false'])");
    const slash = event.key === "/" && !event.ctrlKey && !event.metaKey && !typing;
    const k = event.key.toLowerCase() === "k" && (event.ctrlKey || event.metaKey) && !event.shiftKey;
    if (!slash && !k) return;
    event.preventDefault();
    if (this.#dialog?.open) this.#input?.select();
    else this.open();
  }

  /** Opens the dialog; on the search page, goes to the page's own field instead. */
  open(): void {
    const dialog = this.#dialog;
    const input = this.#input;
    const form = this.#form;
    if (!dialog || !input || !form || dialog.open) return;
    const pageInput = document.querySelector<HTMLInputElement>("[data-search-page] [data-search-input]");
    if (pageInput) {
      pageInput.focus();
      pageInput.select();
      return;
    }
    // Closing gives focus back to what had it before opening (the dialog's own rule, in every engine). With
    // nothing focused (a shortcut pressed on the page itself, or a click in a browser that does not focus the
    // buttons it clicks), that is the header's button. Not moved in a close handler: the engine's own
    // restoring could come after it, and win.
    const active = document.activeElement;
    if (!active || active === document.body) this.#button?.focus({ preventScroll: true });
    dialog.showModal();
    input.focus();
    input.select();
    const signal = this.signal;
    this.#loading ??= import("./search-ui").then(
      ({ mountSearch }) =>
        mountSearch(dialog, {
          mode: "dialog",
          signal,
          onNavigate: () => dialog.close(),
          onEscape: () => dialog.close(),
        }),
      () => {
        // The search code did not load (the site was deployed anew since this page loaded, or the network
        // failed): do what the form does without JavaScript and open the search page, which lists every topic
        // and question, and searches once its own code loads.
        this.#loading = undefined;
        form.submit();
      },
    );
  }

  /** Keeps Tab and Shift+Tab inside the dialog (showModal makes the page inert; this also skips the browser UI). */
  #trapFocus(event: KeyboardEvent, dialog: HTMLDialogElement): void {
    if (event.key !== "Tab") return;
    const focusable = [
      ...dialog.querySelectorAll<HTMLElement>("a[href], button:not([disabled]), input:not([type='hidden'])"),
    ].filter((el) => !el.hidden && el.closest("[hidden]") === null && el.getClientRects().length > 0);
    const first = focusable[0];
    const last = focusable.at(-1);
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  }
}
customElements.define("site-search", SiteSearch);
