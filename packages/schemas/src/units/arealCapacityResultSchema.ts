import { z } from "zod";
import { QuantitySchema } from "./quantitySchema.js";

/**
 * Areal capacity passed at a current density for a time, q = j·t (1 mA cm⁻² for 1 h is
 * 1 mAh cm⁻², SCIENCE.md §2), with the thickness of dense Li metal that holds it. Printed by
 * `lmb units capacity --json`.
 *
 * @example
 * const result = ArealCapacityResultSchema.parse(JSON.parse(stdout));
 * result.arealCapacity.value; // 1 (mAh cm⁻²) for 1 mA cm⁻² × 1 h
 */
export const ArealCapacityResultSchema = z
  .strictObject({
    currentDensity: QuantitySchema.describe("Current density j."),
    time: QuantitySchema.describe("Time t the current flows."),
    arealCapacity: QuantitySchema.describe("Areal capacity q = j·t."),
    lithiumThickness: QuantitySchema.describe(
      "Thickness of dense Li metal (0.534 g cm⁻³) that holds q.",
    ),
  })
  .meta({
    title: "ArealCapacityResult",
    description: "Areal capacity from current density × time, with its dense-Li thickness.",
  });

/**
 * An areal capacity from current density × time ({@link ArealCapacityResultSchema}).
 *
 * @example
 * const { arealCapacity }: ArealCapacityResult = ArealCapacityResultSchema.parse(JSON.parse(stdout));
 */
export type ArealCapacityResult = z.infer<typeof ArealCapacityResultSchema>;
