import { requireParts, SiteElement } from "~/dom";
import { ANSWER, PRACTICE_ON, selector } from "~/hooks";
import { hasSession, isRevealed, setPracticeOn, setRevealed, setSectionRevealed } from "~/lib/practice/state";
import type { PracticeState } from "~/lib/practice/state";
import { PREFLIGHT } from "~/lib/practice/storage";
import { findSections } from "./answer-sections";
import type { Section } from "./answer-sections";
import { onStateChange, readState, updateState } from "./store";

const PARTS = {
  toggle: "[data-toggle]",
  panel: "[data-panel]",
  // Its own status, not the timer's or the fill-ins' inside the panel.
  status: ":scope > [data-status]",
  revealAll: "[data-reveal-all]",
  hideAll: "[data-hide-all]",
} as const;

/** Practice mode on a question page: the switch, Reveal all / Hide all, and a Reveal disclosure per section. */
class SitePracticeBar extends SiteElement {
  #question = "";
  #sections: Section[] = [];
  #session = false;

  protected connect() {
    const body = document.querySelector<HTMLElement>(selector(ANSWER));
    const parts = requireParts(this, PARTS);
    this.#question = this.dataset["question"] ?? "";
    // The pre-paint script hid the answer; whatever happens here, from now on this element decides.
    const done = () => delete document.documentElement.dataset[PREFLIGHT.dataset];
    if (!body || !parts || !this.#question) return void done();
    const { toggle, panel, status, revealAll, hideAll } = parts;
    const { signal } = this;
    this.#sections = this.#sections.length > 0 ? this.#sections : findSections(body);
    const question = this.#question;

    toggle.addEventListener(
      "click",
      () => {
        const on = toggle.getAttribute("aria-pressed") !== "true";
        updateState((state) => setPracticeOn(state, on, question));
        const hidden = this.#sections.length;
        status.textContent = on
          ? `Practice mode on: ${hidden} ${hidden === 1 ? "section is" : "sections are"} hidden. Reveal them one at a time.`
          : "Practice mode off: the whole answer is shown.";
      },
      { signal },
    );
    revealAll.addEventListener(
      "click",
      () => {
        updateState((state) =>
          setRevealed(
            state,
            question,
            this.#sections.map((s) => s.id),
          ),
        );
        status.textContent = "All sections revealed";
      },
      { signal },
    );
    hideAll.addEventListener(
      "click",
      () => {
        updateState((state) => setRevealed(state, question, []));
        status.textContent = "All sections hidden";
      },
      { signal },
    );
    for (const section of this.#sections) {
      section.button.addEventListener(
        "click",
        () => {
          const open = section.button.getAttribute("aria-expanded") !== "true";
          updateState((state) => setSectionRevealed(state, question, section.id, open));
        },
        { signal },
      );
    }

    const show = (state: PracticeState) => {
      toggle.setAttribute("aria-pressed", String(state.on));
      panel.hidden = !state.on;
      body.toggleAttribute(PRACTICE_ON, state.on);
      for (const section of this.#sections) {
        const open = !state.on || isRevealed(state, question, section.id);
        for (const part of section.parts) part.toggleAttribute("data-practice-hidden", !open);
        section.row.hidden = !state.on;
        section.button.setAttribute("aria-expanded", String(open));
        section.verb.textContent = open ? "Hide" : "Reveal";
      }
      // Answers and the review schedule: their code loads only once this question uses them.
      if (!this.#session && hasSession(state, question)) {
        this.#session = true;
        const finish = document.querySelector<HTMLElement>("[data-practice-finish]");
        const widgets = {
          timer: panel.querySelector<HTMLElement>("[data-practice-timer]"),
          fills: panel.querySelector<HTMLElement>("[data-practice-fills]"),
        };
        void import("./practice-session").then((m) =>
          m.startSession(body, this.#sections, question, widgets, finish, signal),
        );
      }
    };
    onStateChange(show, signal);
    this.#revealLinkTarget();
    show(readState());
    done();
  }

  /** A link into the answer (from another question or a search result) opens the section it points at. */
  #revealLinkTarget() {
    const id = decodeURIComponent(location.hash.slice(1));
    const target = id ? document.getElementById(id) : null;
    if (!target) return;
    const section = this.#sections.find((s) => s.id === id || s.parts.some((part) => part.contains(target)));
    if (section && readState().on && !isRevealed(readState(), this.#question, section.id)) {
      updateState((state) => setSectionRevealed(state, this.#question, section.id, true));
    }
  }
}
customElements.define("site-practice-bar", SitePracticeBar);
