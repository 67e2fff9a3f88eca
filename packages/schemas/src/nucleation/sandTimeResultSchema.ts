import { z } from "zod";
import { KineticsEstimateSchema } from "../kinetics/kineticsEstimateSchema.js";
import { KineticsWarningSchema } from "../kinetics/kineticsWarningSchema.js";
import { QuantitySchema } from "../units/quantitySchema.js";

/**
 * Result of Sand's time (`lmb nucleation sand`): t_Sand = πD(zc0F)²/(4J²(1 − t₊)²) in h (SI in s)
 * and the Sand capacity J·t_Sand in mAh cm⁻², or — when a cell thickness puts J below the limiting
 * current 2zFDc0/((1 − t₊)L) — no Sand time and a note saying why; optionally a measured
 * short-circuit time compared with t_Sand.
 *
 * @example
 * const { applies, sandTime } = SandTimeResultSchema.parse(JSON.parse(stdout));
 * sandTime?.si; // 612.5 (s) for D = 3.22e-10 m² s⁻¹, 1 M, t₊ = 0.38, 10 mA cm⁻²
 */
export const SandTimeResultSchema = z
  .strictObject({
    analysis: z.literal("sand-time"),
    relation: z.string().describe("The relation used, in symbols."),
    currentDensity: QuantitySchema.describe("J (mA cm⁻²; the sign is ignored)."),
    diffusivity: QuantitySchema.describe("Salt (ambipolar) diffusion coefficient D (cm² s⁻¹)."),
    concentration: QuantitySchema.describe("Bulk salt concentration c0 (M)."),
    transferenceNumber: z.number().min(0).lt(1).describe("Cation transference number t₊."),
    chargeNumber: z.number().positive().describe("z."),
    thickness: QuantitySchema.optional().describe("Electrolyte thickness L (µm), when given."),
    applies: z
      .boolean()
      .describe("True when J exceeds the limiting current (always true without a thickness)."),
    note: z.string().describe("Why the result does or does not apply."),
    sandTime: KineticsEstimateSchema.optional().describe(
      "t_Sand, h (si: s); absent below the limiting current.",
    ),
    sandCapacity: KineticsEstimateSchema.optional().describe(
      "Q = J·t_Sand, mAh cm⁻²; absent with the time.",
    ),
    limitingCurrentDensity: KineticsEstimateSchema.optional().describe(
      "J_lim = 2zFDc0/((1 − t₊)L), mA cm⁻² (only with a thickness).",
    ),
    diffusionTime: QuantitySchema.optional().describe(
      "L²/D (s): the semi-infinite formula needs t_Sand ≪ this (only with a thickness).",
    ),
    measured: z
      .strictObject({
        time: QuantitySchema.describe("Measured short-circuit or voltage-divergence time (h)."),
        ratio: z
          .number()
          .optional()
          .describe("t_measured/t_Sand (≈ 1: Sand-type onset); absent without a Sand time."),
      })
      .optional()
      .describe("A measured time compared with t_Sand."),
    warnings: z.array(KineticsWarningSchema),
  })
  .meta({
    title: "SandTimeResult",
    description: "Sand's time and capacity at a current density, or why there is none.",
  });

/** A Sand's-time result ({@link SandTimeResultSchema}). */
export type SandTimeResult = z.infer<typeof SandTimeResultSchema>;
