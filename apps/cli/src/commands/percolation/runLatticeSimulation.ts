import { existsSync } from "node:fs";
import { basename } from "node:path";
import { fileURLToPath } from "node:url";
import { LmbError } from "@lmb/errors";
import type { LatticeSimulation } from "@lmb/percolation";
import { type ParallelLatticeOptions, simulateLatticeParallel } from "@lmb/percolation/node";
import type { Progress } from "./progressBar.js";

/** The worker script of the bundled CLI, built beside lmb.js (see tsup.config.ts). */
const BUNDLED_WORKER = "./lattice-worker.js";

/**
 * In the bundled `lmb` (dist/lmb.js), checks that the worker script sits beside it, so a broken
 * install fails with a clear error instead of a crashed thread. From source the library finds
 * its own worker.
 *
 * @throws LmbError `E_INSTALL` when dist/lattice-worker.js is missing
 */
function checkBundledWorker(): void {
  const here = fileURLToPath(import.meta.url);
  if (basename(here) !== "lmb.js") return;
  const worker = fileURLToPath(new URL(BUNDLED_WORKER, import.meta.url));
  if (!existsSync(worker)) {
    throw new LmbError("E_INSTALL", `the simulation worker ${worker} is missing`, {
      fix: "reinstall lmb (the package ships dist/lattice-worker.js beside dist/lmb.js)",
    });
  }
}

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
