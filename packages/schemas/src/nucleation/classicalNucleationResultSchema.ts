import { z } from "zod";
import { KineticsEstimateSchema } from "../kinetics/kineticsEstimateSchema.js";
import { KineticsWarningSchema } from "../kinetics/kineticsWarningSchema.js";
import { QuantitySchema } from "../units/quantitySchema.js";

/**
 * Result of classical nucleation theory for a spherical metal nucleus at an overpotential
 * (`lmb nucleation cnt`): the critical radius r* = 2γV_m/(zF|η|) in nm, the barrier
 * ΔG* = 16πγ³V_m²/(3(zF)²η²) in eV and in units of k_B·T, and the atoms in the critical nucleus,
 * with the inputs used.
 *
 * @example
 * const { criticalRadius } = ClassicalNucleationResultSchema.parse(JSON.parse(stdout));
 * criticalRadius.value; // 2.694 (nm) for γ = 0.5 J m⁻², η = 50 mV
 */
export const ClassicalNucleationResultSchema = z
  .strictObject({
    analysis: z.literal("classical-nucleation"),
    relation: z.string().describe("The relations used, in symbols."),
    overpotential: QuantitySchema.describe("η (mV; the sign is ignored)."),
    surfaceEnergy: QuantitySchema.describe("Metal|electrolyte interfacial energy γ (J m⁻²)."),
    molarVolume: QuantitySchema.describe("Molar volume V_m (cm³ mol⁻¹)."),
    chargeNumber: z.number().positive().describe("z."),
    temperature: QuantitySchema.describe("T of the k_B·T comparison (K)."),
    criticalRadius: KineticsEstimateSchema.describe("r* = 2γV_m/(zF|η|), nm."),
    barrier: KineticsEstimateSchema.describe("ΔG* = 16πγ³V_m²/(3(zF)²η²) per nucleus, eV."),
    barrierInThermalEnergy: z
      .number()
      .nonnegative()
      .describe("ΔG*/(k_B·T), dimensionless (the barrier in kT)."),
    criticalAtoms: z
      .number()
      .nonnegative()
      .describe("Atoms in the critical nucleus n* = (4/3)πr*³·N_A/V_m."),
    warnings: z.array(KineticsWarningSchema),
  })
  .meta({
    title: "ClassicalNucleationResult",
    description: "Critical nucleus radius and barrier from classical nucleation theory.",
  });

/** A CNT result ({@link ClassicalNucleationResultSchema}). */
export type ClassicalNucleationResult = z.infer<typeof ClassicalNucleationResultSchema>;
