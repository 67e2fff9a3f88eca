/**
 * @lmb/percolation/node — Node-only parts: Monte Carlo runs on all cores with worker threads.
 *
 * @packageDocumentation
 */

export {
  estimateThresholdParallel,
  type ParallelThresholdOptions,
} from "./node/estimateThresholdParallel.js";
export {
  type ParallelLatticeOptions,
  simulateLatticeParallel,
} from "./node/simulateLatticeParallel.js";
