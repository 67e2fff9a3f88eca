import { z } from "zod";
import { VegaLiteSpecSchema } from "../plots/vegaLiteSpecSchema.js";

const numbers = z.array(z.number());

/**
 * A warning attached to a Kramers–Kronig or DRT result (e.g. `W_MU_NOT_REACHED`,
 * `W_LAMBDA_AT_BOUND`).
 *
 * @example
 * ValidationWarningSchema.parse({ code: "W_MU_NOT_REACHED", message: "μ = 0.91 > c = 0.85 at M = 50" });
 */
export const ValidationWarningSchema = z
  .strictObject({
    code: z.string().min(1).describe('Stable code, e.g. "W_RC_COUNT_CAPPED".'),
    message: z.string().describe("What happened and what to do."),
  })
  .meta({ title: "ValidationWarning" });

/** A warning of a Lin-KK or DRT result ({@link ValidationWarningSchema}). */
export type ValidationWarning = z.infer<typeof ValidationWarningSchema>;

/**
 * Result of the linear Kramers–Kronig test (`linKk` in `@lmb/impedance`, Schönleber et al.,
 * Electrochim. Acta 131 (2014) 20): the KK-compliant circuit R₀ + Σ R_k/(1 + jωτ_k) + jωL
 * [+ 1/(jωC)] fitted with M chosen by μ, residuals per point in % of |Z|, and the verdict.
 *
 * @example
 * const kk = LinKkResultSchema.parse(JSON.parse(stdout));
 * kk.verdict.valid; kk.rcCount; kk.mu;
 */
export const LinKkResultSchema = z
  .strictObject({
    fitType: z
      .enum(["real", "imag", "complex"])
      .describe("Parts fitted: Z′ (then L, C from Z″), Z″ (then R₀), or both."),
    addCapacitance: z.boolean().describe("A series capacitor was included."),
    muCutoff: z
      .number()
      .nullable()
      .describe("The cut-off c of μ, or null when M was fixed by the caller."),
    rcCount: z.int().positive().describe("M, the number of RC elements used."),
    mu: z.number().describe("μ = 1 − Σ|R_k<0|/Σ|R_k≥0| at M (−Number.MAX_VALUE when no R_k ≥ 0)."),
    muCriterionMet: z.boolean().describe("μ ≤ c was reached within the largest M tried."),
    muHistory: numbers.describe("μ for M = 1, 2, … (empty when M was fixed)."),
    seriesResistance: z.number().describe("R₀, Ω."),
    inductance: z.number().describe("Series L, H."),
    capacitance: z.number().optional().describe("Series C, F (with addCapacitance)."),
    timeConstants: numbers.describe("τ_k, s, log-spaced from 1/(2π f_max) to 1/(2π f_min)."),
    resistances: numbers.describe("R_k, Ω (either sign)."),
    frequency: numbers.describe("Frequencies, Hz."),
    zReal: numbers.describe("Measured Re Z, Ω."),
    zImag: numbers.describe("Measured Im Z, Ω (negative when capacitive)."),
    fitReal: numbers.describe("Lin-KK model Re Z, Ω."),
    fitImag: numbers.describe("Lin-KK model Im Z, Ω."),
    residualRealPercent: numbers.describe("Δ′ = 100·(Z′ − Ẑ′)/|Z| per point."),
    residualImagPercent: numbers.describe("Δ″ = 100·(Z″ − Ẑ″)/|Z| per point."),
    statistics: z.strictObject({
      pointCount: z.int().positive(),
      maxAbsResidualRealPercent: z.number().nonnegative(),
      maxAbsResidualImagPercent: z.number().nonnegative(),
      rmsResidualPercent: z.number().nonnegative().describe("√(mean of Δ′² and Δ″²), %."),
      pseudoChiSquare: z
        .number()
        .nonnegative()
        .describe("Σ(Δ′² + Δ″²) with Δ as fractions (Boukamp 1995)."),
    }),
    verdict: z.strictObject({
      valid: z.boolean().describe("Every |Δ′| and |Δ″| ≤ thresholdPercent."),
      thresholdPercent: z.number().positive(),
      maxAbsResidualPercent: z.number().nonnegative(),
      rule: z.string().describe("The rule in words."),
    }),
    warnings: z.array(ValidationWarningSchema),
    plots: z
      .strictObject({ residuals: VegaLiteSpecSchema })
      .optional()
      .describe("Vega-Lite plot of Δ′ and Δ″ against log frequency with the ±threshold band."),
  })
  .meta({
    title: "LinKkResult",
    description: "A linear Kramers–Kronig (Lin-KK) validity test of an impedance spectrum.",
  });

/** A Lin-KK test result ({@link LinKkResultSchema}). */
export type LinKkResult = z.infer<typeof LinKkResultSchema>;
