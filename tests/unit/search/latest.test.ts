import { describe, expect, it } from "vitest";
import { LatestRun } from "../../../src/lib/search/latest";

/** A promise with its resolve and reject at hand, to decide by hand when each await of a run ends. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe("LatestRun", () => {
  it("lets a run that nothing overtook finish, with every step's value", async () => {
    const runs = new LatestRun();
    const seen: number[] = [];
    const finished = await runs.run(async (step) => {
      seen.push(await step(Promise.resolve(1)));
      seen.push(await step(2));
    });
    expect(finished).toBe(true);
    expect(seen).toEqual([1, 2]);
  });

  it("stops an overtaken run at its next step, so only the newer one reaches the end", async () => {
    const runs = new LatestRun();
    const slow = deferred<string>();
    const shown: string[] = [];
    const first = runs.run(async (step) => {
      shown.push(await step(slow.promise));
    });
    const second = runs.run(async (step) => {
      shown.push(await step("second"));
    });
    slow.resolve("first");
    expect(await first).toBe(false);
    expect(await second).toBe(true);
    expect(shown).toEqual(["second"]);
  });

  it("passes on the failure of the newest run", async () => {
    const runs = new LatestRun();
    await expect(runs.run(async (step) => void (await step(Promise.reject(new Error("no index")))))).rejects.toThrow(
      "no index",
    );
  });

  it("keeps quiet about the failure of a run a newer one overtook", async () => {
    const runs = new LatestRun();
    const load = deferred<never>();
    const first = runs.run(async (step) => void (await step(load.promise)));
    const second = runs.run(async () => {});
    load.reject(new Error("network"));
    expect(await first).toBe(false);
    expect(await second).toBe(true);
  });

  it("ignores an error an overtaken run throws after its last step", async () => {
    const runs = new LatestRun();
    const reached = deferred<void>();
    const gate = deferred<void>();
    const first = runs.run(async (step) => {
      await step(undefined);
      reached.resolve();
      await gate.promise;
      throw new Error("late");
    });
    await reached.promise;
    const second = runs.run(async () => {});
    gate.resolve();
    expect(await first).toBe(false);
    expect(await second).toBe(true);
  });
});
