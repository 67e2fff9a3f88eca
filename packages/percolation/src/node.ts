/**
 * @lmb/percolation/node — Node-only parts: Monte Carlo runs on all cores with worker threads,
 * and continuum jobs in a worker thread (progress, cancellation).
 *
 * @packageDocumentation
 */

export {
  type ContinuumJob,
  type ContinuumJobKind,
  type ContinuumJobOptions,
  type ContinuumJobResultList,
  type ContinuumJobResults,
  continuumRunTotal,
  runContinuumJob,
  runContinuumJobs,
} from "./node/continuumJobs.js";
export { continuumJobsInWorker, type WorkerJobControl } from "./node/continuumJobsInWorker.js";
export {
  estimateThresholdParallel,
  type ParallelThresholdOptions,
} from "./node/estimateThresholdParallel.js";
export {
  type ParallelLatticeOptions,
  simulateLatticeParallel,
} from "./node/simulateLatticeParallel.js";
