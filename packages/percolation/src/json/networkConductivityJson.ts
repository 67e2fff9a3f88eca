import type { NetworkConductivityResult, PercolationWarning } from "@lmb/schemas";
import { conductivityExponent } from "../analysis/conductivityExponent.js";
import { LATTICES, type LatticeId } from "../lattice/lattices.js";
import type { ConductivityPoint } from "../network/resistorNetwork.js";
import { percolationPlot } from "./percolationPlot.js";

/** How the curve given to {@link networkConductivityJson} was computed. */
export interface NetworkConductivityJsonOptions {
  lattice: LatticeId;
  size: number;
  thickness: number;
  runs: number;
  seed: number;
  /** σ_NM/σ_M. */
  ratio: number;
}

/** Universal conductivity exponents t (shared/research/percolation.md §2.5). */
const EXPECTED_T = {
  2: { value: 1.3, uncertainty: 0.01, source: "Grassberger, Physica A 262 (1999) 251 (t = 1.310)" },
  3: {
    value: 2.0,
    uncertainty: 0.047,
    source: "Gingold & Lobb, Phys. Rev. B 42 (1990) 8220 (2.003 ± 0.047)",
  },
} as const;

/**
 * Turns a resistor-network curve (`conductivityCurve`) into the `NetworkConductivityResult` of
 * `@lmb/schemas`: σ_eff/σ_M against p, the conductivity exponent t fitted above the lattice's
 * site threshold (see `conductivityExponent`) against the universal value, warnings and a plot of
 * log10 σ with the fitted power law.
 *
 * @example
 * const pts = conductivityCurve({ lattice: "sc", size: 12, p: [0.4, 0.5, 0.6, 0.8], runs: 3 });
 * networkConductivityJson(pts, { lattice: "sc", size: 12, thickness: 12, runs: 3, seed: 1, ratio: 1e-6 }).exponent;
 */
export function networkConductivityJson(
  points: readonly ConductivityPoint[],
  options: NetworkConductivityJsonOptions,
): NetworkConductivityResult {
  const lattice = LATTICES[options.lattice];
  const threshold = lattice.siteThreshold.value;
  const fit = conductivityExponent(points, threshold, options.ratio);
  const expected = EXPECTED_T[lattice.dimension];
  const warnings: PercolationWarning[] = [];
  if (fit === undefined) {
    warnings.push({
      code: "W_NO_EXPONENT",
      message: `fewer than 3 fractions above p_c = ${threshold.toFixed(4)} with σ ≫ the ratio: give more --fractions above the threshold`,
    });
  } else if (options.size < 32) {
    warnings.push({
      code: "W_SMALL_LATTICE",
      message: `L = ${options.size}: near p_c the correlation length exceeds the lattice, which flattens the curve and biases t; use L ≥ 32 and fractions 0.05–0.3 above p_c for a value to compare with ${expected.value}`,
    });
  }
  const lines =
    fit === undefined
      ? []
      : Array.from({ length: 60 }, (_, k) => {
          const p = fit.window.lower + ((fit.window.upper - fit.window.lower) * k) / 59;
          return {
            x: p,
            y: fit.logPrefactor + fit.exponent.value * Math.log10(p - threshold),
            series: `σ0·(p − p_c)^t, t = ${fit.exponent.value.toFixed(2)}`,
          };
        });
  return {
    analysis: "network-conductivity",
    lattice: options.lattice,
    dimension: lattice.dimension,
    size: options.size,
    thickness: options.thickness,
    runs: options.runs,
    seed: options.seed,
    ratio: options.ratio,
    threshold,
    points: points.map((q) => ({
      p: q.p,
      conductivity: q.conductivity,
      standardError: q.standardError,
    })),
    ...(fit === undefined
      ? {}
      : {
          exponent: {
            value: fit.exponent.value,
            standardError: fit.exponent.standardError,
            interval: { lower: fit.exponent.interval[0], upper: fit.exponent.interval[1] },
          },
          exponentWindow: fit.window,
        }),
    expectedExponent: {
      value: expected.value,
      uncertainty: expected.uncertainty,
      source: expected.source,
      ...(fit === undefined || !(fit.exponent.standardError > 0)
        ? {}
        : { zScore: (fit.exponent.value - expected.value) / fit.exponent.standardError }),
    },
    warnings,
    plot: percolationPlot({
      title: `Resistor network, ${lattice.title}, L = ${options.size}, σ_NM/σ_M = ${options.ratio}`,
      xTitle: "metal site fraction p",
      yTitle: "log10 σ_eff/σ_M",
      points: points.map((q) => ({ x: q.p, y: Math.log10(q.conductivity), series: "network" })),
      lines,
      rules: [{ x: threshold, series: "p_c (literature)" }],
    }),
  };
}
