import { linearRegression } from "@lmb/numerics";
import type { ConductivityPoint } from "../network/resistorNetwork.js";

/** Result of {@link conductivityExponent}. */
export interface ConductivityExponent {
  /** t with its standard error and 95 % interval. */
  exponent: { value: number; standardError: number; interval: [number, number] };
  /** log10 σ0 in σ/σ_M = σ0·(p − p_c)^t. */
  logPrefactor: number;
  /** The p range used and the number of points in it. */
  window: { lower: number; upper: number; pointCount: number };
}

/**
 * The conductivity exponent t from a resistor-network curve: a line through log10 σ against
 * log10(p − p_c) for the points above p_c whose σ is at least 100× the insulating ratio (so the
 * non-metal bonds do not carry the current), weighted by 1/SE(log10 σ)² when every point has a
 * standard error, unweighted otherwise. Finite lattices flatten the curve close to p_c (the
 * correlation length exceeds L), so small L bias t low.
 *
 * Source: Stauffer & Aharony (1994) ch. 5; t ≈ 2.0 in 3D (Gingold & Lobb, PRB 42 (1990) 8220),
 * 1.30 in 2D (Grassberger, Physica A 262 (1999) 251).
 *
 * @param points - σ_eff/σ_M against p (from `conductivityCurve`)
 * @param threshold - p_c of the lattice
 * @param ratio - σ_NM/σ_M used for the curve
 * @returns undefined with fewer than 3 usable points
 * @example
 * conductivityExponent(conductivityCurve({ lattice: "sc", size: 16, p: [0.4, 0.5, 0.6, 0.7] }), 0.3116, 1e-6)?.exponent.value; // ≈ 2
 */
export function conductivityExponent(
  points: readonly ConductivityPoint[],
  threshold: number,
  ratio: number,
): ConductivityExponent | undefined {
  const used = points.filter((q) => q.p > threshold && q.conductivity > 100 * ratio);
  if (used.length < 3) return undefined;
  const x = used.map((q) => Math.log10(q.p - threshold));
  const y = used.map((q) => Math.log10(q.conductivity));
  const weighted = used.every((q) => q.standardError > 0);
  const weights = weighted
    ? used.map((q) => (q.conductivity * Math.LN10) ** 2 / q.standardError ** 2)
    : undefined;
  const fit = linearRegression(x, y, weights === undefined ? {} : { weights });
  return {
    exponent: {
      value: fit.slope,
      standardError: fit.slopeStandardError,
      interval: fit.slopeInterval,
    },
    logPrefactor: fit.intercept,
    window: {
      lower: Math.min(...used.map((q) => q.p)),
      upper: Math.max(...used.map((q) => q.p)),
      pointCount: used.length,
    },
  };
}
