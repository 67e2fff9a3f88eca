import { z } from "zod";
import { VegaLiteSpecSchema } from "../plots/vegaLiteSpecSchema.js";
import { QuantitySchema } from "../units/quantitySchema.js";
import { KineticsDataWindowSchema } from "./kineticsDataWindowSchema.js";
import { KineticsEstimateSchema } from "./kineticsEstimateSchema.js";
import { KineticsGoodnessOfFitSchema } from "./kineticsGoodnessOfFitSchema.js";
import { KineticsWarningSchema } from "./kineticsWarningSchema.js";

/**
 * The Arrhenius form fitted: `sigma` σ = σ0·exp(−E_a/RT); `sigmaT` σ·T = A·exp(−E_a/RT)
 * (Nernst–Einstein, common for solid electrolytes); `inverseResistance` 1/R = A·exp(−E_a/RT)
 * (interfacial resistance). The same data give E_a values about R·T̄ apart (theory.md §5.2).
 *
 * @example
 * ArrheniusFormSchema.parse("sigmaT");
 */
export const ArrheniusFormSchema = z.enum(["sigma", "sigmaT", "inverseResistance"]);

/** An Arrhenius form ({@link ArrheniusFormSchema}). */
export type ArrheniusForm = z.infer<typeof ArrheniusFormSchema>;

/**
 * Result of an Arrhenius fit (`lmb kinetics arrhenius`): E_a in kJ mol⁻¹ and eV with standard
 * error and interval, the prefactor, the temperature window, the fit quality and a plot of ln y
 * against 1000/T.
 *
 * @example
 * const { activationEnergy } = ArrheniusFitResultSchema.parse(JSON.parse(stdout)); // kJ mol⁻¹
 */
export const ArrheniusFitResultSchema = z
  .strictObject({
    analysis: z.literal("arrhenius"),
    form: ArrheniusFormSchema,
    relation: z.string(),
    confidenceLevel: z.number().gt(0).lt(1),
    activationEnergy: KineticsEstimateSchema.describe("E_a per mole, kJ mol⁻¹."),
    activationEnergyPerParticle: KineticsEstimateSchema.describe("E_a per particle, eV."),
    prefactor: KineticsEstimateSchema.describe(
      "σ0 (S cm⁻¹), A of σT (S cm⁻¹ K) or A of 1/R (S); interval mapped from ln A.",
    ),
    meanTemperature: QuantitySchema.describe("T̄, the mean of the temperatures fitted."),
    window: KineticsDataWindowSchema,
    goodnessOfFit: KineticsGoodnessOfFitSchema,
    warnings: z.array(KineticsWarningSchema),
    plot: VegaLiteSpecSchema.describe("ln y against 1000/T with the fitted line."),
  })
  .meta({
    title: "ArrheniusFitResult",
    description: "Activation energy and prefactor from an Arrhenius fit.",
  });

/** An Arrhenius fit ({@link ArrheniusFitResultSchema}). */
export type ArrheniusFitResult = z.infer<typeof ArrheniusFitResultSchema>;
