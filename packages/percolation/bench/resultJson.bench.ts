// What `lmb percolation threshold` adds after the sweeps: the FSS fit and the JSON result with
// each size's R = ½ and the crossing of consecutive spanning curves (incomplete-beta sums over
// runs), for simple-cubic site percolation, sizes 16, 32, 64 with 400 runs each.
//   node --conditions=@lmb/source --import tsx bench/resultJson.bench.ts
import { type BenchCase, runBenchSuite } from "@lmb/bench";
import { thresholdEstimateJson } from "../src/json/thresholdEstimateJson.js";
import { simulateLattice } from "../src/lattice/simulateLattice.js";
import { fitThreshold } from "../src/lattice/thresholdScaling.js";

const runs = 400;
const sims = [16, 32, 64].map((size, i) =>
  simulateLattice({ lattice: "sc", size, runs, seed: 1 + 7919 * i }),
);
const estimate = fitThreshold({ lattice: "sc" }, sims);

/** Benchmark cases, exported for bench/index.ts. */
export const cases: BenchCase[] = [
  {
    name: `thresholdEstimateJson, sc sizes 16/32/64 × ${runs} runs (crossings)`,
    fn: () => thresholdEstimateJson(estimate, 1),
    items: 3 * runs,
    itemName: "runs",
  },
];

if (process.argv[1]?.endsWith("resultJson.bench.ts")) {
  await runBenchSuite("@lmb/percolation result JSON", cases, { time: 2000 });
}
