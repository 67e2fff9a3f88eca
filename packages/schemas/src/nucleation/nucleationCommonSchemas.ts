import { z } from "zod";
import { QuantitySchema } from "../units/quantitySchema.js";

/**
 * What the dimensional Scharifker–Hills and Scharifker–Mostany quantities were computed with: the
 * bulk concentration of the depositing ion c, the molar volume of the deposit V_m = M/ρ and the
 * charge number z (1 for Li⁺).
 *
 * @example
 * DepositionConditionsSchema.parse({
 *   concentration: { value: 1, unit: "M", si: 1000, siUnit: "mol m⁻³", dimension: "concentration" },
 *   molarVolume: { value: 12.996, unit: "cm³ mol⁻¹", si: 1.2996e-5, siUnit: "m³ mol⁻¹", dimension: "molar volume" },
 *   chargeNumber: 1,
 * });
 */
export const DepositionConditionsSchema = z
  .strictObject({
    concentration: QuantitySchema.describe("Bulk concentration of the depositing ion c."),
    molarVolume: QuantitySchema.describe(
      "Molar volume of the deposit V_m = M/ρ (Li: 13.0 cm³ mol⁻¹).",
    ),
    chargeNumber: z.number().positive().describe("Charge number z of the depositing ion."),
  })
  .meta({ title: "DepositionConditions" });

/**
 * Deposition conditions ({@link DepositionConditionsSchema}). Named `…Json` so it does not clash
 * with `DepositionConditions` of `@lmb/nucleation` (SI numbers).
 *
 * @example
 * const c: DepositionConditionsJson = result.conditions;
 */
export type DepositionConditionsJson = z.infer<typeof DepositionConditionsSchema>;

/**
 * The background current removed from a deposition transient before the analysis: the rule
 * (`none`; `value`, given by the user; `cottrell-tail`, the constant b of j = a·t^−½ + b fitted
 * after 4·t_m) and the current density subtracted (a magnitude, in the deposition direction).
 *
 * @example
 * TransientBaselineSchema.parse({ rule: "none", currentDensity: { value: 0, unit: "mA cm⁻²", si: 0, siUnit: "A m⁻²", dimension: "current density" } });
 */
export const TransientBaselineSchema = z
  .strictObject({
    rule: z.enum(["none", "value", "cottrell-tail"]).describe("How the background was obtained."),
    currentDensity: QuantitySchema.describe(
      "Background current density subtracted (magnitude, deposition direction).",
    ),
  })
  .meta({ title: "TransientBaseline" });

/** A transient baseline ({@link TransientBaselineSchema}). */
export type TransientBaselineJson = z.infer<typeof TransientBaselineSchema>;

/**
 * A time window of a galvanostatic record (the stretch searched for the voltage tip, or the
 * plateau window), in `unit`, with the rule that placed it.
 *
 * @example
 * NucleationTimeWindowSchema.parse({ lower: 60, upper: 1045, unit: "s", rule: "first 25 % of the step" });
 */
export const NucleationTimeWindowSchema = z
  .strictObject({
    lower: z.number().describe("Start of the window, in `unit`."),
    upper: z.number().describe("End of the window, in `unit`."),
    unit: z.string().describe('Unit of `lower` and `upper`, e.g. "s".'),
    rule: z.string().describe("How the window was placed, in words."),
  })
  .meta({ title: "NucleationTimeWindow" });

/** A time window ({@link NucleationTimeWindowSchema}). */
export type NucleationTimeWindow = z.infer<typeof NucleationTimeWindowSchema>;
