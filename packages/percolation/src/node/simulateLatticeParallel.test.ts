import { describe, expect, it } from "vitest";
import { simulateLattice } from "../lattice/simulateLattice.js";
import { simulateLatticeParallel } from "./simulateLatticeParallel.js";

describe("simulateLatticeParallel", () => {
  it("gives exactly the single-threaded result for 1, 2 and 3 threads, with progress", async () => {
    const options = { lattice: "sc" as const, size: 10, runs: 12, seed: 7 };
    const serial = simulateLattice(options);
    let last = 0;
    for (const threads of [1, 2, 3]) {
      const parallel = await simulateLatticeParallel({
        ...options,
        threads,
        onProgress: (done) => {
          last = done;
        },
      });
      expect(Array.from(parallel.spanningSteps)).toEqual(Array.from(serial.spanningSteps));
      expect(parallel.threshold).toEqual(serial.threshold);
      expect(last).toBe(12);
    }
  }, 60_000);

  it("rejects bad arguments before starting workers, and cancels on abort", async () => {
    await expect(simulateLatticeParallel({ lattice: "sc", size: 2 })).rejects.toThrow(/too small/);
    const controller = new AbortController();
    const run = simulateLatticeParallel({
      lattice: "sc",
      size: 48,
      runs: 400,
      threads: 2,
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 50);
    await expect(run).rejects.toThrow(/cancelled/);
  }, 60_000);
});
