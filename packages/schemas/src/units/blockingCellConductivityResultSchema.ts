import { z } from "zod";
import { QuantitySchema } from "./quantitySchema.js";

/**
 * Ionic conductivity from the bulk resistance of a blocking cell (electrolyte between two
 * ion-blocking electrodes): σ = l / (R_b·S) (SCIENCE.md §2), and the area-specific resistance
 * R_b·S. Printed by `lmb units conductivity --json`.
 *
 * @example
 * // l = 500 µm, R = 25 Ω, S = 1.13 cm²: σ = 1.770 mS cm⁻¹
 * const { conductivity } = BlockingCellConductivityResultSchema.parse(JSON.parse(stdout));
 */
export const BlockingCellConductivityResultSchema = z
  .strictObject({
    thickness: QuantitySchema.describe("Electrolyte thickness l between the blocking electrodes."),
    resistance: QuantitySchema.describe("Bulk resistance R_b (from impedance)."),
    area: QuantitySchema.describe("Electrode area S."),
    conductivity: QuantitySchema.describe("Ionic conductivity σ = l / (R_b·S)."),
    areaSpecificResistance: QuantitySchema.describe("Area-specific resistance R_b·S."),
  })
  .meta({
    title: "BlockingCellConductivityResult",
    description: "Ionic conductivity from a blocking-cell bulk resistance.",
  });

/**
 * A blocking-cell conductivity ({@link BlockingCellConductivityResultSchema}).
 *
 * @example
 * const { conductivity }: BlockingCellConductivityResult = BlockingCellConductivityResultSchema.parse(json);
 */
export type BlockingCellConductivityResult = z.infer<typeof BlockingCellConductivityResultSchema>;
