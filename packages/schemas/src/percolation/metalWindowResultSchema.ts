import { z } from "zod";
import { VegaLiteSpecSchema } from "../plots/vegaLiteSpecSchema.js";
import { ParticleDescriptionSchema } from "./continuumPercolationResultSchema.js";
import { PercolationValueSchema, PercolationWarningSchema } from "./percolationCommonSchemas.js";

/**
 * Result of the metal-incorporated SEI window (`lmb percolation window`): the largest metal
 * volume fraction a layer h particle diameters thick can hold while a patch lateral × lateral
 * diameters stays non-conducting through its thickness with the given confidence, with a
 * distribution-free 95 % interval; the mean and median fraction of the first crossing path.
 *
 * @example
 * const { maximumFraction } = MetalWindowResultSchema.parse(JSON.parse(stdout));
 * maximumFraction.value; // ≈ 0.16 for spheres, h = 5
 */
export const MetalWindowResultSchema = z
  .strictObject({
    analysis: z.literal("metal-window"),
    particles: ParticleDescriptionSchema,
    thickness: z.number().positive().describe("Layer thickness h, in particle diameters."),
    lateral: z.number().positive().describe("Patch size, in particle diameters."),
    confidence: z.number().gt(0).lt(1).describe("Required probability of no crossing path."),
    runs: z.int().positive(),
    seed: z.int(),
    maximumFraction: PercolationValueSchema.describe(
      "Largest non-percolating metal volume fraction, with its 95 % order-statistic interval.",
    ),
    crossing: z
      .strictObject({ mean: z.number().min(0).max(1), median: z.number().min(0).max(1) })
      .describe("Mean and median metal fraction at the first through-thickness path."),
    note: z.string(),
    warnings: z.array(PercolationWarningSchema),
    plot: VegaLiteSpecSchema.describe(
      "The safe window and the crossing fractions on the V_f axis.",
    ),
  })
  .meta({
    title: "MetalWindowResult",
    description: "The largest metal fraction an interphase holds without conducting electrons.",
  });

/** A metal-window result ({@link MetalWindowResultSchema}). */
export type MetalWindowResult = z.infer<typeof MetalWindowResultSchema>;
