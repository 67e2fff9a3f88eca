import { LmbError } from "@lmb/errors";
import { linearRegression } from "@lmb/numerics";
import { LATTICES } from "../lattice/lattices.js";
import type { LatticeSimulation } from "../lattice/simulateLattice.js";
import type { ThresholdEstimate } from "../lattice/thresholdScaling.js";

/** {@link ThresholdEstimate} with the fit's weighted χ² and degrees of freedom. */
export interface ScalingFit extends ThresholdEstimate {
  /** Standard error of the amplitude a. */
  amplitudeStandardError: number;
  /** Weighted χ² = Σ ((p̄(L) − p_c − a·L^(−1/ν))/SE_L)², ≈ dof when the form fits. */
  chiSquare: number;
  degreesOfFreedom: number;
}

/**
 * The finite-size-scaling step of `estimateThreshold` on simulations already run (for example
 * by `simulateLatticeParallel` on all cores): fits p̄(L) = p_c + a·L^(−1/ν) by weighted least
 * squares in x = L^(−1/ν) with the dimension's known ν and weights 1/SE², without rescaling the
 * covariance (the SEs are the exact run-to-run errors of each mean). Run the sizes with seeds
 * seed + 7919·i to reproduce `estimateThreshold` exactly.
 *
 * Source: D. Stauffer, A. Aharony, Introduction to Percolation Theory (1994) §4.1; Newman & Ziff,
 * Phys. Rev. E 64 (2001) 016706.
 *
 * @param sizes - one simulation per lattice size, all of the same lattice and mode
 * @throws LmbError `E_INVALID_ARGUMENT` for fewer than 3 sizes, mixed lattices or modes, or a
 *   repeated size.
 * @example
 * const sims = [16, 32, 64].map((size, i) => simulateLattice({ lattice: "square", size, runs: 200, seed: 1 + 7919 * i }));
 * fitThresholdScaling(sims).threshold.value; // ≈ 0.5927 ± 0.003
 */
export function fitThresholdScaling(sizes: readonly LatticeSimulation[]): ScalingFit {
  if (sizes.length < 3) {
    throw new LmbError(
      "E_INVALID_ARGUMENT",
      `finite-size scaling needs at least 3 sizes, got ${sizes.length}`,
      { fix: "give three or more sizes, e.g. --sizes 16,32,64" },
    );
  }
  const first = sizes[0] as LatticeSimulation;
  const seen = new Set<number>();
  for (const s of sizes) {
    if (s.lattice !== first.lattice || s.mode !== first.mode) {
      throw new LmbError("E_INVALID_ARGUMENT", "the simulations mix lattices or modes", {
        fix: "fit sizes of one lattice and one mode together",
      });
    }
    if (seen.has(s.size)) {
      throw new LmbError("E_INVALID_ARGUMENT", `size ${s.size} is given twice`, {
        fix: "give each size once",
      });
    }
    seen.add(s.size);
  }
  const lattice = LATTICES[first.lattice];
  const x = sizes.map((s) => s.size ** (-1 / lattice.nu));
  const y = sizes.map((s) => s.threshold.value);
  const se = sizes.map((s) => Math.max(s.threshold.standardError, 1e-9));
  const weights = se.map((e) => 1 / e ** 2);
  const fit = linearRegression(x, y, { weights, scaleCovariance: false });
  const literature = first.mode === "site" ? lattice.siteThreshold : lattice.bondThreshold;
  return {
    lattice: first.lattice,
    mode: first.mode,
    threshold: {
      value: fit.intercept,
      standardError: fit.interceptStandardError,
      interval: fit.interceptInterval,
    },
    amplitude: fit.slope,
    amplitudeStandardError: fit.slopeStandardError,
    nu: lattice.nu,
    literature: {
      value: literature.value,
      source: literature.source,
      zScore: (fit.intercept - literature.value) / fit.interceptStandardError,
    },
    sizes: [...sizes],
    chiSquare: fit.chiSquared,
    degreesOfFreedom: fit.dof,
  };
}
