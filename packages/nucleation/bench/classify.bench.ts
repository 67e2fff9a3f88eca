// Classification and Scharifker–Mostany fit of long transients.
//   node --conditions=@lmb/source --import tsx bench/classify.bench.ts
import type { BenchCase } from "@lmb/bench";
import { createRng } from "@lmb/numerics";
import { FARADAY_CONSTANT } from "@lmb/units";
import {
  classifyTransient,
  fitMostanyTransient,
  growthConstant,
  instantaneousCurrentDensity,
  LITHIUM_MOLAR_VOLUME,
  SH_CONSTANTS,
} from "../src/index.js";

const LI_1M = { concentration: 1000, molarVolume: LITHIUM_MOLAR_VOLUME };
const D = 3e-12;
const tm = 2;
const N0 = SH_CONSTANTS.instantaneous.root / (Math.PI * growthConstant(LI_1M) * D * tm);

function transient(n: number): { time: Float64Array; current: Float64Array } {
  const rng = createRng(42);
  const time = new Float64Array(n);
  const current = new Float64Array(n);
  const jm = instantaneousCurrentDensity(tm, D, N0, LI_1M, FARADAY_CONSTANT);
  for (let i = 0; i < n; i++) {
    const t = (10 * tm * (i + 1)) / n;
    time[i] = t;
    current[i] = -(
      instantaneousCurrentDensity(t, D, N0, LI_1M, FARADAY_CONSTANT) +
      jm * Math.exp(-t / 0.04) +
      0.02 * jm * rng.normal()
    );
  }
  return { time, current };
}

const big = transient(1_000_000);
const small = transient(2_000);

/** Benchmark cases, exported for bench/index.ts. */
export const cases: BenchCase[] = [
  {
    name: "classifyTransient, 1e6 points (noise + charging spike)",
    fn: () => classifyTransient(big.time, big.current),
    items: 1_000_000,
    itemName: "points",
  },
  {
    name: "fitMostanyTransient, 2 000 points, 4 starts",
    fn: () => fitMostanyTransient(small.time, small.current, LI_1M),
    items: 2_000,
    itemName: "points",
  },
];
