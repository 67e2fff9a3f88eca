import { z } from "zod";
import { VegaLiteSpecSchema } from "../plots/vegaLiteSpecSchema.js";
import { QuantitySchema } from "../units/quantitySchema.js";
import { KineticsDataWindowSchema } from "./kineticsDataWindowSchema.js";
import { KineticsEstimateSchema } from "./kineticsEstimateSchema.js";
import { KineticsGoodnessOfFitSchema } from "./kineticsGoodnessOfFitSchema.js";
import { KineticsWarningSchema } from "./kineticsWarningSchema.js";

const FadeFitSchema = z.strictObject({
  fadePerCycle: KineticsEstimateSchema.describe(
    "Capacity lost per cycle, % of the reference capacity.",
  ),
  goodnessOfFit: KineticsGoodnessOfFitSchema,
});

/**
 * Result of a capacity-fade analysis (`lmb kinetics fade`): retention after N cycles, fade per
 * cycle from a linear fit (Q = a + b·n) and a geometric one (Q = Q₀·r^n), and the cycles to a
 * retention threshold (80 % by default) — observed, or censored with extrapolations when the
 * data never reach it.
 *
 * @example
 * const { retention, cyclesToThreshold } = CapacityFadeResultSchema.parse(JSON.parse(stdout));
 */
export const CapacityFadeResultSchema = z
  .strictObject({
    analysis: z.literal("capacity-fade"),
    confidenceLevel: z.number().gt(0).lt(1),
    referenceCycle: z.number().describe("Cycle whose capacity is 100 %."),
    referenceCapacity: QuantitySchema,
    lastCycle: z.number(),
    lastCapacity: QuantitySchema,
    retention: z
      .strictObject({
        cycles: z.number().describe("N, cycles after the reference cycle."),
        cycle: z.number().describe("The cycle number reference + N."),
        value: z
          .number()
          .describe("Q(reference + N)/Q(reference), as a fraction (interpolated between cycles)."),
      })
      .describe("Retention after N cycles."),
    linear: FadeFitSchema.extend({
      slope: KineticsEstimateSchema.describe("dQ/dn, capacity units per cycle."),
    }).describe("Q = a + b·n; fade per cycle = −b/Q_ref."),
    geometric: FadeFitSchema.extend({
      ratio: KineticsEstimateSchema.describe("r in Q = Q₀·r^n (dimensionless)."),
    }).describe("ln Q = ln Q₀ + n·ln r; fade per cycle = 1 − r."),
    threshold: z.number().gt(0).lt(1).describe("Retention threshold, e.g. 0.8."),
    cyclesToThreshold: z
      .strictObject({
        censored: z
          .boolean()
          .describe("True when the data end before retention falls below the threshold."),
        cycle: z
          .number()
          .optional()
          .describe(
            "Cycle number at which retention first falls to the threshold (interpolated); absent when censored.",
          ),
        atLeast: z
          .number()
          .optional()
          .describe("When censored: the last cycle measured (the cycle is later)."),
        linearExtrapolation: z
          .number()
          .optional()
          .describe("Cycle at which the linear fit reaches the threshold."),
        geometricExtrapolation: z
          .number()
          .optional()
          .describe("Cycle at which the geometric fit reaches the threshold."),
      })
      .describe("Cycle life to the threshold."),
    window: KineticsDataWindowSchema,
    warnings: z.array(KineticsWarningSchema),
    plot: VegaLiteSpecSchema.describe(
      "Retention (%) against cycle with both fits and the threshold.",
    ),
  })
  .meta({
    title: "CapacityFadeResult",
    description: "Capacity retention, fade per cycle and cycles to a retention threshold.",
  });

/** A capacity-fade analysis ({@link CapacityFadeResultSchema}). */
export type CapacityFadeResult = z.infer<typeof CapacityFadeResultSchema>;
