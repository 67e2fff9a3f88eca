import { describe, expect, it } from "vitest";
import type { Progress } from "./progressBar.js";
import { runContinuumJobs } from "./runContinuumJobs.js";

/** A progress reporter that records its calls. */
function recording(onUpdate: (done: number, total: number) => void = () => {}) {
  const updates: [number, number][] = [];
  const progress: Progress = {
    update(done, total) {
      updates.push([done, total]);
      onUpdate(done, total);
    },
    done() {},
  };
  return { progress, updates };
}

describe("runContinuumJobs (continuum and window on a worker thread)", () => {
  it("reports monotone progress that ends at the total, within the command's span", async () => {
    const { progress, updates } = recording();
    const [window] = await runContinuumJobs(
      [{ kind: "window", options: { thickness: 2, lateral: 6, runs: 20, seed: 2 } }],
      progress,
      { before: 5, total: 25 },
    );
    expect(window.runs).toBe(20);
    expect(updates.map(([d]) => d)).toEqual(Array.from({ length: 20 }, (_, i) => i + 6));
    expect(updates.every(([, t]) => t === 25)).toBe(true);
    const fractions = updates.map(([d, t]) => d / t);
    for (let i = 1; i < fractions.length; i++) {
      expect(fractions[i] as number).toBeGreaterThan(fractions[i - 1] as number);
    }
    expect(fractions.at(-1)).toBe(1);
  }, 60_000);

  it("Ctrl-C (SIGINT) stops the worker: E_CANCELLED, no result, handler removed", async () => {
    const before = process.listenerCount("SIGINT");
    const { progress, updates } = recording(() => {
      if (updates.length === 1) process.emit("SIGINT");
    });
    await expect(
      runContinuumJobs(
        [{ kind: "crossing", options: { lateral: 30, thickness: 30, runs: 10_000 } }],
        progress,
      ),
    ).rejects.toMatchObject({ code: "E_CANCELLED", message: /cancelled/ });
    expect(updates.length).toBeLessThan(10_000);
    expect(process.listenerCount("SIGINT")).toBe(before);
  }, 60_000);
});
