import { z } from "zod";
import { QuantitySchema } from "./quantitySchema.js";

/**
 * C-rate and current of a cathode: current = C-rate × specific capacity × mass loading × area
 * (SCIENCE.md §2; 1 C passes the nominal capacity in 1 h). `current` and `capacity` need the
 * electrode area and are absent without it. Printed by `lmb units crate --json`.
 *
 * @example
 * // LFP 170 mAh g⁻¹, 10 mg cm⁻², 1.13 cm², 1 C: 1.921 mA (1.7 mA cm⁻²)
 * const result = CRateResultSchema.parse(JSON.parse(stdout));
 */
export const CRateResultSchema = z
  .strictObject({
    cRate: z.number().nonnegative().describe("C-rate n: the current passes the capacity in 1/n h."),
    specificCapacity: QuantitySchema.describe("Specific capacity of the active material."),
    massLoading: QuantitySchema.describe("Active mass loading per electrode area."),
    area: QuantitySchema.optional().describe("Electrode area, when given."),
    arealCapacity: QuantitySchema.describe("Nominal areal capacity, specific capacity × loading."),
    capacity: QuantitySchema.optional().describe("Nominal capacity of the electrode (needs area)."),
    currentDensity: QuantitySchema.describe("Current density at this C-rate."),
    current: QuantitySchema.optional().describe("Current at this C-rate (needs area)."),
  })
  .meta({ title: "CRateResult", description: "C-rate ↔ current for a cathode." });

/**
 * A C-rate ↔ current conversion ({@link CRateResultSchema}).
 *
 * @example
 * const { current }: CRateResult = CRateResultSchema.parse(JSON.parse(stdout));
 */
export type CRateResult = z.infer<typeof CRateResultSchema>;
