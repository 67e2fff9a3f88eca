import { z } from "zod";
import { KineticsConvergenceSchema } from "../kinetics/kineticsConvergenceSchema.js";
import { KineticsDataWindowSchema } from "../kinetics/kineticsDataWindowSchema.js";
import { KineticsEstimateSchema } from "../kinetics/kineticsEstimateSchema.js";
import { KineticsGoodnessOfFitSchema } from "../kinetics/kineticsGoodnessOfFitSchema.js";
import { KineticsWarningSchema } from "../kinetics/kineticsWarningSchema.js";
import { VegaLiteSpecSchema } from "../plots/vegaLiteSpecSchema.js";
import { QuantitySchema } from "../units/quantitySchema.js";
import { DepositionConditionsSchema, TransientBaselineSchema } from "./nucleationCommonSchemas.js";

/**
 * Result of a Scharifker–Mostany fit of a deposition transient (`lmb nucleation fit --model
 * mostany`): D, the active-site density N0 and the nucleation rate per site A with standard errors
 * and intervals (fitted in ln space, so intervals are asymmetric), A·N0, the regime index A·t_m,
 * goodness of fit, convergence, residuals and a plot of the data and the fitted curve.
 *
 * @example
 * const { diffusivity, regime } = MostanyFitResultSchema.parse(JSON.parse(stdout));
 * diffusivity.value; // cm² s⁻¹
 */
export const MostanyFitResultSchema = z
  .strictObject({
    analysis: z.literal("scharifker-mostany-fit"),
    relation: z.string().describe("The model fitted, in symbols."),
    confidenceLevel: z.number().gt(0).lt(1),
    conditions: DepositionConditionsSchema,
    diffusivity: KineticsEstimateSchema.describe("D, cm² s⁻¹."),
    siteDensity: KineticsEstimateSchema.describe("Active-site density N0, cm⁻²."),
    nucleationRate: KineticsEstimateSchema.describe("Nucleation rate per site A, s⁻¹."),
    rateDensity: KineticsEstimateSchema.describe(
      "A·N0, cm⁻² s⁻¹: the only nucleation quantity determined in the progressive limit.",
    ),
    regimeIndex: z
      .number()
      .nonnegative()
      .describe("A·t_m: ≫ 1 instantaneous (A poorly determined), ≪ 1 progressive."),
    regime: z
      .enum(["instantaneous", "progressive", "intermediate"])
      .describe("instantaneous above A·t_m = 10, progressive below 0.1."),
    peakTime: QuantitySchema.describe("t_m of the data (s)."),
    peakCurrentDensity: QuantitySchema.describe("j_m of the data after the baseline (mA cm⁻²)."),
    baseline: TransientBaselineSchema,
    window: KineticsDataWindowSchema.describe("Time window fitted (s)."),
    goodnessOfFit: KineticsGoodnessOfFitSchema,
    convergence: KineticsConvergenceSchema,
    residuals: z
      .array(z.number())
      .describe("j_measured − j_model at each fitted point, mA cm⁻², in time order."),
    warnings: z.array(KineticsWarningSchema),
    plot: VegaLiteSpecSchema.describe(
      "j against t: the data and the fitted Scharifker–Mostany curve.",
    ),
  })
  .meta({
    title: "MostanyFitResult",
    description:
      "Scharifker–Mostany fit of a nucleation transient: D, N0 and A with uncertainties.",
  });

/** A Scharifker–Mostany fit ({@link MostanyFitResultSchema}). */
export type MostanyFitResult = z.infer<typeof MostanyFitResultSchema>;
