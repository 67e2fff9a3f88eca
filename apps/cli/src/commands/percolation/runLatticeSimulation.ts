import type { LatticeSimulation } from "@lmb/percolation";
import { type ParallelLatticeOptions, simulateLatticeParallel } from "@lmb/percolation/node";
import { checkBundledWorker } from "./bundledWorker.js";
import type { Progress } from "./progressBar.js";

/**
 * Runs `simulateLatticeParallel` (worker threads) with a progress reporter and Ctrl-C
 * cancellation: while it runs, SIGINT aborts the workers and the command ends with
 * `E_CANCELLED` (exit code 1) instead of the process dying mid-write. The SIGINT handler is
 * removed afterwards, so a second Ctrl-C behaves normally.
 *
 * @example
 * const sim = await runLatticeSimulation({ lattice: "sc", size: 64, runs: 200 }, bar);
 */
export async function runLatticeSimulation(
  options: Omit<ParallelLatticeOptions, "signal" | "onProgress">,
  progress: Progress,
): Promise<LatticeSimulation> {
  checkBundledWorker();
  const controller = new AbortController();
  const onSigint = () => controller.abort();
  process.once("SIGINT", onSigint);
  try {
    return await simulateLatticeParallel({
      ...options,
      signal: controller.signal,
      onProgress: (done, total) => progress.update(done, total),
    });
  } finally {
    process.removeListener("SIGINT", onSigint);
    progress.done();
  }
}
