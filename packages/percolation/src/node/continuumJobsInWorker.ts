import { Worker } from "node:worker_threads";
import { LmbError, type LmbErrorLocation } from "@lmb/errors";
import {
  type ContinuumJob,
  type ContinuumJobResultList,
  continuumRunTotal,
} from "./continuumJobs.js";
import type { ContinuumTask } from "./latticeWorker.js";
import { workerScript } from "./workerScript.js";

/** Progress and cancellation of {@link continuumJobsInWorker}. */
export interface WorkerJobControl {
  /** Aborting terminates the worker at once and rejects with `E_CANCELLED`. */
  signal?: AbortSignal | undefined;
  /** Called after each run: (done, total) over all jobs, done = 1 … total. */
  onProgress?: ((done: number, total: number) => void) | undefined;
}

function cancelledError(): LmbError {
  return new LmbError("E_CANCELLED", "the continuum simulation was cancelled", {
    fix: "run again without cancelling (no partial result is returned)",
  });
}

/**
 * Runs continuum jobs (`penetrableSlabSpanning`, `inPlaneSpanning`, `wiredSurfaceFraction`,
 * `metalIncorporationWindow`, see {@link ContinuumJob}) one after another in a worker thread,
 * so the calling thread stays free: it receives progress after every run and can cancel at
 * any moment (the worker is terminated; a run in progress is not waited for). Results are
 * identical to calling the functions directly with the same options.
 *
 * @throws LmbError `E_CANCELLED` when aborted (nothing is returned); the functions' own
 *   `LmbError`s with their codes; `E_WORKER` when the worker fails otherwise.
 * @example
 * const [window] = await continuumJobsInWorker(
 *   [{ kind: "window", options: { thickness: 5, runs: 100 } }],
 *   { signal, onProgress: (done, total) => bar.update(done, total) },
 * );
 */
export async function continuumJobsInWorker<const J extends readonly ContinuumJob[]>(
  jobs: J,
  control: WorkerJobControl = {},
): Promise<ContinuumJobResultList<J>> {
  continuumRunTotal(jobs);
  if (control.signal?.aborted === true) throw cancelledError();
  const { file, execArgv } = workerScript();
  const task: ContinuumTask = { continuum: [...jobs] };
  const worker = new Worker(file, { workerData: task, execArgv });
  let onAbort = () => {};
  try {
    return await new Promise<ContinuumJobResultList<J>>((resolve, reject) => {
      let settled = false;
      const settle = (action: () => void) => {
        if (settled) return;
        settled = true;
        action();
      };
      onAbort = () => settle(() => reject(cancelledError()));
      control.signal?.addEventListener("abort", onAbort, { once: true });
      worker.on(
        "message",
        (message: {
          type: string;
          done?: number;
          total?: number;
          results?: ContinuumJobResultList<J>;
          error?: { code: string; problem: string; fix?: string; location?: LmbErrorLocation };
        }) => {
          if (settled) return;
          if (message.type === "progress") {
            control.onProgress?.(message.done as number, message.total as number);
          } else if (message.type === "done") {
            settle(() => resolve(message.results as ContinuumJobResultList<J>));
          } else if (message.type === "error" && message.error !== undefined) {
            const { code, problem, fix, location } = message.error;
            settle(() =>
              reject(
                new LmbError(code, problem, {
                  ...(fix === undefined ? {} : { fix }),
                  ...(location === undefined ? {} : { location }),
                }),
              ),
            );
          }
        },
      );
      worker.on("error", (error) =>
        settle(() =>
          reject(
            new LmbError("E_WORKER", `the continuum worker failed: ${error.message}`, {
              fix: "call the library function directly to see the error in place",
            }),
          ),
        ),
      );
      worker.on("exit", () =>
        settle(() =>
          reject(
            control.signal?.aborted === true
              ? cancelledError()
              : new LmbError("E_WORKER", "the continuum worker exited without a result", {
                  fix: "call the library function directly to see the error in place",
                }),
          ),
        ),
      );
    });
  } finally {
    control.signal?.removeEventListener("abort", onAbort);
    void worker.terminate();
  }
}
