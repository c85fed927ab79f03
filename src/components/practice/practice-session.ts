/**
 * The rest of practice mode on a question page, loaded only when it is used (practice mode on, or the reader has
 * practised, rated or answered this question): the panel's timer and fill-ins, "Your answer" fields beside the
 * model answer, and the recall rating with the review schedule after the answer. The practice bar starts it with the sections it found.
 */
import { loadStylesheet } from "~/dom";
import { answerFields } from "./answer-fields";
import type { Section } from "./answer-sections";
import { checkedState } from "./records-store";
import { practiceFills } from "./practice-fills";
import { practiceTimer } from "./practice-timer";
import { reviewPanel } from "./review-panel";
import { onStateChange } from "./store";
import sessionCss from "./session.css?url";

/** The practice panel's parts the session wires: used only in practice mode, so their code comes with it. */
export interface Panel {
  readonly timer: HTMLElement | null;
  readonly fills: HTMLElement | null;
}

/** Starts the session for `question`; `finish` is the end-of-answer block the rating goes in. */
export async function startSession(
  body: HTMLElement,
  sections: readonly Section[],
  question: string,
  panel: Panel,
  finish: HTMLElement | null,
  signal: AbortSignal,
): Promise<void> {
  if (panel.timer) practiceTimer(panel.timer, signal);
  if (panel.fills) practiceFills(panel.fills, signal);
  // Styled from the start: the fields appear once their stylesheet is there.
  await loadStylesheet(sessionCss);
  if (signal.aborted) return;
  const views = [
    answerFields(body, sections, question, signal),
    ...(finish ? [reviewPanel(finish, question, signal)] : []),
  ];
  const show = () => {
    const state = checkedState();
    for (const view of views) view(state);
  };
  onStateChange(show, signal);
  show();
}
