/** Opens the dialog and loads the search code on first use; handles the keyboard shortcuts. */
class SiteSearch extends HTMLElement {
  #dialog: HTMLDialogElement | null = null;
  #button: HTMLButtonElement | null = null;
  #loading: Promise<void> | undefined;

  connectedCallback() {
    this.#dialog = this.querySelector("dialog");
    this.#button = this.querySelector("[data-search-open]");
    const link = this.querySelector<HTMLElement>("[data-search-link]");
    if (!this.#dialog || !this.#button || !link) return;
    link.hidden = true;
    this.#button.hidden = false;
    if (/Mac|iPhone|iPad/.test(navigator.platform)) this.#button.title = "Search (/ or ⌘K)";
    else this.#button.title = "Search (/ or Ctrl+K)";

    this.#button.addEventListener("click", () => this.open());
    this.querySelector("[data-search-close]")?.addEventListener("click", () => this.#dialog?.close());
    this.#dialog.addEventListener("close", () => this.#button?.focus());
    // A click on the backdrop (the dialog box itself, outside its frame) closes it.
    this.#dialog.addEventListener("click", (event) => {
      if (event.target === this.#dialog) this.#dialog?.close();
    });
    this.#dialog.addEventListener("keydown", (event) => this.#trapFocus(event));
    document.addEventListener("keydown", (event) => this.#shortcut(event));
  }

  /** "/" outside a text field, or Ctrl/Cmd+K anywhere. */
  #shortcut(event: KeyboardEvent) {
    if (event.defaultPrevented || event.altKey) return;
    const target = event.target as HTMLElement | null;
    const typing = target?.closest("input, textarea, select, [contenteditable]:not([contenteditable='false'])");
    const slash = event.key === "/" && !event.ctrlKey && !event.metaKey && !typing;
    const k = event.key.toLowerCase() === "k" && (event.ctrlKey || event.metaKey) && !event.shiftKey;
    if (!slash && !k) return;
    event.preventDefault();
    if (this.#dialog?.open) this.querySelector<HTMLInputElement>("[data-search-input]")?.select();
    else this.open();
  }

  /** Opens the dialog; on the search page, goes to the page's own field instead. */
  open() {
    const dialog = this.#dialog;
    if (!dialog || dialog.open) return;
    const pageInput = document.querySelector<HTMLInputElement>("[data-search-page] [data-search-input]");
    if (pageInput) {
      pageInput.focus();
      pageInput.select();
      return;
    }
    dialog.showModal();
    const input = dialog.querySelector<HTMLInputElement>("[data-search-input]");
    input?.focus();
    input?.select();
    this.#loading ??= import("./search-ui").then(({ mountSearch }) =>
      mountSearch(dialog, { mode: "dialog", onNavigate: () => dialog.close(), onEscape: () => dialog.close() }),
    );
  }

  /** Keeps Tab and Shift+Tab inside the dialog (showModal makes the page inert; this also skips the browser UI). */
  #trapFocus(event: KeyboardEvent) {
    if (event.key !== "Tab" || !this.#dialog) return;
    const focusable = [
      ...this.#dialog.querySelectorAll<HTMLElement>("a[href], button:not([disabled]), input:not([type='hidden'])"),
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
