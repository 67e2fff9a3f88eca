import { z } from "zod";
import { VegaLiteSpecSchema } from "../plots/vegaLiteSpecSchema.js";
import { ValidationWarningSchema } from "./linKkResultSchema.js";

const numbers = z.array(z.number());

/**
 * One peak of a distribution of relaxation times: a relaxation process with its time constant,
 * characteristic frequency and resistance (area under the peak).
 *
 * @example
 * DrtPeakSchema.parse({ tau: 1e-3, frequency: 159.15, gamma: 40.9, resistance: 20.0, tauLower: 1e-4, tauUpper: 1e-2 });
 */
export const DrtPeakSchema = z
  .strictObject({
    tau: z.number().positive().describe("τ at the maximum of γ, s."),
    frequency: z.number().positive().describe("f = 1/(2πτ), Hz."),
    gamma: z.number().nonnegative().describe("γ at the maximum, Ω."),
    resistance: z
      .number()
      .nonnegative()
      .describe("∫γ d ln τ between the neighbouring minima of γ, Ω."),
    tauLower: z.number().positive().describe("Left end of the integration interval, s."),
    tauUpper: z.number().positive().describe("Right end of the integration interval, s."),
  })
  .meta({ title: "DrtPeak" });

/** A DRT peak ({@link DrtPeakSchema}). */
export type DrtPeak = z.infer<typeof DrtPeakSchema>;

/**
 * Result of a distribution-of-relaxation-times analysis (`drt` in `@lmb/impedance`): Tikhonov-
 * regularised non-negative least squares on a Gaussian radial-basis expansion (Wan, Saccoccio,
 * Chen, Ciucci, Electrochim. Acta 184 (2015) 483; pyDRTtools), with λ by generalised
 * cross-validation or given; γ(τ) on a fine grid, peaks with resistances, R∞, L, and the
 * reconstructed spectrum with residuals in % of |Z|.
 *
 * @example
 * const result = DrtResultSchema.parse(JSON.parse(stdout));
 * result.peaks.map((p) => p.resistance);
 */
export const DrtResultSchema = z
  .strictObject({
    method: z.literal("tikhonov-gaussian-rbf-nnls"),
    dataUsed: z.enum(["combined", "imaginary"]).describe("Z′ and Z″ stacked, or Z″ only."),
    weighting: z.enum(["none", "modulus"]).describe("Residual weights: 1, or 1/|Z|."),
    inductanceFitted: z.boolean(),
    regularization: z.strictObject({
      lambda: z.number().positive().describe("λ of the penalty λ∫(d^kγ/d ln τ^k)² d ln τ."),
      selection: z.enum(["gcv", "mgcv", "given"]),
      derivativeOrder: z.union([z.literal(1), z.literal(2)]).describe("k."),
      gcvScore: z.number().nonnegative().optional(),
      searchRange: z.tuple([z.number().positive(), z.number().positive()]).optional(),
      effectiveParameters: z
        .number()
        .nonnegative()
        .optional()
        .describe("tr K(λ) of the unconstrained problem (not for a given λ)."),
    }),
    basis: z.strictObject({
      type: z.literal("gaussian"),
      shapeFactor: z.number().positive().describe("ε of exp(−(ε ln(τ/τ_m))²)."),
      fwhmCoefficient: z.number().positive(),
      tauCentres: numbers.describe("τ_m, s."),
      weights: numbers.describe("x_m ≥ 0, Ω."),
    }),
    seriesResistance: z.number().describe("R∞, Ω."),
    inductance: z.number().nonnegative().describe("L, H."),
    polarizationResistance: z.number().nonnegative().describe("∫γ d ln τ, Ω."),
    tau: numbers.describe("Fine τ grid, s."),
    gamma: numbers.describe("γ(τ) on the fine grid, Ω."),
    peaks: z.array(DrtPeakSchema),
    frequency: numbers.describe("Frequencies, Hz."),
    zReal: numbers.describe("Measured Re Z, Ω."),
    zImag: numbers.describe("Measured Im Z, Ω (negative when capacitive)."),
    fitReal: numbers.describe("Re Z of R∞ + jωL + ∫γ/(1 + jωτ) d ln τ, Ω."),
    fitImag: numbers.describe("Im Z of the same, Ω."),
    residualRealPercent: numbers.describe("100·(Z′ − Ẑ′)/|Z|."),
    residualImagPercent: numbers.describe("100·(Z″ − Ẑ″)/|Z|."),
    statistics: z.strictObject({
      pointCount: z.int().positive(),
      residualSumOfSquares: z.number().nonnegative().describe("Σ(ΔZ′² + ΔZ″²), Ω²."),
      rmsResidualPercent: z.number().nonnegative(),
      maxAbsResidualPercent: z.number().nonnegative(),
      nnlsIterations: z.int().nonnegative(),
    }),
    warnings: z.array(ValidationWarningSchema),
    plots: z
      .strictObject({ drt: VegaLiteSpecSchema })
      .optional()
      .describe("Vega-Lite plot of γ against log τ with the peaks marked."),
  })
  .meta({
    title: "DrtResult",
    description: "A distribution of relaxation times (DRT) of an impedance spectrum.",
  });

/** A DRT result ({@link DrtResultSchema}). */
export type DrtResult = z.infer<typeof DrtResultSchema>;
