import { z } from "zod";
import { KineticsEstimateSchema } from "./kineticsEstimateSchema.js";
import { KineticsWarningSchema } from "./kineticsWarningSchema.js";

/**
 * Ionic conductivity of an electrolyte layer from the bulk resistance of a blocking cell,
 * σ = L/(R_b·A) (SCIENCE.md §2), with standard errors propagated from those of the inputs
 * (relative errors added in quadrature) when given. No plot: a single value.
 *
 * @example
 * const { conductivity } = IonicConductivityResultSchema.parse(JSON.parse(stdout)); // mS cm⁻¹
 */
export const IonicConductivityResultSchema = z
  .strictObject({
    analysis: z.literal("ionic-conductivity"),
    relation: z.string(),
    confidenceLevel: z.number().gt(0).lt(1),
    resistance: KineticsEstimateSchema.describe("Bulk resistance R_b, Ω."),
    thickness: KineticsEstimateSchema.describe("Electrolyte thickness L, µm."),
    area: KineticsEstimateSchema.describe("Electrode area A, cm²."),
    conductivity: KineticsEstimateSchema.describe("σ = L/(R_b·A), mS cm⁻¹."),
    areaSpecificResistance: KineticsEstimateSchema.describe("R_b·A, Ω cm²."),
    warnings: z.array(KineticsWarningSchema),
  })
  .meta({
    title: "IonicConductivityResult",
    description: "Ionic conductivity from a blocking-cell bulk resistance.",
  });

/** An ionic conductivity ({@link IonicConductivityResultSchema}). */
export type IonicConductivityResult = z.infer<typeof IonicConductivityResultSchema>;
