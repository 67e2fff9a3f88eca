import { describe, expect, it } from "vitest";
import { inPlaneSpanning } from "../continuum/inPlaneSpanning.js";
import { metalIncorporationWindow } from "../continuum/metalWindow.js";
import { type ContinuumJob, runContinuumJobs } from "./continuumJobs.js";
import { continuumJobsInWorker } from "./continuumJobsInWorker.js";

describe("continuum jobs in a worker thread", () => {
  it("give the direct results, with progress 1, 2, …, total over all jobs", async () => {
    const jobs = [
      { kind: "window", options: { thickness: 2, lateral: 6, runs: 20, seed: 4 } },
      { kind: "inPlane", options: { thickness: 1, lateral: 6, runs: 3, seed: 4 } },
    ] as const satisfies readonly ContinuumJob[];
    const seen: [number, number][] = [];
    const [window, inPlane] = await continuumJobsInWorker(jobs, {
      onProgress: (done, total) => seen.push([done, total]),
    });
    expect(seen.map(([d]) => d)).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
    expect(seen.every(([, t]) => t === 23)).toBe(true);
    expect(window).toEqual(metalIncorporationWindow(jobs[0].options));
    expect(Array.from(inPlane.particles)).toEqual(
      Array.from(inPlaneSpanning(jobs[1].options).particles),
    );
    // the same in this thread
    const fractions: number[] = [];
    runContinuumJobs(jobs, { onProgress: (done, total) => fractions.push(done / total) });
    expect(fractions.at(-1)).toBe(1);
    for (let i = 1; i < fractions.length; i++) {
      expect(fractions[i] as number).toBeGreaterThan(fractions[i - 1] as number);
    }
  }, 60_000);

  it("rejects with E_CANCELLED on abort (and before starting), and passes on library errors", async () => {
    const controller = new AbortController();
    const run = continuumJobsInWorker(
      [{ kind: "crossing", options: { lateral: 30, thickness: 30, runs: 10_000 } }],
      { signal: controller.signal, onProgress: () => controller.abort() },
    );
    await expect(run).rejects.toMatchObject({ code: "E_CANCELLED" });
    await expect(
      continuumJobsInWorker([{ kind: "inPlane", options: { thickness: 1, runs: 2 } }], {
        signal: controller.signal,
      }),
    ).rejects.toMatchObject({ code: "E_CANCELLED" });
    await expect(
      continuumJobsInWorker([{ kind: "inPlane", options: { thickness: 0.1, runs: 2 } }]),
    ).rejects.toMatchObject({ code: "E_INVALID_ARGUMENT" });
  }, 60_000);
});
