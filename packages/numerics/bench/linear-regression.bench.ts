// Linear-regression benchmarks: a 1e6-point weighted straight-line fit (target > 100 M points/s).
//   node --conditions=@lmb/source --import tsx bench/linear-regression.bench.ts
import { type BenchCase, runBenchSuite } from "@lmb/bench";
import { linearRegression } from "../src/linear/linear-regression.js";
import { createRng } from "../src/random/rng.js";

const n = 1_000_000;
const rng = createRng(1);
const x = new Float64Array(n);
const y = new Float64Array(n);
const w = new Float64Array(n);
for (let i = 0; i < n; i++) {
  x[i] = i / n;
  const sigma = 0.01 + 0.02 * rng.uniform();
  w[i] = 1 / (sigma * sigma);
  y[i] = 0.3 + 2.5 * x[i]! + sigma * rng.normal();
}

/** Benchmark cases, exported for bench/index.ts. */
export const cases: BenchCase[] = [
  {
    name: "linearRegression 1e6 points, weighted, no residual array",
    fn: () => linearRegression(x, y, { weights: w, residuals: false }),
    items: n,
    itemName: "points",
  },
  {
    name: "linearRegression 1e6 points, weighted, with residuals",
    fn: () => linearRegression(x, y, { weights: w }),
    items: n,
    itemName: "points",
  },
  {
    name: "linearRegression 1e6 points, unweighted, no residual array",
    fn: () => linearRegression(x, y, { residuals: false }),
    items: n,
    itemName: "points",
  },
];

if (import.meta.url === `file://${process.argv[1]}`) {
  await runBenchSuite("numerics: linear regression", cases);
}
