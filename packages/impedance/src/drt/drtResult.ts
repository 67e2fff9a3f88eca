import type { VegaLiteSpec } from "@lmb/schemas";
import type { ValidationWarning } from "../kk/linKkResult.js";
import type { DrtPeak } from "./drtPeaks.js";

/** Which parts of the spectrum the DRT is fitted to. */
export type DrtDataUsed = "combined" | "imaginary";

/**
 * Result of {@link drt}: γ(τ) on a fine grid, its peaks with their resistances, R∞, L, λ and how
 * it was chosen, and the reconstructed spectrum with residuals. The same shape as
 * `DrtResultSchema` in `@lmb/schemas`.
 */
export interface DrtResult {
  method: "tikhonov-gaussian-rbf-nnls";
  dataUsed: DrtDataUsed;
  weighting: "none" | "modulus";
  inductanceFitted: boolean;
  regularization: {
    /** λ used. */
    lambda: number;
    selection: "gcv" | "mgcv" | "given";
    derivativeOrder: 1 | 2;
    /** The (m)GCV score at the chosen λ (not for a given λ). */
    gcvScore?: number;
    /** [min, max] searched (not for a given λ). */
    searchRange?: [number, number];
    /** tr K(λ): effective number of fitted parameters, ignoring x ≥ 0 (not for a given λ). */
    effectiveParameters?: number;
  };
  basis: {
    type: "gaussian";
    /** ε, per unit ln τ. */
    shapeFactor: number;
    fwhmCoefficient: number;
    /** τ_m, s. */
    tauCentres: number[];
    /** x_m ≥ 0, Ω. */
    weights: number[];
  };
  /** R∞, Ω. */
  seriesResistance: number;
  /** L, H (0 when not fitted). */
  inductance: number;
  /** ∫ γ d ln τ = Σ x_m·√π/ε, Ω. */
  polarizationResistance: number;
  /** Fine τ grid, s (ascending). */
  tau: number[];
  /** γ(τ) on the fine grid, Ω. */
  gamma: number[];
  peaks: DrtPeak[];
  frequency: number[];
  zReal: number[];
  zImag: number[];
  fitReal: number[];
  fitImag: number[];
  residualRealPercent: number[];
  residualImagPercent: number[];
  statistics: {
    pointCount: number;
    /** Σ(ΔZ′² + ΔZ″²), Ω² (unweighted). */
    residualSumOfSquares: number;
    /** √(mean of Δ′² and Δ″²) with Δ in % of |Z|. */
    rmsResidualPercent: number;
    maxAbsResidualPercent: number;
    nnlsIterations: number;
  };
  warnings: ValidationWarning[];
  plots?: { drt: VegaLiteSpec };
}
