/**
 * The rest of practice mode on a question page, loaded only when it is used (practice mode on, or the reader has
 * practised, rated or answered this question): the panel's timer and fill-ins, "Your answer" fields beside the
 * model answer, and the recall rating with the review schedule after the answer. The practice bar starts it with the sections it found.
 */
import { loadStylesheet } from "~/dom";
// The practice panel's timer and fill-ins: used only in practice mode, so they come with the session.
import "./practice-timer";
import "./practice-fills";
import { answerFields } from "./answer-fields";
import type { Section } from "./answer-sections";
import { checkedState } from "./records-store";
import { reviewPanel } from "./review-panel";
import { onStateChange } from "./store";
import sessionCss from "./session.css?url";

/** Starts the session for `question`; `finish` is the end-of-answer block the rating goes in. */
export async function startSession(body: HTMLElement, sections: readonly Section[], question: string, finish: HTMLElement | null, signal: AbortSignal): Promise<void> {
  // Styled from the start: the fields appear once their stylesheet is there.
  await loadStylesheet(sessionCss);
  if (signal.aborted) return;
  const views = [answerFields(body, sections, question, signal), ...(finish ? [reviewPanel(finish, question, signal)] : [])];
  const show = () => {
    const state = checkedState();
    for (const view of views) view(state);
  };
  onStateChange(show, signal);
  show();
}
