/**
 * @lmb/percolation/node — Node-only parts: Monte Carlo runs on all cores with worker threads.
 *
 * @packageDocumentation
 */
export {
  type ParallelLatticeOptions,
  simulateLatticeParallel,
} from "./node/simulateLatticeParallel.js";
