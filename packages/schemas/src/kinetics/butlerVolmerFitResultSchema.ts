import { z } from "zod";
import { VegaLiteSpecSchema } from "../plots/vegaLiteSpecSchema.js";
import { QuantitySchema } from "../units/quantitySchema.js";
import { KineticsConvergenceSchema } from "./kineticsConvergenceSchema.js";
import { KineticsDataWindowSchema } from "./kineticsDataWindowSchema.js";
import { KineticsEstimateSchema } from "./kineticsEstimateSchema.js";
import { KineticsGoodnessOfFitSchema } from "./kineticsGoodnessOfFitSchema.js";
import { KineticsWarningSchema, OverpotentialConventionSchema } from "./kineticsWarningSchema.js";

/**
 * Result of a nonlinear Butler–Volmer fit to (current density, overpotential) pairs
 * (`lmb kinetics bv`): j0, α_a, α_c, series area-specific resistance and limiting current
 * density, each with standard error and interval (or marked fixed), in the electrode or
 * symmetric-cell convention, with residuals, convergence and a plot of η against j.
 *
 * @example
 * const result = ButlerVolmerFitResultSchema.parse(JSON.parse(stdout));
 * result.exchangeCurrentDensity.value; // mA cm⁻²
 */
export const ButlerVolmerFitResultSchema = z
  .strictObject({
    analysis: z.literal("butler-volmer-fit"),
    convention: OverpotentialConventionSchema,
    relation: z.string().describe("The model fitted, in words and symbols."),
    temperature: QuantitySchema,
    confidenceLevel: z.number().gt(0).lt(1),
    transferCoefficients: z
      .enum(["fixed", "symmetric", "free"])
      .describe("fixed: α_a, α_c held; symmetric: one α = α_a = α_c fitted; free: both fitted."),
    exchangeCurrentDensity: KineticsEstimateSchema.describe("j0 per interface (mA cm⁻²)."),
    anodicTransferCoefficient: KineticsEstimateSchema.describe("α_a."),
    cathodicTransferCoefficient: KineticsEstimateSchema.describe("α_c."),
    areaSpecificResistance: KineticsEstimateSchema.describe(
      "Series (ohmic) area-specific resistance R_s, Ω cm² (0 when not fitted).",
    ),
    limitingCurrentDensity: KineticsEstimateSchema.optional().describe(
      "Mass-transport limiting current density j_lim, mA cm⁻² (absent when not modelled).",
    ),
    fixedParameters: z
      .array(z.string())
      .describe("Parameters held at their given values (no standard error)."),
    window: KineticsDataWindowSchema,
    goodnessOfFit: KineticsGoodnessOfFitSchema,
    convergence: KineticsConvergenceSchema,
    residuals: z
      .array(z.number())
      .describe("η_measured − η_model at each point, in mV, in input order."),
    warnings: z.array(KineticsWarningSchema),
    plot: VegaLiteSpecSchema.describe("η against j: the data and the fitted model curve."),
  })
  .meta({
    title: "ButlerVolmerFitResult",
    description: "Nonlinear Butler–Volmer fit with uncertainties, residuals and convergence.",
  });

/**
 * A Butler–Volmer fit ({@link ButlerVolmerFitResultSchema}).
 *
 * @example
 * const { exchangeCurrentDensity }: ButlerVolmerFitResult = butlerVolmerFit(pairs, { convention: "cell" });
 */
export type ButlerVolmerFitResult = z.infer<typeof ButlerVolmerFitResultSchema>;
