import { ANSWER, ANSWER_HEADING, selector } from "~/hooks";
import { isRevealed, setPracticeOn, setRevealed, setSectionRevealed } from "~/lib/practice/state";
import type { PracticeState } from "~/lib/practice/state";
import { onStateChange, readState, updateState } from "./store";

/** A heading of the answer with the content that follows it up to the next heading. */
interface Section {
  id: string;
  title: string;
  parts: HTMLElement[];
  row: HTMLElement;
  button: HTMLButtonElement;
  verb: HTMLElement;
}

const INTRO = "intro";
/** Elements among the answer's children that are not part of what it says (components' scripts, our own rows). */
const NOT_CONTENT = "script, style, template, link, [data-practice-ui]";

class SitePracticeBar extends HTMLElement {
  #question = "";
  #sections: Section[] = [];

  connectedCallback() {
    const body = document.querySelector<HTMLElement>(selector(ANSWER));
    const toggle = this.querySelector<HTMLButtonElement>("[data-toggle]");
    const panel = this.querySelector<HTMLElement>("[data-panel]");
    // Its own status, not the timer's or the fill-ins' inside the panel.
    const status = this.querySelector<HTMLElement>(":scope > [data-status]");
    const revealAll = this.querySelector<HTMLButtonElement>("[data-reveal-all]");
    const hideAll = this.querySelector<HTMLButtonElement>("[data-hide-all]");
    this.#question = this.dataset["question"] ?? "";
    if (!body || !toggle || !panel || !status || !revealAll || !hideAll || !this.#question) {
      this.hidden = true;
      delete document.documentElement.dataset["practicePreflight"];
      return;
    }
    this.#sections = this.#findSections(body);

    toggle.addEventListener("click", () => {
      const on = toggle.getAttribute("aria-pressed") !== "true";
      updateState((state) => setPracticeOn(state, on, this.#question));
      const hidden = this.#sections.length;
      status.textContent = on
        ? `Practice mode on: ${hidden} ${hidden === 1 ? "section is" : "sections are"} hidden. Reveal them one at a time.`
        : "Practice mode off: the whole answer is shown.";
    });
    revealAll.addEventListener("click", () => {
      updateState((state) => setRevealed(state, this.#question, this.#sections.map((s) => s.id)));
      status.textContent = "All sections revealed";
    });
    hideAll.addEventListener("click", () => {
      updateState((state) => setRevealed(state, this.#question, []));
      status.textContent = "All sections hidden";
    });

    const show = (state: PracticeState) => {
      toggle.setAttribute("aria-pressed", String(state.on));
      panel.hidden = !state.on;
      body.toggleAttribute("data-practice", state.on);
      for (const section of this.#sections) {
        const open = !state.on || isRevealed(state, this.#question, section.id);
        for (const part of section.parts) part.toggleAttribute("data-practice-hidden", !open);
        section.row.hidden = !state.on;
        section.button.setAttribute("aria-expanded", String(open));
        section.verb.textContent = open ? "Hide" : "Reveal";
      }
    };
    onStateChange(show);
    this.#revealLinkTarget();
    show(readState());
    delete document.documentElement.dataset["practicePreflight"];
  }

  /** Groups the answer's top-level elements under the heading before them and adds a Reveal row to each group. */
  #findSections(body: HTMLElement): Section[] {
    const groups: { id: string; title: string; heading: Element | null; parts: HTMLElement[] }[] = [];
    let current: (typeof groups)[number] | undefined;
    for (const child of [...body.children]) {
      if (!(child instanceof HTMLElement) || child.matches(NOT_CONTENT)) continue;
      const heading = child.matches(selector(ANSWER_HEADING)) ? child.querySelector("h2, h3, h4") : null;
      if (heading?.id) {
        current = { id: heading.id, title: heading.textContent?.trim() ?? "", heading: child, parts: [] };
        groups.push(current);
      } else if (!current) {
        current = { id: INTRO, title: "Introduction", heading: null, parts: [child] };
        groups.push(current);
      } else {
        current.parts.push(child);
      }
    }

    return groups
      .filter((g) => g.parts.length > 0)
      .map((g) => {
        g.parts.forEach((part, i) => {
          part.id ||= `practice-${g.id}-${i + 1}`;
        });
        const row = document.createElement("p");
        row.className = "practice-reveal";
        row.dataset["practiceUi"] = "";
        row.hidden = true;
        const button = document.createElement("button");
        button.type = "button";
        button.className = "site-button practice-reveal__button";
        button.setAttribute("aria-controls", g.parts.map((p) => p.id).join(" "));
        button.setAttribute("aria-expanded", "true");
        const chevron = document.createElement("span");
        chevron.className = "practice-reveal__chevron";
        chevron.setAttribute("aria-hidden", "true");
        const verb = document.createElement("span");
        verb.textContent = "Hide";
        const name = document.createElement("span");
        name.className = "sr-only";
        name.textContent = ` section: ${g.title}`;
        button.append(chevron, verb, name);
        button.addEventListener("click", () => {
          const open = button.getAttribute("aria-expanded") !== "true";
          updateState((state) => setSectionRevealed(state, this.#question, g.id, open));
        });
        row.append(button);
        if (g.heading) g.heading.after(row);
        else g.parts[0]?.before(row);
        return { id: g.id, title: g.title, parts: g.parts, row, button, verb };
      });
  }

  /** A link into the answer (from another question or a search result) opens the section it points at. */
  #revealLinkTarget() {
    const id = decodeURIComponent(location.hash.slice(1));
    const target = id ? document.getElementById(id) : null;
    if (!target) return;
    const section = this.#sections.find(
      (s) => s.id === id || s.parts.some((part) => part.contains(target)),
    );
    if (section && readState().on && !isRevealed(readState(), this.#question, section.id)) {
      updateState((state) => setSectionRevealed(state, this.#question, section.id, true));
    }
  }
}
customElements.define("site-practice-bar", SitePracticeBar);
