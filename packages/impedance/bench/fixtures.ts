// Spectra for the benchmarks: impedance.py's exampleData.csv (the 57 points with Im Z < 0, as
// impedance.py's ignoreBelowX keeps) and a synthetic 60-point R0-p(R1,CPE1)-p(R2,CPE2)-Wo1 spectrum.

import type { ImpedanceData } from "../src/fit/impedanceData.js";
import { exampleData, logFrequencies, syntheticSpectrum } from "../src/testing/spectra.fixture.js";

export { exampleData };

/** True parameters of the two-arc + Warburg bench spectrum (Ω, Ω⁻¹ sᵅ, s). */
export const TWO_ARC_VALUES = [10, 20, 2e-5, 0.9, 50, 1e-3, 0.85, 30, 5];

/**
 * 60 log-spaced points from 100 kHz to 10 mHz of R0-p(R1,CPE1)-p(R2,CPE2)-Wo1 with TWO_ARC_VALUES
 * plus 0.5 % relative Gaussian noise (seeded); `drift` scales R1 and R2 to make a series.
 */
export function twoArcSpectrum(seed = 42, drift = 1): ImpedanceData {
  const values = [...TWO_ARC_VALUES];
  values[1] = (values[1] as number) * drift;
  values[4] = (values[4] as number) * drift;
  const frequency = logFrequencies(1e5, 1e-2, 59 / 7);
  return syntheticSpectrum("R0-p(R1,CPE1)-p(R2,CPE2)-Wo1", values, frequency, 0.005, seed);
}
