// Test fixtures (not published): impedance.py's reference spectrum read straight from its CSV, and
// synthetic spectra with seeded noise.
import { readFileSync } from "node:fs";
import { createRng } from "@lmb/numerics";
import { circuitImpedance } from "../circuit/circuitImpedance.js";
import type { ImpedanceData } from "../fit/impedanceData.js";

/**
 * impedance.py's exampleData.csv (f, Z′, Z″ rows; Li-ion cell, Murbach et al. 2018), keeping the
 * 57 points with Im Z < 0 as impedance.py's `ignoreBelowX` does (research/eis.md §2.1).
 */
export function exampleData(): ImpedanceData {
  const url = new URL(
    "../../../../../shared/data/eis/impedance.py/exampleData.csv",
    import.meta.url,
  );
  const rows = readFileSync(url, "utf8")
    .trim()
    .split("\n")
    .map((line) => line.split(",").map(Number))
    .filter((r) => (r[2] as number) < 0);
  return {
    frequency: rows.map((r) => r[0] as number),
    zReal: rows.map((r) => r[1] as number),
    zImag: rows.map((r) => r[2] as number),
  };
}

/** Log-spaced frequencies (Hz) from `high` down to `low`, `perDecade` points per decade. */
export function logFrequencies(high: number, low: number, perDecade: number): Float64Array {
  const decades = Math.log10(high / low);
  const n = Math.round(decades * perDecade) + 1;
  return Float64Array.from({ length: n }, (_, i) => high * 10 ** ((-decades * i) / (n - 1)));
}

/**
 * A synthetic spectrum of `circuit` with parameters `values` plus Gaussian noise of standard
 * deviation `relative`·|Z| on each part (seeded).
 */
export function syntheticSpectrum(
  circuit: string,
  values: readonly number[],
  frequency: Float64Array,
  relative: number,
  seed: number,
): ImpedanceData {
  const { zReal, zImag } = circuitImpedance(circuit, frequency, values);
  const rng = createRng(seed);
  for (let i = 0; i < frequency.length; i++) {
    const m = Math.hypot(zReal[i] as number, zImag[i] as number);
    zReal[i] = (zReal[i] as number) + relative * m * rng.normal();
    zImag[i] = (zImag[i] as number) + relative * m * rng.normal();
  }
  return { frequency, zReal, zImag };
}
