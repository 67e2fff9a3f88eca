// Worker-thread entry: simulates the design-map rows the pool sends, one at a time, and posts
// each back with a progress message per simulated cell.
import { parentPort, workerData } from "node:worker_threads";
import type { DesignMapPlan } from "../simulation/designMap/designMapPlan.js";
import { designMapRow } from "../simulation/designMap/designMapRow.js";

/** A message from the pool: simulate row `index`. */
export interface DesignMapTask {
  type: "row";
  index: number;
}

const plan = workerData as DesignMapPlan;
parentPort?.on("message", (task: DesignMapTask) => {
  const row = designMapRow(plan, task.index, () => parentPort?.postMessage({ type: "cell" }));
  parentPort?.postMessage({ type: "row", index: task.index, row });
});
