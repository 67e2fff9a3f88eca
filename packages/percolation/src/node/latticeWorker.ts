// Worker-thread entry: runs a range of Newman–Ziff sweeps and posts their first spanning steps.
import { parentPort, workerData } from "node:worker_threads";
import { createLatticeGrid } from "../lattice/latticeGrid.js";
import type { LatticeId } from "../lattice/lattices.js";
import { sweepRuns, sweepWork } from "../lattice/simulateLattice.js";

/** What the pool sends each worker. */
export interface LatticeTask {
  lattice: LatticeId;
  mode: "site" | "bond";
  size: number;
  thickness: number;
  seed: number;
  first: number;
  count: number;
}

const task = workerData as LatticeTask;
const grid = createLatticeGrid(task.lattice, task.size, task.thickness);
const steps = new Int32Array(task.count);
const work = sweepWork(grid, task.mode);
for (let i = 0; i < task.count; i++) {
  steps[i] = sweepRuns(grid, task.mode, task.seed, task.first + i, 1, work)[0] as number;
  parentPort?.postMessage({ type: "progress", done: i + 1 });
}
parentPort?.postMessage({ type: "done", steps }, [steps.buffer]);
