import { z } from "zod";
import { KineticsDataWindowSchema } from "../kinetics/kineticsDataWindowSchema.js";
import { KineticsEstimateSchema } from "../kinetics/kineticsEstimateSchema.js";
import { KineticsWarningSchema } from "../kinetics/kineticsWarningSchema.js";
import { VegaLiteSpecSchema } from "../plots/vegaLiteSpecSchema.js";
import { QuantitySchema } from "../units/quantitySchema.js";
import { DepositionConditionsSchema, TransientBaselineSchema } from "./nucleationCommonSchemas.js";

/**
 * The verdict of a Scharifker–Hills classification: one of the two limiting 3D models, `mixed`
 * (the data lie between the curves: nucleation rate comparable to 1/t_m, fit Scharifker–Mostany)
 * or `neither` (no curve fits: not diffusion-controlled 3D nucleation, or a bad baseline).
 *
 * @example
 * NucleationVerdictSchema.parse("instantaneous");
 */
export const NucleationVerdictSchema = z.enum(["instantaneous", "progressive", "mixed", "neither"]);

/** A classification verdict ({@link NucleationVerdictSchema}). */
export type NucleationVerdictJson = z.infer<typeof NucleationVerdictSchema>;

/**
 * D and the nucleus densities Scharifker–Hills theory assigns to the maximum (t_m, j_m) under
 * each limiting model (derived values: no standard error).
 *
 * @example
 * const { instantaneous } = ShQuantitiesSchema.parse(result.quantities);
 */
export const ShQuantitiesSchema = z
  .strictObject({
    instantaneous: z
      .strictObject({
        diffusivity: KineticsEstimateSchema.describe("D = j_m²·t_m/(0.16288·(zFc)²), cm² s⁻¹."),
        siteDensity: KineticsEstimateSchema.describe("N0 = 1.2564/(π·k·D·t_m), cm⁻²."),
      })
      .describe("Instantaneous nucleation (all N0 sites active at once)."),
    progressive: z
      .strictObject({
        diffusivity: KineticsEstimateSchema.describe("D = j_m²·t_m/(0.25975·(zFc)²), cm² s⁻¹."),
        rateDensity: KineticsEstimateSchema.describe(
          "A·N∞ = 4.6733/(π·k′·D·t_m²), k′ = (4/3)(8πcV_m)^½, cm⁻² s⁻¹.",
        ),
        saturationDensity: KineticsEstimateSchema.describe(
          "Saturation nucleus density N_s = (A·N∞/(2k′D))^½, cm⁻².",
        ),
      })
      .describe("Progressive nucleation (sites activated at a constant rate)."),
  })
  .meta({ title: "ShQuantities" });

/** SH quantities from the maximum ({@link ShQuantitiesSchema}). */
export type ShQuantitiesJson = z.infer<typeof ShQuantitiesSchema>;

/**
 * Result of a Scharifker–Hills classification of a chronoamperometric deposition transient
 * (`lmb nucleation classify`): the verdict and why, the maximum (t_m, j_m), the baseline removed,
 * the reduced-time window compared, the RMS distances of j/j_m to both reduced curves and — when
 * the concentration and molar volume are known — D and the nucleus densities under both models,
 * with a plot of (j/j_m)² against t/t_m over both curves.
 *
 * @example
 * const { verdict, quantities } = TransientClassificationResultSchema.parse(JSON.parse(stdout));
 * quantities?.instantaneous.diffusivity.value; // cm² s⁻¹
 */
export const TransientClassificationResultSchema = z
  .strictObject({
    analysis: z.literal("scharifker-hills"),
    verdict: NucleationVerdictSchema,
    reason: z.string().describe("Why the verdict was reached, in words."),
    criteria: z
      .strictObject({
        tolerance: z
          .number()
          .positive()
          .describe("RMS distance in j/j_m below which a model can be accepted."),
        margin: z.number().positive().describe("How many times farther the other model must be."),
        mixedShare: z
          .number()
          .gt(0)
          .lt(1)
          .describe("Share of the window between the curves above which the verdict is mixed."),
      })
      .describe("The decision rule's thresholds."),
    peakTime: QuantitySchema.describe("t_m, time of the current maximum after the step (s)."),
    peakCurrentDensity: QuantitySchema.describe(
      "j_m, peak deposition current density after the baseline (magnitude, mA cm⁻²).",
    ),
    currentSign: z
      .enum(["negative", "positive"])
      .describe(
        "Sign of the deposition current in the file (negative = reduction in lmb's convention).",
      ),
    baseline: TransientBaselineSchema,
    window: KineticsDataWindowSchema.describe(
      "Reduced-time window t/t_m compared with the curves.",
    ),
    distances: z
      .strictObject({
        instantaneous: z.number().nonnegative(),
        progressive: z.number().nonnegative(),
      })
      .describe("RMS of (j/j_m)_data − (j/j_m)_model over the window, per model."),
    betweenShare: z
      .number()
      .min(0)
      .max(1)
      .describe("Share of the window's points lying between the two curves."),
    conditions: DepositionConditionsSchema.optional().describe(
      "Concentration, molar volume and z used for the quantities (absent without a concentration).",
    ),
    quantities: ShQuantitiesSchema.optional().describe(
      "D and nucleus densities under both models (absent without a concentration).",
    ),
    warnings: z.array(KineticsWarningSchema),
    plot: VegaLiteSpecSchema.describe("(j/j_m)² against t/t_m: data over both reduced curves."),
  })
  .meta({
    title: "TransientClassificationResult",
    description: "Scharifker–Hills classification of a nucleation transient, with D and N0.",
  });

/** A transient classification ({@link TransientClassificationResultSchema}). */
export type TransientClassificationResult = z.infer<typeof TransientClassificationResultSchema>;
