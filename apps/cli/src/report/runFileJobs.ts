import { type ChildProcess, fork } from "node:child_process";
import { type FileJob, type FileOutcome, processFile } from "./processFile.js";

/** A message from a report worker: the outcome of job `index`. */
interface WorkerReply {
  index: number;
  outcome: FileOutcome;
}

async function inProcess(
  jobs: readonly FileJob[],
  concurrency: number,
  onDone: (index: number, outcome: FileOutcome) => void,
  outcomes: FileOutcome[],
  queue: number[],
): Promise<void> {
  const lanes = Array.from(
    { length: Math.max(1, Math.min(concurrency, queue.length)) },
    async () => {
      for (let i = queue.shift(); i !== undefined; i = queue.shift()) {
        const outcome = await processFile(jobs[i] as FileJob);
        outcomes[i] = outcome;
        onDone(i, outcome);
      }
    },
  );
  await Promise.all(lanes);
}

/** Options of {@link runFileJobs}. */
export interface RunFileJobsOptions {
  /** At most this many files at once. */
  concurrency: number;
  /**
   * The bundled `lmb.js`: with it (and concurrency > 1) each lane is a child process running
   * `lmb report --worker`, so files are read and analysed on all cores with one file's memory
   * per process. Without it (tests, library use from source), the jobs run in this process.
   */
  workerScript?: string | undefined;
}

/**
 * Runs the per-file jobs of a report and reports each outcome as it arrives; outcomes come
 * back in job order. In the bundled CLI the lanes are child processes (`lmb report --worker`,
 * one job at a time over IPC); a worker that dies turns its file into a skipped entry
 * (`E_WORKER`) and the remaining files go to the other lanes (or this process).
 *
 * @example
 * const outcomes = await runFileJobs(jobs, { concurrency: 2 }, (i, o) => console.log(i, o.type));
 */
export async function runFileJobs(
  jobs: readonly FileJob[],
  options: RunFileJobsOptions,
  onDone: (index: number, outcome: FileOutcome) => void,
): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = new Array(jobs.length);
  const queue = jobs.map((_, i) => i);
  const lanes = Math.max(1, Math.min(options.concurrency, jobs.length));
  if (options.workerScript === undefined || lanes < 2) {
    await inProcess(jobs, options.concurrency, onDone, outcomes, queue);
    return outcomes;
  }
  const script = options.workerScript;
  const lane = () =>
    new Promise<void>((resolve) => {
      const child: ChildProcess = fork(script, ["report", "--worker"], {
        stdio: ["ignore", "ignore", "inherit", "ipc"],
        serialization: "advanced",
      });
      let current: number | undefined;
      const next = () => {
        current = queue.shift();
        if (current === undefined) child.disconnect();
        else child.send({ index: current, job: jobs[current] });
      };
      child.on("message", (reply: WorkerReply) => {
        outcomes[reply.index] = reply.outcome;
        onDone(reply.index, reply.outcome);
        next();
      });
      child.on("exit", (code, signal) => {
        if (current !== undefined && outcomes[current] === undefined) {
          const job = jobs[current] as FileJob;
          const outcome: FileOutcome = {
            type: "skipped",
            format: null,
            skipped: {
              path: job.display,
              stage: "analyze",
              code: "E_WORKER",
              reason: `the worker analysing ${job.display} stopped (${signal ?? `exit code ${code}`}), e.g. out of memory. Fix: run with --jobs 1 to see the error in place`,
            },
          };
          outcomes[current] = outcome;
          onDone(current, outcome);
        }
        resolve();
      });
      next();
    });
  await Promise.all(Array.from({ length: lanes }, lane));
  // Files left when every worker died run here.
  if (queue.length > 0) await inProcess(jobs, 1, onDone, outcomes, queue);
  return outcomes;
}

/**
 * The worker side of {@link runFileJobs}: answers each job sent over IPC with its outcome
 * until the parent disconnects.
 *
 * @example
 * // lmb report --worker (started by runFileJobs)
 * await serveFileJobs();
 */
export function serveFileJobs(): Promise<void> {
  return new Promise((resolve) => {
    if (process.send === undefined) {
      resolve();
      return;
    }
    process.on("message", async (message: { index: number; job: FileJob }) => {
      const outcome = await processFile(message.job);
      process.send?.({ index: message.index, outcome } satisfies WorkerReply);
    });
    process.on("disconnect", () => resolve());
  });
}
