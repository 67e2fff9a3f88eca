// Worker-thread entry: runs a range of Newman–Ziff sweeps and posts their first spanning steps,
// or (workerData { continuum: jobs }) a list of continuum jobs, posting progress per run.
import { parentPort, workerData } from "node:worker_threads";
import { isLmbError } from "@lmb/errors";
import { createLatticeGrid } from "../lattice/latticeGrid.js";
import type { LatticeId } from "../lattice/lattices.js";
import { sweepRuns, sweepWork } from "../lattice/simulateLattice.js";
import { type ContinuumJob, runContinuumJobs } from "./continuumJobs.js";

/** What the pool sends each worker. */
export interface LatticeTask {
  lattice: LatticeId;
  mode: "site" | "bond";
  size: number;
  thickness: number;
  seed: number;
  first: number;
  count: number;
  /** Cross the film along x (site mode only). */
  inPlane?: boolean;
}

/** What `continuumJobsInWorker` sends its worker. */
export interface ContinuumTask {
  continuum: ContinuumJob[];
}

function runLatticeTask(task: LatticeTask): void {
  const grid = createLatticeGrid(task.lattice, task.size, task.thickness);
  const steps = new Int32Array(task.count);
  const work = sweepWork(grid, task.mode);
  for (let i = 0; i < task.count; i++) {
    steps[i] = sweepRuns(
      grid,
      task.mode,
      task.seed,
      task.first + i,
      1,
      work,
      task.inPlane === true,
    )[0] as number;
    parentPort?.postMessage({ type: "progress", done: i + 1 });
  }
  parentPort?.postMessage({ type: "done", steps }, [steps.buffer]);
}

function runContinuumTask(task: ContinuumTask): void {
  try {
    const results = runContinuumJobs(task.continuum, {
      onProgress: (done, total) => parentPort?.postMessage({ type: "progress", done, total }),
    });
    parentPort?.postMessage({ type: "done", results });
  } catch (error) {
    // LmbErrors cross back with their code (a thrown error would arrive as a bare Error).
    if (!isLmbError(error)) throw error;
    parentPort?.postMessage({
      type: "error",
      error: {
        code: error.code,
        problem: error.problem,
        fix: error.fix,
        location: error.location,
      },
    });
  }
}

const data = workerData as LatticeTask | ContinuumTask;
if ("continuum" in data) runContinuumTask(data);
else runLatticeTask(data);
