import { LmbError } from "@lmb/errors";
import { binomialAverage } from "../lattice/filmConnectivity.js";
import { createLatticeGrid } from "../lattice/latticeGrid.js";
import type { LatticeId } from "../lattice/lattices.js";
import { fastPermutation } from "../lattice/permutation.js";
import { runSeed } from "../lattice/simulateLattice.js";
import { siteSweep } from "../lattice/siteSweep.js";

/** Result of {@link largestClusterCurve}. */
export interface LargestClusterCurve {
  /** Occupation probabilities. */
  p: number[];
  /** Mean share of all sites in the largest cluster, P_max(p) = ⟨s_max⟩/N, over runs. */
  fraction: number[];
  /** Run-to-run standard error of P_max. */
  standardError: number[];
  runs: number;
}

/**
 * The largest cluster's share of the sites, P_max(p) = ⟨s_max⟩/N — the finite-size order
 * parameter (P∞ above p_c, → 0 below as L grows) — from full Newman–Ziff site sweeps that track
 * the largest cluster after every step (microcanonical), convolved with the binomial
 * distribution of occupied sites for each p (canonical), per run, so the standard error is the
 * run-to-run one. Run r uses the same permutation as run r of `simulateLattice` with the same
 * seed, so the curves belong to the same configurations.
 *
 * Source: Newman & Ziff, Phys. Rev. E 64 (2001) 016706 (§II.C, largest cluster; eq. (2)).
 *
 * @throws LmbError `E_INVALID_ARGUMENT` for fewer than 2 runs or p outside [0, 1]; the grid's
 *   errors for bad sizes.
 * @example
 * largestClusterCurve({ lattice: "sc", size: 16, runs: 10, p: [0.2, 0.3116, 0.4] }).fraction; // rising
 */
export function largestClusterCurve(options: {
  lattice: LatticeId;
  size: number;
  thickness?: number;
  runs: number;
  seed?: number;
  p: readonly number[];
}): LargestClusterCurve {
  const { runs } = options;
  if (!(Number.isInteger(runs) && runs >= 2)) {
    throw new LmbError("E_INVALID_ARGUMENT", `runs must be an integer ≥ 2, got ${runs}`, {
      fix: "give 10 or more runs",
    });
  }
  for (const p of options.p) {
    if (!(p >= 0 && p <= 1)) {
      throw new LmbError("E_INVALID_ARGUMENT", `p = ${p} is outside [0, 1]`, {
        fix: "give occupation probabilities between 0 and 1",
      });
    }
  }
  const grid = createLatticeGrid(options.lattice, options.size, options.thickness ?? options.size);
  const n = grid.sites;
  const order = new Int32Array(n);
  const parent = new Int32Array(n + 2);
  const q = new Float64Array(n + 1);
  const sum = new Float64Array(options.p.length);
  const sumSq = new Float64Array(options.p.length);
  for (let r = 0; r < runs; r++) {
    fastPermutation(n, runSeed(options.seed ?? 1, r), order);
    const largest = siteSweep(grid, order, { largestCluster: true, parent })
      .largestCluster as Int32Array;
    q[0] = 0;
    for (let k = 0; k < n; k++) q[k + 1] = (largest[k] as number) / n;
    options.p.forEach((p, i) => {
      const v = binomialAverage(q, n, p);
      sum[i] = (sum[i] as number) + v;
      sumSq[i] = (sumSq[i] as number) + v * v;
    });
  }
  const fraction: number[] = [];
  const standardError: number[] = [];
  options.p.forEach((_, i) => {
    const mean = (sum[i] as number) / runs;
    fraction.push(mean);
    standardError.push(
      Math.sqrt(Math.max(0, (sumSq[i] as number) / runs - mean * mean) / (runs - 1)),
    );
  });
  return { p: [...options.p], fraction, standardError, runs };
}
