// Circuit-fitting benchmarks. Run with `pnpm bench` (all files) or
//   node --conditions=@lmb/source --import tsx bench/fit-circuit.bench.ts [--json out.json]
// (a) impedance.py's reference fit, R0-p(R1,C1)-p(R2-Wo1,C2) on exampleData.csv from the docs'
//     guess: target < 4 ms median (impedance.py: 85.5 ms, research/eis.md §2.3);
// (b) R0-p(R1,CPE1)-p(R2,CPE2)-Wo1 on a 60-point spectrum: target < 5 ms;
// (c) 1000 spectra in series, each fit starting from the previous one: target < 5 s.
import { type BenchCase, runBenchSuite } from "@lmb/bench";
import type { CircuitFitResult } from "@lmb/schemas";
import { compileCircuit } from "../src/circuit/compileCircuit.js";
import { fitCircuit } from "../src/fit/fitCircuit.js";
import { exampleData, TWO_ARC_VALUES, twoArcSpectrum } from "./fixtures.js";

const reference = exampleData();
const referenceCircuit = compileCircuit("R0-p(R1,C1)-p(R2-Wo1,C2)");
const referenceGuess = [0.01, 0.01, 100, 0.01, 0.05, 100, 1];

const twoArc = compileCircuit("R0-p(R1,CPE1)-p(R2,CPE2)-Wo1");
const twoArcData = twoArcSpectrum();
const twoArcGuess = TWO_ARC_VALUES.map((v, k) => (k === 3 || k === 6 ? v : v * 1.5));

// A slowly drifting series: R1 and R2 grow by 50 % over 1000 spectra (an ageing cell).
const series = Array.from({ length: 1000 }, (_, i) =>
  twoArcSpectrum(1000 + i, 1 + (0.5 * i) / 999),
);

function fitSeries(): number {
  let previous: CircuitFitResult | undefined;
  let converged = 0;
  for (const spectrum of series) {
    const fit: CircuitFitResult = fitCircuit(twoArc, spectrum, {
      initialGuess: previous ?? twoArcGuess,
      plots: false,
    });
    if (fit.convergence.converged) converged++;
    previous = fit;
  }
  return converged;
}

/** Benchmark cases, exported for the suite runner. */
export const cases: BenchCase[] = [
  {
    name: "reference fit R0-p(R1,C1)-p(R2-Wo1,C2), 57 points (impedance.py 85.5 ms)",
    fn: () =>
      fitCircuit(referenceCircuit, reference, { initialGuess: referenceGuess, plots: false }),
    items: 57,
    itemName: "points",
  },
  {
    name: "reference fit with plots (Vega-Lite Nyquist + Bode)",
    fn: () => fitCircuit(referenceCircuit, reference, { initialGuess: referenceGuess }),
  },
  {
    name: "R0-p(R1,CPE1)-p(R2,CPE2)-Wo1, 60 points, 9 parameters",
    fn: () => fitCircuit(twoArc, twoArcData, { initialGuess: twoArcGuess, plots: false }),
    items: 60,
    itemName: "points",
  },
  {
    name: "1000 spectra in series, each from the previous fit",
    fn: fitSeries,
    items: 1000,
    itemName: "fits",
  },
];

if (import.meta.url === `file://${process.argv[1]}`) {
  await runBenchSuite("impedance: circuit fitting", cases, { time: 2000, warmupTime: 500 });
}
