import { type FileJob, type FileOutcome, processFile } from "./processFile.js";

/**
 * Runs the per-file jobs, at most `concurrency` at a time, and reports each outcome as it
 * arrives. Outcomes come back in job order.
 *
 * @example
 * const outcomes = await runFileJobs(jobs, 2, (i, o) => console.log(i, o.type));
 */
export async function runFileJobs(
  jobs: readonly FileJob[],
  concurrency: number,
  onDone: (index: number, outcome: FileOutcome) => void,
): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = new Array(jobs.length);
  let next = 0;
  const lanes = Array.from(
    { length: Math.max(1, Math.min(concurrency, jobs.length)) },
    async () => {
      while (next < jobs.length) {
        const i = next++;
        const outcome = await processFile(jobs[i] as FileJob);
        outcomes[i] = outcome;
        onDone(i, outcome);
      }
    },
  );
  await Promise.all(lanes);
  return outcomes;
}
