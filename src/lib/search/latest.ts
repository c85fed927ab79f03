/**
 * Only the newest run of a task may finish: a search started by a keystroke is overtaken by the next one, and
 * what it would show is out of date. Each await of a run goes through its `step`, which checks, in this one
 * place, that no newer run has started since.
 */

/** Awaits a value inside a run; rejects with `Superseded` when a newer run has started meanwhile. */
export type Step = <T>(value: T | PromiseLike<T>) => Promise<T>;

/** Thrown out of a step of a run that a newer run has overtaken; `LatestRun.run` absorbs it. */
class Superseded extends Error {
  constructor() {
    super("superseded by a newer run");
    this.name = "Superseded";
  }
}

export class LatestRun {
  #newest = 0;

  /**
   * Runs `task` as the newest run. Resolves true when it ran to its end, false when a newer run overtook it (it
   * then stopped at its next step); rejects with the task's own error only while it is still the newest.
   */
  async run(task: (step: Step) => Promise<void>): Promise<boolean> {
    const id = ++this.#newest;
    const step: Step = async (value) => {
      try {
        const result = await value;
        if (id !== this.#newest) throw new Superseded();
        return result;
      } catch (error) {
        throw id === this.#newest ? error : new Superseded();
      }
    };
    try {
      await task(step);
      return true;
    } catch (error) {
      if (error instanceof Superseded || id !== this.#newest) return false;
      throw error;
    }
  }
}
