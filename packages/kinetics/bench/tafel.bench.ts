// Tafel analysis of a 10 000-point polarization curve (automatic window on both branches).
//   node --conditions=@lmb/source --import tsx bench/tafel.bench.ts
import { type BenchCase, runBenchSuite } from "@lmb/bench";
import { createRng } from "@lmb/numerics";
import { butlerVolmerCurrentDensity } from "../src/butlerVolmer/butlerVolmerCurrentDensity.js";
import { tafelAnalysis } from "../src/tafel/tafelAnalysis.js";

const n = 10_000;
const rng = createRng(7);
const kinetics = {
  exchangeCurrentDensity: 10,
  anodicTransferCoefficient: 0.6,
  cathodicTransferCoefficient: 0.4,
};
const overpotential = new Float64Array(n);
const currentDensity = new Float64Array(n);
for (let i = 0; i < n; i++) {
  overpotential[i] = -0.4 + (0.8 * i) / (n - 1);
  currentDensity[i] =
    butlerVolmerCurrentDensity(overpotential[i] as number, kinetics) *
    Math.exp(0.03 * rng.normal());
}

/** Benchmark cases, exported for bench/index.ts. */
export const cases: BenchCase[] = [
  {
    name: "tafelAnalysis, 10 000 points, automatic window, both branches",
    fn: () => tafelAnalysis({ overpotential, currentDensity }),
    items: n,
    itemName: "points",
  },
];

if (import.meta.url === `file://${process.argv[1]}`) {
  await runBenchSuite("kinetics: Tafel", cases);
}
