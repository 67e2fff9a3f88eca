/**
 * @lmb/cells/node — Node-only parts: design maps on all cores with worker threads.
 *
 * @packageDocumentation
 */

export {
  designMapParallel,
  type ParallelDesignMapOptions,
} from "./node/designMapParallel.js";
