// Nonlinear Butler–Volmer fits of 100 (j, η) pairs.
//   node --conditions=@lmb/source --import tsx bench/butlerVolmerFit.bench.ts
import { type BenchCase, runBenchSuite } from "@lmb/bench";
import { createRng } from "@lmb/numerics";
import { butlerVolmerFit } from "../src/butlerVolmer/butlerVolmerFit.js";
import { butlerVolmerOverpotential } from "../src/butlerVolmer/butlerVolmerOverpotential.js";
import { symmetricCellOverpotential } from "../src/butlerVolmer/symmetricCellOverpotential.js";

const n = 100;
const rng = createRng(8);
const currentDensity = Array.from({ length: n }, (_, i) => -100 + (200 * i) / (n - 1));
const electrode = currentDensity.map(
  (j) =>
    butlerVolmerOverpotential(j, {
      exchangeCurrentDensity: 10,
      anodicTransferCoefficient: 0.6,
      cathodicTransferCoefficient: 0.4,
    }) +
    j * 5e-4 +
    5e-4 * rng.normal(),
);
const cell = currentDensity.map(
  (j) =>
    symmetricCellOverpotential(j, { exchangeCurrentDensity: 10, areaSpecificResistance: 5e-4 })
      .cellOverpotential +
    5e-4 * rng.normal(),
);

/** Benchmark cases, exported for bench/index.ts. */
export const cases: BenchCase[] = [
  {
    name: "butlerVolmerFit, 100 points, electrode: j0, α_a, α_c, R_s",
    fn: () =>
      butlerVolmerFit(
        { currentDensity, overpotential: electrode },
        { transferCoefficients: "free", areaSpecificResistance: "fit" },
      ),
    items: n,
    itemName: "points",
  },
  {
    name: "butlerVolmerFit, 100 points, symmetric cell: j0, α, R_s",
    fn: () =>
      butlerVolmerFit(
        { currentDensity, overpotential: cell },
        { convention: "cell", transferCoefficients: "symmetric", areaSpecificResistance: "fit" },
      ),
    items: n,
    itemName: "points",
  },
];

if (import.meta.url === `file://${process.argv[1]}`) {
  await runBenchSuite("kinetics: Butler–Volmer fit", cases);
}
