// Least-squares benchmarks. Run with
//   node --conditions=@lmb/source --import tsx bench/least-squares.bench.ts [--json out.json]
// (a) a 7-parameter complex fit (two ZARC elements + R0) on 60 frequencies, target < 2 ms median;
// (b) all 27 NIST StRD nonlinear problems from both starts, end to end.
import { type BenchCase, runBenchSuite } from "@lmb/bench";
import { fitComplexCurve } from "../src/least-squares/fit-complex-curve.js";
import { fitCurve } from "../src/least-squares/fit-curve.js";
import { nistModels, nistNames } from "../src/least-squares/nist/nist-models.fixture.js";
import { readNistDataset } from "../src/least-squares/nist/parse-nist.fixture.js";
import {
  zarcZarcJacobian,
  zarcZarcModel,
  zarcZarcParameters,
  zarcZarcSpectrum,
} from "../src/least-squares/testing/impedance-model.fixture.js";

const spectrum = zarcZarcSpectrum(60, 0.005, 42);
const impedance = {
  x: spectrum.w,
  yRe: spectrum.re,
  yIm: spectrum.im,
  weighting: "modulus" as const,
  model: zarcZarcModel,
  parameters: zarcZarcParameters,
};

const nist = nistNames.map((name) => {
  const d = readNistDataset(name);
  const m = nistModels[name];
  if (!m) throw new Error(`no model for ${name}`);
  return { d, m, y: m.transformResponse ? d.y.map(m.transformResponse) : d.y };
});

function fitAllNist(): number {
  let converged = 0;
  for (const { d, m, y } of nist) {
    for (const start of [0, 1] as const) {
      const fit = fitCurve(
        {
          x: d.x,
          y,
          model: m.model,
          jacobian: m.jacobian,
          parameters: d.parameterNames.map((name, i) => ({
            name,
            initial: d.starts[start][i] as number,
          })),
        },
        {
          maxIterations: 10_000,
          costTolerance: 1e-15,
          stepTolerance: 1e-15,
          gradientTolerance: 1e-15,
        },
      );
      if (fit.converged) converged++;
    }
  }
  return converged;
}

/** Benchmark cases, exported for a suite runner. */
export const cases: BenchCase[] = [
  {
    name: "complex 7-param ZARC-ZARC fit, 60 points, analytic J",
    fn: () => fitComplexCurve({ ...impedance, jacobian: zarcZarcJacobian }),
    items: 60,
    itemName: "points",
  },
  {
    name: "complex 7-param ZARC-ZARC fit, 60 points, central FD",
    fn: () => fitComplexCurve(impedance),
    items: 60,
    itemName: "points",
  },
  {
    name: "NIST StRD: 27 problems × 2 starts, analytic J",
    fn: fitAllNist,
    items: 54,
    itemName: "fits",
  },
];

if (import.meta.url === `file://${process.argv[1]}`) {
  await runBenchSuite("numerics: least squares", cases, { time: 2000, warmupTime: 500 });
}
