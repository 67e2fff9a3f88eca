import { z } from "zod";
import { VegaLiteSpecSchema } from "../plots/vegaLiteSpecSchema.js";

const grid = <T extends z.ZodType>(cell: T) => z.array(z.array(cell));

/**
 * The result of `designMap` (`lmb cell design-map --json`): when the thin electrode of an
 * asymmetric Li‖Li cell runs out of Li, over a grid of interphase metal volume fractions V_f and
 * particle aspect ratios, with the finite-size percolation threshold V_p of each aspect ratio.
 * Grids are indexed `[aspectRatio][fraction]`.
 *
 * @example r.depletionTime[0][49]; // h, or null (no depletion within the protocol)
 */
export const DesignMapResultSchema = z
  .strictObject({
    cell: z.strictObject({
      workingThickness: z.number().positive().describe("Thin (working) Li, µm."),
      counterThickness: z.number().positive().describe("Thick (counter) Li, µm."),
      workingInventory: z.number().positive().describe("Thin electrode's Li, mAh cm⁻²."),
    }),
    protocol: z.strictObject({
      text: z.string(),
      steps: z.number().int().positive(),
      duration: z.number().nonnegative().describe("Length of the protocol, h."),
      cycleDuration: z
        .number()
        .nonnegative()
        .nullable()
        .describe("Length of one protocol cycle, h (null when cycles differ)."),
    }),
    fractions: z.array(z.number().min(0).max(1)).min(1).describe("Metal volume fractions V_f."),
    aspectRatios: z.array(z.number().positive()).min(1).describe("Particle aspect ratios."),
    thresholds: z
      .array(z.number().min(0).max(1))
      .describe("Percolation threshold V_p of each aspect ratio."),
    depletionTime: grid(z.number().nonnegative().nullable()).describe(
      "[aspectRatio][fraction] time the thin electrode ran out, h; null: never within the protocol.",
    ),
    depletionCycle: grid(z.number().int().nonnegative().nullable()).describe(
      "[aspectRatio][fraction] 0-based protocol cycle of the depletion; null: never.",
    ),
    endReason: grid(z.enum(["completed", "depletion", "sand-limit", "voltage-limit"])).describe(
      "[aspectRatio][fraction] how each simulated run ended.",
    ),
    plot: VegaLiteSpecSchema.describe("Heat map of depletion time over V_f and aspect ratio."),
  })
  .meta({
    title: "DesignMapResult",
    description:
      "lmb cell design-map: Li depletion time of an asymmetric cell over metal fraction and particle aspect ratio.",
  });

/** A depletion design map ({@link DesignMapResultSchema}). */
export type DesignMapResultJson = z.infer<typeof DesignMapResultSchema>;
