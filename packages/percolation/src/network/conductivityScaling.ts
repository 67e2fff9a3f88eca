import { LmbError } from "@lmb/errors";
import { linearLeastSquares } from "@lmb/numerics";
import { createLatticeGrid } from "../lattice/latticeGrid.js";
import { LATTICES, type LatticeId } from "../lattice/lattices.js";
import { fastPermutation } from "../lattice/permutation.js";
import { runSeed } from "../lattice/simulateLattice.js";
import { networkConductivity } from "./resistorNetwork.js";

/** Options of {@link conductivityScaling}. */
export interface ConductivityScalingOptions {
  lattice: LatticeId;
  /** Film sizes L (cubes or squares), at least 3. */
  sizes: readonly number[];
  /** Random films per size. @default 40 */
  runs?: number;
  /** Metal fraction. @default the lattice's site threshold p_c */
  p?: number;
  /** σ_NM/σ_M. @default 0 (insulating matrix; only the spanning clusters are solved) */
  contrast?: number;
  /** Base seed. @default 1 */
  seed?: number;
}

/** Result of {@link conductivityScaling}. */
export interface ConductivityScaling {
  lattice: LatticeId;
  p: number;
  /** Mean σ_eff/σ_M over the films of each size, with its standard error. */
  points: { size: number; conductivity: number; standardError: number }[];
  /** t/ν: minus the slope of ln⟨σ⟩ against ln L. */
  exponentRatio: { value: number; standardError: number };
  /** t = (t/ν)·ν with the dimension's ν, and its standard error. */
  exponent: { value: number; standardError: number };
}

/**
 * The conductivity exponent by finite-size scaling at the threshold: at p = p_c the mean
 * conductivity of L-sized films falls as ⟨σ(L)⟩ ∝ L^(−t/ν), so a weighted line through ln⟨σ⟩
 * against ln L gives t/ν and, with the known ν (4/3 in 2D, 0.8765 in 3D), t ≈ 1.30 in 2D and
 * ≈ 2.0 in 3D. Unlike a fit of σ ∝ (p − p_c)^t, this needs no window above p_c and no
 * correlation length smaller than the film. Each film has exactly round(p·N) metal sites
 * (films that do not span give σ = 0 and are averaged in, as the scaling law requires).
 *
 * Source: D. Stauffer, A. Aharony, Introduction to Percolation Theory (1994) §5.4;
 * J.-M. Normand, H. J. Herrmann, M. Hajjar, J. Stat. Phys. 52 (1988) 441 (t/ν = 0.9745 in 2D);
 * D. B. Gingold, C. J. Lobb, Phys. Rev. B 42 (1990) 8220 (t = 2.003 ± 0.047 in 3D).
 *
 * @throws LmbError `E_INVALID_ARGUMENT` for fewer than 3 sizes, runs < 2 or p outside [0, 1];
 *   `E_NO_CONDUCTION` when no film of some size conducts.
 * @example
 * conductivityScaling({ lattice: "square", sizes: [16, 32, 64, 128], runs: 40 }).exponent.value; // ≈ 1.3
 */
export function conductivityScaling(options: ConductivityScalingOptions): ConductivityScaling {
  const lattice = LATTICES[options.lattice];
  const runs = options.runs ?? 40;
  const p = options.p ?? lattice?.siteThreshold.value;
  if (options.sizes.length < 3) {
    throw new LmbError(
      "E_INVALID_ARGUMENT",
      `scaling needs at least 3 sizes, got ${options.sizes.length}`,
      {
        fix: "give sizes such as 16, 32, 64, 128",
      },
    );
  }
  if (!(Number.isInteger(runs) && runs >= 2)) {
    throw new LmbError("E_INVALID_ARGUMENT", `runs must be an integer ≥ 2, got ${runs}`, {
      fix: "use 40 or more films per size",
    });
  }
  if (p === undefined || !(p >= 0 && p <= 1)) {
    throw new LmbError("E_INVALID_ARGUMENT", `metal fraction ${p} is outside [0, 1]`, {
      fix: "give p between 0 and 1 (default: the lattice's site threshold)",
    });
  }
  const points = options.sizes.map((size, j) => {
    const grid = createLatticeGrid(options.lattice, size);
    const n = grid.sites;
    const order = new Int32Array(n);
    const mask = new Uint8Array(n);
    const count = Math.round(p * n);
    let sum = 0;
    let sumSq = 0;
    for (let r = 0; r < runs; r++) {
      fastPermutation(n, runSeed((options.seed ?? 1) + 7919 * j, r), order);
      mask.fill(0);
      for (let i = 0; i < count; i++) mask[order[i] as number] = 1;
      const sigma = networkConductivity(grid, mask, options.contrast ?? 0).conductivity;
      sum += sigma;
      sumSq += sigma * sigma;
    }
    const mean = sum / runs;
    const variance = Math.max(0, sumSq / runs - mean * mean) * (runs / (runs - 1));
    if (!(mean > 0)) {
      throw new LmbError("E_NO_CONDUCTION", `no film of size ${size} conducts at p = ${p}`, {
        fix: "use more runs, larger sizes or a larger metal fraction",
      });
    }
    return { size, conductivity: mean, standardError: Math.sqrt(variance / runs) };
  });
  // ln⟨σ⟩ has standard error SE/⟨σ⟩ (delta method); weights are its inverse square.
  const fit = linearLeastSquares(
    [points.map((q) => Math.log(q.size))],
    points.map((q) => Math.log(q.conductivity)),
    {
      weights: points.map((q) => (q.conductivity / Math.max(q.standardError, 1e-300)) ** 2),
      scaleCovariance: false,
    },
  );
  const ratio = -(fit.coefficients[1] as number);
  const ratioSe = fit.standardErrors[1] as number;
  return {
    lattice: options.lattice,
    p,
    points,
    exponentRatio: { value: ratio, standardError: ratioSe },
    exponent: { value: ratio * lattice.nu, standardError: ratioSe * lattice.nu },
  };
}
