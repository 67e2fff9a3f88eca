import { z } from "zod";
import { QuantitySchema } from "./quantitySchema.js";

/**
 * How many symmetric-cell cycles fit in a test duration: cycles = duration / cycle, with
 * cycle = 2q/j (+ 2 × rest) (SCIENCE.md §2). Printed by `lmb units cycles --json`.
 *
 * @example
 * // 5 mA cm⁻², 1 mAh cm⁻², 300 h: a cycle lasts 0.4 h, so 750 cycles
 * const result = CycleCountResultSchema.parse(JSON.parse(stdout));
 * result.cycles; // 750
 */
export const CycleCountResultSchema = z
  .strictObject({
    currentDensity: QuantitySchema.describe("Current density j of each half cycle."),
    capacity: QuantitySchema.describe("Areal capacity q passed in each half cycle."),
    duration: QuantitySchema.describe("Total test duration."),
    rest: QuantitySchema.optional().describe("Rest after each half cycle, when given."),
    halfCycle: QuantitySchema.describe("Duration of one half cycle, q/j + rest."),
    cycle: QuantitySchema.describe("Duration of one full cycle, 2 × half cycle."),
    cycles: z.number().nonnegative().describe("Cycles in the duration, duration / cycle."),
    completeCycles: z.int().nonnegative().describe("Whole cycles completed in the duration."),
    halfCycles: z.number().nonnegative().describe("Half cycles in the duration."),
    completeHalfCycles: z.int().nonnegative().describe("Whole half cycles in the duration."),
  })
  .meta({
    title: "CycleCountResult",
    description: "How many symmetric-cell cycles fit in a duration.",
  });

/**
 * A cycle count ({@link CycleCountResultSchema}).
 *
 * @example
 * const { cycles }: CycleCountResult = CycleCountResultSchema.parse(JSON.parse(stdout));
 */
export type CycleCountResult = z.infer<typeof CycleCountResultSchema>;
