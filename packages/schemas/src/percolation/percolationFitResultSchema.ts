import { z } from "zod";
import { KineticsConvergenceSchema } from "../kinetics/kineticsConvergenceSchema.js";
import { KineticsDataWindowSchema } from "../kinetics/kineticsDataWindowSchema.js";
import { KineticsEstimateSchema } from "../kinetics/kineticsEstimateSchema.js";
import { KineticsGoodnessOfFitSchema } from "../kinetics/kineticsGoodnessOfFitSchema.js";
import { VegaLiteSpecSchema } from "../plots/vegaLiteSpecSchema.js";
import { PercolationValueSchema, PercolationWarningSchema } from "./percolationCommonSchemas.js";

/**
 * Result of fitting percolation to measured (V_f, σ) data on a log-σ scale (`lmb percolation
 * fit`): the power law σ = σ_NM + σ0·(V_f − V_p)^n, McLachlan's GEM equation (φ_c, t, σ_M, σ_NM)
 * or Bruggeman's symmetric medium (threshold 1/d and exponent 1 fixed; σ_M, σ_NM fitted) — with
 * standard errors and intervals (σ fitted as log10 and mapped back, so intervals are asymmetric),
 * χ² in decades², the data window, convergence, residuals and a plot with the mixing rule for
 * comparison.
 *
 * @example
 * const { threshold, exponent } = PercolationFitResultSchema.parse(JSON.parse(stdout));
 * threshold.value; // V_p
 */
export const PercolationFitResultSchema = z
  .strictObject({
    analysis: z.literal("percolation-fit"),
    model: z.enum(["power-law", "gem", "bruggeman"]),
    relation: z.string().describe("The model fitted, in symbols."),
    confidenceLevel: z.number().gt(0).lt(1),
    threshold: PercolationValueSchema.describe("V_p (φ_c): the critical metal volume fraction."),
    exponent: PercolationValueSchema.describe("n (t): the conductivity exponent (≈ 2 in 3D)."),
    prefactor: KineticsEstimateSchema.describe("σ0 (power law) or σ_M (GEM, Bruggeman), S cm⁻¹."),
    insulator: KineticsEstimateSchema.describe("σ_NM, S cm⁻¹ (fitted or as given)."),
    fixed: z
      .array(z.enum(["threshold", "exponent", "prefactor", "insulator"]))
      .describe("Parameters held fixed (given, or fixed by the model)."),
    rmsDecades: z.number().nonnegative().describe("Root-mean-square residual in decades of σ."),
    goodnessOfFit: KineticsGoodnessOfFitSchema,
    convergence: KineticsConvergenceSchema,
    window: KineticsDataWindowSchema.describe("The V_f range fitted."),
    residuals: z
      .array(z.number())
      .describe("log10 σ_measured − log10 σ_model per fitted point, in V_f order."),
    warnings: z.array(PercolationWarningSchema),
    plot: VegaLiteSpecSchema.describe("log10 σ against V_f: data, fit and mixing rule."),
  })
  .meta({
    title: "PercolationFitResult",
    description: "V_p, n and σ0 (or GEM/Bruggeman parameters) fitted to (V_f, σ) data.",
  });

/** A percolation fit ({@link PercolationFitResultSchema}). */
export type PercolationFitResult = z.infer<typeof PercolationFitResultSchema>;
