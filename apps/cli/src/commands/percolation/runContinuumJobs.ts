import {
  type ContinuumJob,
  type ContinuumJobResultList,
  continuumJobsInWorker,
} from "@lmb/percolation/node";
import { checkBundledWorker } from "./bundledWorker.js";
import type { Progress } from "./progressBar.js";

/** Where a batch of jobs sits in a command's overall progress (runs before it, runs in all). */
export interface ProgressSpan {
  before: number;
  total: number;
}

/**
 * Runs continuum jobs in a worker thread (`continuumJobsInWorker`) with a progress reporter and
 * Ctrl-C cancellation: while they run, SIGINT terminates the worker and the command ends with
 * `E_CANCELLED` (exit code 1, "the continuum simulation was cancelled", nothing written to
 * stdout) instead of the process dying mid-write. The SIGINT handler is removed afterwards, so
 * a second Ctrl-C behaves normally. `span` places these runs within a longer command (e.g.
 * the crossing runs, then the wired-surface runs, on one bar).
 *
 * @throws LmbError `E_CANCELLED` on Ctrl-C; the library's errors
 * @example
 * const [window] = await runContinuumJobs([{ kind: "window", options }], bar);
 */
export async function runContinuumJobs<const J extends readonly ContinuumJob[]>(
  jobs: J,
  progress: Progress,
  span?: ProgressSpan,
): Promise<ContinuumJobResultList<J>> {
  checkBundledWorker();
  const controller = new AbortController();
  const onSigint = () => controller.abort();
  process.once("SIGINT", onSigint);
  try {
    return await continuumJobsInWorker(jobs, {
      signal: controller.signal,
      onProgress: (done, total) =>
        span === undefined
          ? progress.update(done, total)
          : progress.update(span.before + done, span.total),
    });
  } finally {
    process.removeListener("SIGINT", onSigint);
  }
}
