import type { VegaLiteSpec } from "@lmb/schemas";
import type { LinKkFitType } from "./linKkFit.js";

/** A warning attached to a Lin-KK or DRT result. */
export interface ValidationWarning {
  code: string;
  message: string;
}

/**
 * Result of {@link linKk}: the fitted Lin-KK circuit, μ, residuals per point in % of |Z| and the
 * verdict. The same shape as `LinKkResultSchema` in `@lmb/schemas`.
 */
export interface LinKkResult {
  fitType: LinKkFitType;
  addCapacitance: boolean;
  /** The μ cut-off c, or null when M was fixed with `rcCount`. */
  muCutoff: number | null;
  /** M, the number of RC elements used. */
  rcCount: number;
  /** μ = 1 − Σ|R_k<0|/Σ|R_k≥0| at M. */
  mu: number;
  /** μ ≤ c was reached (always true when M was fixed). */
  muCriterionMet: boolean;
  /** μ for M = 1, 2, … up to the M used (empty when M was fixed). */
  muHistory: number[];
  /** R₀, Ω. */
  seriesResistance: number;
  /** L, H. */
  inductance: number;
  /** C, F (only with `addCapacitance`; absent when 1/C fitted to exactly 0). */
  capacitance?: number;
  /** τ_k, s. */
  timeConstants: number[];
  /** R_k, Ω. */
  resistances: number[];
  frequency: number[];
  zReal: number[];
  zImag: number[];
  fitReal: number[];
  fitImag: number[];
  /** 100·(Z′ − Ẑ′)/|Z|. */
  residualRealPercent: number[];
  /** 100·(Z″ − Ẑ″)/|Z|. */
  residualImagPercent: number[];
  statistics: {
    pointCount: number;
    maxAbsResidualRealPercent: number;
    maxAbsResidualImagPercent: number;
    /** √(mean of Δ′² + Δ″² over 2N values), %. */
    rmsResidualPercent: number;
    /** Σ(Δ′² + Δ″²) with Δ as fractions (Boukamp's pseudo-χ²). */
    pseudoChiSquare: number;
  };
  verdict: {
    valid: boolean;
    thresholdPercent: number;
    maxAbsResidualPercent: number;
    rule: string;
  };
  warnings: ValidationWarning[];
  plots?: { residuals: VegaLiteSpec };
}
