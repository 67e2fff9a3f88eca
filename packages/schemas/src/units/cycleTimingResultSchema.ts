import { z } from "zod";
import { QuantitySchema } from "./quantitySchema.js";

/**
 * Half-cycle and cycle duration of a galvanostatic symmetric-cell protocol (plate q at j, then
 * strip q at j): half cycle = q/j + rest, cycle = 2 × half cycle (SCIENCE.md §2). Printed by
 * `lmb units timing --json`.
 *
 * @example
 * // 1 mA cm⁻², 1 mAh cm⁻² per half cycle: 1 h per half cycle, 2 h per cycle
 * CycleTimingResultSchema.parse({ currentDensity, capacity, halfCycle, cycle });
 */
export const CycleTimingResultSchema = z
  .strictObject({
    currentDensity: QuantitySchema.describe("Current density j of each half cycle."),
    capacity: QuantitySchema.describe("Areal capacity q passed in each half cycle."),
    rest: QuantitySchema.optional().describe("Rest after each half cycle, when given."),
    halfCycle: QuantitySchema.describe("Duration of one half cycle, q/j + rest."),
    cycle: QuantitySchema.describe("Duration of one full cycle (plate + strip), 2 × half cycle."),
  })
  .meta({
    title: "CycleTimingResult",
    description: "Half-cycle and cycle duration of a symmetric-cell protocol.",
  });

/**
 * A symmetric-cell cycle timing ({@link CycleTimingResultSchema}).
 *
 * @example
 * const timing: CycleTimingResult = CycleTimingResultSchema.parse(JSON.parse(stdout));
 */
export type CycleTimingResult = z.infer<typeof CycleTimingResultSchema>;
