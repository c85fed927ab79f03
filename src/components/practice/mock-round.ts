/**
 * The mock round page's widget (MockRound.astro): setup, one question at a time with its timer, scoring against the
 * rubric, and the summary that feeds the review schedule. The round lives in the practice state after every step,
 * so a reload (or another tab) resumes it where it was. The round's rules are src/lib/practice/mock.ts. The page
 * loads the outline's index to choose questions, and the headings of a round's questions only: each while the
 * question before it is answered, so scoring never waits; one that fails to load is said, with a Try again button.
 */
import { requireParts, SiteElement } from "~/dom";
import {
  abandonRound,
  currentRound,
  newRound,
  nextQuestion,
  putRound,
  questionsFor,
  summarise,
} from "~/lib/practice/mock";
import type { RoundSize } from "~/lib/practice/mock";
import type { Outline, OutlineIndex, OutlineQuestion } from "~/lib/practice/outline";
import type { MockRound, Score } from "~/lib/practice/records";
import { announcement, formatClock, formatSpoken, pause, phase, start, tick } from "~/lib/practice/timer";
import { digits, plural } from "~/lib/text";
import { loadOutlineIndex, loadOutlineQuestions } from "./load-outline";
import { renderRubric, renderSummary, rubricScores } from "./mock-views";
import { checkedState, updateRecords } from "./records-store";
import { onStateChange } from "./store";

const PARTS = {
  setup: "[data-setup]",
  fit: "[data-fit]",
  ask: "[data-ask]",
  askProgress: "[data-ask-progress]",
  askTitle: "[data-ask-title]",
  clock: "[data-clock]",
  pause: "[data-pause]",
  done: "[data-done]",
  score: "[data-score]",
  scoreProgress: "[data-score-progress]",
  scoreTitle: "[data-score-title]",
  rubric: "[data-rubric]",
  next: "[data-next]",
  summary: "[data-summary]",
  again: "[data-again]",
  status: "[data-status]",
  problem: "[data-problem]",
  problemText: "[data-problem-text]",
  retry: "[data-retry]",
} as const;

const MESSAGES = {
  index: "The questions could not be loaded. Check your connection and try again.",
  score: "Our answer's headings for this question could not be loaded, so it cannot be scored yet. Your round is kept.",
  finish:
    "Our answers' headings for this round could not be loaded, so its results cannot be shown yet. Your scores are kept.",
} as const;

type Parts = { [K in keyof typeof PARTS]: HTMLElement };

class SiteMockRound extends SiteElement {
  #index: OutlineIndex | undefined;
  /** The whole outline of the round's questions loaded so far, by id. */
  #loaded = new Map<string, OutlineQuestion>();
  /** What Try again does: load what failed, then carry on. */
  #retry: (() => void) | undefined;
  #parts: Parts | undefined;
  #interval: number | undefined;
  /** The finished round whose summary is showing, until the reader starts another. */
  #shown: MockRound | undefined;

  protected connect() {
    const parts = requireParts(this, PARTS);
    if (!parts) return;
    this.#parts = parts;
    const { signal } = this;
    const on = (element: HTMLElement, type: string, act: (event: Event) => void) =>
      element.addEventListener(type, act, { signal });
    signal.addEventListener("abort", () => clearInterval(this.#interval));

    on(parts.setup, "submit", (event) => {
      event.preventDefault();
      this.#start(new FormData(parts.setup as HTMLFormElement));
    });
    on(parts.setup, "change", () => this.#showFit());
    for (const stop of this.querySelectorAll<HTMLElement>("[data-stop]")) {
      on(stop, "click", () => {
        updateRecords(abandonRound);
        parts.status.textContent = "The round is stopped; nothing of it is kept.";
        this.#render(false);
        parts.setup.querySelector<HTMLElement>("input")?.focus();
      });
    }
    on(parts.pause, "click", () =>
      this.#update((round) => ({
        ...round,
        timer: phase(round.timer) === "running" ? pause(round.timer, Date.now()) : start(round.timer, Date.now()),
      })),
    );
    on(parts.done, "click", () => {
      this.#update((round) => ({ ...round, phase: "score", timer: pause(round.timer, Date.now()) }));
      this.#render(true);
    });
    on(parts.next, "click", () => void this.#next());
    on(parts.retry, "click", () => {
      const retry = this.#retry;
      this.#problem(undefined);
      retry?.();
    });
    on(parts.again, "click", () => {
      this.#shown = undefined;
      this.#render(true);
    });

    onStateChange(() => this.#render(false), signal);
    this.#loadIndex();
  }

  #loadIndex() {
    void loadOutlineIndex().then((index) => {
      delete this.dataset["practicePending"];
      if (!index) {
        this.#parts?.setup.setAttribute("hidden", "");
        this.#problem("index", () => this.#loadIndex());
        return;
      }
      this.#index = index;
      this.#showFit();
      this.#render(false);
    });
  }

  /** Shows what could not be loaded, with Try again doing `retry`; `undefined` hides it. */
  #problem(kind: keyof typeof MESSAGES | undefined, retry?: () => void) {
    const parts = this.#parts;
    if (!parts) return;
    this.#retry = retry;
    parts.problem.hidden = kind === undefined;
    parts.problemText.textContent = kind ? MESSAGES[kind] : "";
    if (kind) parts.status.textContent = MESSAGES[kind];
  }

  /**
   * The whole outline of `ids`, from what is loaded or fetched now; undefined when any cannot be loaded. Every call
   * keeps what it loads, so questions asked earlier are there for the summary.
   */
  async #questions(ids: readonly string[]): Promise<OutlineQuestion[] | undefined> {
    const index = this.#index;
    if (!index) return undefined;
    const missing = ids.filter((id) => !this.#loaded.has(id));
    if (missing.length > 0) {
      const loaded = await loadOutlineQuestions(index, missing);
      if (!loaded) return undefined;
      for (const q of loaded) this.#loaded.set(q.id, q);
    }
    return ids.flatMap((id) => this.#loaded.get(id) ?? []);
  }

  /** The outline the round's summary is drawn from: the index's topic titles and the round's questions loaded. */
  #outline(round: MockRound): Outline {
    return {
      v: 1,
      topics: this.#index?.topics ?? {},
      questions: round.questions.flatMap((id) => this.#loaded.get(id) ?? []),
    };
  }

  /** How many questions the chosen topics give, said under the form. */
  #showFit() {
    const parts = this.#parts;
    if (!parts || !this.#index) return;
    const form = new FormData(parts.setup as HTMLFormElement);
    const topics = form.getAll("topic").map(String);
    const fit = questionsFor(this.#index, topics).length;
    parts.fit.textContent =
      topics.length === 0
        ? `Every question can come up (${digits(fit)}).`
        : fit === 0
          ? "No question covers these topics: choose others."
          : `${plural(fit, "question")} cover these topics.`;
  }

  #start(form: FormData) {
    if (!this.#index || !this.#parts) return;
    const size = form.get("size");
    const round = newRound(
      this.#index,
      {
        size: (size === "all" ? "all" : Number(size)) as RoundSize,
        minutes: Number(form.get("minutes")) || 3,
        topics: form.getAll("topic").map(String),
      },
      Math.random,
      new Date(),
    );
    if (!round) {
      this.#parts.status.textContent = "No question covers these topics: choose others.";
      return;
    }
    updateRecords((state) => putRound(state, { ...round, timer: start(round.timer, Date.now()) }));
    this.#parts.status.textContent = `Round started: ${plural(round.questions.length, "question")}, ${formatSpoken(round.timer.duration)} each.`;
    this.#render(true);
  }

  #update(change: (round: MockRound) => MockRound) {
    updateRecords((state) => {
      const round = currentRound(state);
      return round ? putRound(state, change(round)) : state;
    });
  }

  /** Scores the current question and moves on; the last one finishes the round and rates every question asked. */
  async #next() {
    const parts = this.#parts;
    if (!parts || !this.#index) return;
    const round = currentRound(checkedState());
    const id = round?.questions[round.index];
    if (!round || !id || parts.rubric.dataset["question"] !== id) return;
    const now = new Date();
    const scores = rubricScores(parts.rubric);
    const moved = nextQuestion(round, scores, now);
    if (moved.finished) {
      // Every question of the round is in the summary: after a reload mid-round, earlier ones load now.
      if (!(await this.#questions(moved.questions))) {
        this.#update((r) => ({ ...r, scores: { ...r.scores, [id]: scores } }));
        this.#problem("finish", () => void this.#next());
        return;
      }
      // The scheduler (FSRS) loads only now, to rate the questions of the round.
      const { rateQuestion } = await import("~/lib/practice/review");
      const summary = summarise(moved, this.#outline(moved));
      updateRecords((state) =>
        summary.questions.reduce((s, q) => rateQuestion(s, q.id, q.grade, now), putRound(state, moved)),
      );
      this.#shown = moved;
    } else {
      updateRecords((state) => putRound(state, { ...moved, timer: start(moved.timer, Date.now()) }));
      parts.status.textContent = `Timer started: ${formatSpoken(moved.timer.duration)}`;
    }
    this.#render(true);
  }

  /** Shows the stage the state is in; `focus` moves focus to its heading (after the reader's own step). */
  #render(focus: boolean) {
    const parts = this.#parts;
    const index = this.#index;
    if (!parts || !index) return;
    const state = checkedState();
    const round = currentRound(state);
    // A round in progress picks up where it was, after a reload too.
    const stage = this.#shown ? "summary" : round ? round.phase : "setup";
    if (stage === "setup" || stage === "summary") this.#problem(undefined);
    parts.setup.hidden = stage !== "setup";
    parts.ask.hidden = stage !== "answer";
    parts.score.hidden = stage !== "score";
    parts.summary.hidden = stage !== "summary";
    this.#tick(stage === "answer" ? round : undefined);
    const question = round && index.questions.find((q) => q.id === round.questions[round.index]);
    const progress = round ? `Question ${round.index + 1} of ${round.questions.length}` : "";
    // The headings of the questions asked so far and of the next, loaded while the reader answers.
    if (round && !this.#shown) void this.#questions(round.questions.slice(0, round.index + 2));
    if (stage === "answer" && question) {
      parts.askProgress.textContent = progress;
      parts.askTitle.textContent = question.title;
      if (focus) parts.askTitle.focus();
    }
    if (stage === "score" && question && round) {
      parts.scoreProgress.textContent = progress;
      parts.scoreTitle.textContent = `Score your answer: ${question.title}`;
      parts.next.textContent =
        round.index + 1 >= round.questions.length ? "Finish and see the results" : "Next question";
      if (parts.rubric.dataset["question"] !== question.id) this.#showRubric(round, question.id);
      if (focus) parts.scoreTitle.focus();
    }
    if (stage === "summary" && this.#shown) {
      renderSummary(parts.summary, this.#shown, this.#outline(this.#shown), state);
      if (focus) parts.summary.querySelector<HTMLElement>("h2")?.focus();
    }
  }

  /** Draws the rubric of question `id` of `round`, once its headings are loaded; says so if they cannot be. */
  #showRubric(round: MockRound, id: string) {
    const parts = this.#parts;
    if (!parts) return;
    const draw = (question: OutlineQuestion) => {
      this.#problem(undefined);
      parts.next.hidden = false;
      const scores = currentRound(checkedState())?.scores[id] ?? round.scores[id] ?? {};
      renderRubric(parts.rubric, question, scores as Record<string, Score>);
    };
    const loaded = this.#loaded.get(id);
    if (loaded) return draw(loaded);
    delete parts.rubric.dataset["question"];
    parts.rubric.replaceChildren();
    parts.next.hidden = true;
    void this.#questions([id]).then((questions) => {
      const now = currentRound(checkedState());
      if (now?.phase !== "score" || now.questions[now.index] !== id) return;
      const question = questions?.[0];
      if (question) draw(question);
      else this.#problem("score", () => this.#showRubric(now, id));
    });
  }

  /** Runs the clock of the question being answered (or stops it), announcing only the timer's marks. */
  #tick(round: MockRound | undefined) {
    const parts = this.#parts;
    if (!parts) return;
    clearInterval(this.#interval);
    this.#interval = undefined;
    if (!round) return;
    let timer = tick(round.timer, Date.now());
    const draw = () => {
      parts.clock.textContent = formatClock(timer.remaining);
      parts.pause.textContent = phase(timer) === "running" ? "Pause" : "Resume";
      parts.pause.hidden = phase(timer) === "done";
      this.dataset["phase"] = phase(timer);
    };
    draw();
    if (phase(timer) !== "running") return;
    this.#interval = window.setInterval(() => {
      const before = timer;
      timer = tick(before, Date.now());
      const message = announcement(before.remaining, timer.remaining, timer.duration);
      if (message) parts.status.textContent = message === "Time is up" ? "Time is up: score your answer." : message;
      draw();
      if (phase(timer) !== "running") clearInterval(this.#interval);
    }, 250);
  }
}
customElements.define("site-mock-round", SiteMockRound);
