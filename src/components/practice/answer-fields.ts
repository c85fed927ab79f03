/**
 * "Your answer" under each section of the answer in practice mode: written before revealing, shown beside the
 * model answer once the section is revealed (stacked on a phone), saved as the reader types, and printed with the
 * page. Answers whose section the page no longer has are listed after the answer, never dropped.
 */
import { orphanedAnswers, setAnswer } from "~/lib/practice/answers";
import { MAX_ANSWER_LENGTH } from "~/lib/practice/records";
import type { PracticeState } from "~/lib/practice/state";
import { isRevealed } from "~/lib/practice/state";
import type { Section } from "./answer-sections";
import { updateRecords } from "./records-store";

const SAVE_AFTER_MS = 600;

interface Field {
  readonly section: Section;
  readonly box: HTMLElement;
  readonly input: HTMLTextAreaElement;
  readonly print: HTMLElement;
  readonly saved: HTMLElement;
}

function field(section: Section, question: string, signal: AbortSignal): Field {
  const box = document.createElement("div");
  box.className = "practice-answer";
  box.dataset["practiceUi"] = "";
  const id = `practice-answer-${section.id}`;
  const label = document.createElement("label");
  label.htmlFor = id;
  label.className = "practice-answer__label";
  label.append("Your answer");
  const name = document.createElement("span");
  name.className = "sr-only";
  name.textContent = ` for ${section.title}`;
  label.append(name);
  const saved = document.createElement("span");
  saved.className = "practice-answer__saved";
  const input = document.createElement("textarea");
  input.id = id;
  input.rows = 4;
  input.maxLength = MAX_ANSWER_LENGTH;
  input.placeholder = "What would you say? Write it before you reveal the section.";
  const print = document.createElement("div");
  print.className = "practice-answer__print";
  box.append(label, saved, input, print);
  section.row.after(box);

  let timer: number | undefined;
  const flush = () => {
    if (timer === undefined) return;
    clearTimeout(timer);
    timer = undefined;
    updateRecords((state) => setAnswer(state, question, section.id, input.value));
    saved.textContent = "Saved";
  };
  input.addEventListener(
    "input",
    () => {
      saved.textContent = "";
      clearTimeout(timer);
      timer = window.setTimeout(flush, SAVE_AFTER_MS);
    },
    { signal },
  );
  input.addEventListener("blur", flush, { signal });
  window.addEventListener("pagehide", flush, { signal });
  signal.addEventListener("abort", flush);
  return { section, box, input, print, saved };
}

/** The list after the answer of answers whose section the page no longer has. */
function orphansBlock(body: HTMLElement): { block: HTMLElement; list: HTMLElement } {
  const block = document.createElement("section");
  block.className = "practice-orphans";
  block.dataset["practiceUi"] = "";
  block.setAttribute("aria-labelledby", "practice-orphans-title");
  const title = document.createElement("h2");
  title.id = "practice-orphans-title";
  title.textContent = "Answers for removed sections";
  const note = document.createElement("p");
  note.textContent =
    "You wrote these for sections this answer no longer has. They stay here, and in your exported answers.";
  const list = document.createElement("dl");
  block.append(title, note, list);
  block.hidden = true;
  body.append(block);
  return { block, list };
}

/** Adds a field to every section and keeps them in step with the state; returns the function that applies a state. */
export function answerFields(
  body: HTMLElement,
  sections: readonly Section[],
  question: string,
  signal: AbortSignal,
): (state: PracticeState) => void {
  const fields = sections.map((s) => field(s, question, signal));
  const orphans = orphansBlock(body);
  body.dataset["practicePairs"] = "";
  return (state) => {
    const mine = state.answers[question] ?? {};
    for (const { section, box, input, print } of fields) {
      const text = mine[section.id] ?? "";
      // Never rewrite the field being typed in; another tab's words arrive once the reader leaves it.
      if (input !== document.activeElement && input.value !== text) input.value = text;
      print.textContent = text;
      const open = isRevealed(state, question, section.id);
      const written = text.trim() !== "" || input.value.trim() !== "";
      box.hidden = !state.on || (open && !written);
      box.toggleAttribute("data-written", text.trim() !== "");
      box.toggleAttribute("data-paired", state.on && open && written);
      box.style.setProperty("--parts", String(section.parts.length));
      for (const part of section.parts) part.toggleAttribute("data-practice-model", state.on && open && written);
    }
    const lost = orphanedAnswers(
      state.answers,
      question,
      sections.map((s) => s.id),
    );
    orphans.block.hidden = lost.length === 0;
    orphans.list.replaceChildren(
      ...lost.flatMap(([id, text]) => {
        const term = document.createElement("dt");
        term.textContent = `Section “${id}”`;
        const value = document.createElement("dd");
        value.textContent = text;
        return [term, value];
      }),
    );
  };
}
