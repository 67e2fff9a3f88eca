import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { LmbError } from "@lmb/errors";
import {
  type LatticeSimulation,
  type LatticeSimulationOptions,
  planLatticeSimulation,
  summarizeLatticeRuns,
} from "../lattice/simulateLattice.js";
import type { LatticeTask } from "./latticeWorker.js";
import { workerScript } from "./workerScript.js";

/** Options of {@link simulateLatticeParallel}: those of `simulateLattice` plus threads and cancellation. */
export interface ParallelLatticeOptions extends Omit<LatticeSimulationOptions, "onProgress"> {
  /** Worker threads. @default os.availableParallelism() */
  threads?: number;
  /** Aborting stops every worker and rejects with `E_CANCELLED`. */
  signal?: AbortSignal;
  /** Called as runs finish: (done, total). */
  onProgress?: (done: number, total: number) => void;
}

/**
 * `simulateLattice` on all cores: the runs are split into contiguous ranges, one per worker
 * thread; run r still uses `runSeed(seed, r)`, so the result is identical for any number of
 * threads (and equal to the single-threaded `simulateLattice`). Progress is reported as runs
 * finish; an `AbortSignal` terminates the workers.
 *
 * @throws LmbError `E_CANCELLED` when aborted; `E_WORKER` when a worker fails; the argument
 *   errors of `simulateLattice` before any work starts.
 * @example
 * const r = await simulateLatticeParallel({ lattice: "sc", size: 64, runs: 200, seed: 1 });
 */
export async function simulateLatticeParallel(
  options: ParallelLatticeOptions,
): Promise<LatticeSimulation> {
  const plan = planLatticeSimulation(options);
  const { runs, mode, thickness, seed } = plan;
  const threads = Math.max(1, Math.min(options.threads ?? availableParallelism(), runs));
  if (options.signal?.aborted) {
    throw new LmbError("E_CANCELLED", "cancelled before the simulation started", {
      fix: "run again",
    });
  }
  const { file, execArgv } = workerScript();
  const per = Math.ceil(runs / threads);
  const steps = new Int32Array(runs);
  let done = 0;
  const workers: Worker[] = [];
  const jobs: Promise<void>[] = [];
  for (let t = 0; t < threads; t++) {
    const first = t * per;
    const count = Math.min(per, runs - first);
    if (count <= 0) break;
    const task: LatticeTask = {
      lattice: options.lattice,
      mode,
      size: options.size,
      thickness,
      seed,
      first,
      count,
      inPlane: plan.inPlane,
    };
    const worker = new Worker(file, { workerData: task, execArgv });
    workers.push(worker);
    jobs.push(
      new Promise<void>((resolve, reject) => {
        let finished = false;
        worker.on("message", (message: { type: string; done?: number; steps?: Int32Array }) => {
          if (message.type === "progress") {
            done++;
            options.onProgress?.(done, runs);
          } else if (message.type === "done" && message.steps) {
            steps.set(message.steps, first);
            finished = true;
            resolve();
          }
        });
        worker.on("error", (error) =>
          reject(
            new LmbError("E_WORKER", `a simulation worker failed: ${error.message}`, {
              fix: "run with threads: 1 to see the error in place",
            }),
          ),
        );
        // Any exit before the result (terminated by an abort, or a crash, whatever the exit
        // code) settles the promise, so an abort can never leave the caller waiting.
        worker.on("exit", () => {
          if (finished) return;
          reject(
            options.signal?.aborted
              ? new LmbError("E_CANCELLED", "the simulation was cancelled", {
                  fix: "run again without cancelling",
                })
              : new LmbError("E_WORKER", "a simulation worker exited without a result", {
                  fix: "run with threads: 1 to see the error in place",
                }),
          );
        });
      }),
    );
  }
  let abort = () => {};
  const cancelled = new Promise<never>((_, reject) => {
    abort = () => {
      for (const w of workers) void w.terminate();
      reject(
        new LmbError("E_CANCELLED", "the simulation was cancelled", {
          fix: "run again without cancelling",
        }),
      );
    };
  });
  options.signal?.addEventListener("abort", abort, { once: true });
  try {
    await Promise.race([Promise.all(jobs), cancelled]);
  } finally {
    options.signal?.removeEventListener("abort", abort);
    for (const w of workers) void w.terminate();
  }
  return summarizeLatticeRuns(plan, steps, options.ps);
}
