import { z } from "zod";
import { VegaLiteSpecSchema } from "../plots/vegaLiteSpecSchema.js";
import {
  LiteratureValueSchema,
  PercolationValueSchema,
  PercolationWarningSchema,
  ProbabilityPointSchema,
} from "./percolationCommonSchemas.js";

/**
 * The metal particles of a continuum simulation: freely overlapping spheres or randomly oriented
 * spheroids of aspect ratio a/b, optionally hard-core/soft-shell (core–shell) or polydisperse.
 * Lengths are in units of the (equal-volume sphere) particle diameter d.
 *
 * @example ParticleDescriptionSchema.parse({ shape: "spheroid", aspect: 5, penetrable: true });
 */
export const ParticleDescriptionSchema = z
  .strictObject({
    shape: z.enum(["sphere", "spheroid"]),
    aspect: z
      .number()
      .positive()
      .describe("Aspect ratio a/b (> 1 prolate needles, < 1 oblate plates, 1 sphere)."),
    penetrable: z.boolean().describe("True for freely overlapping particles."),
    coreShell: z
      .number()
      .gt(0)
      .lt(1)
      .optional()
      .describe("Hard-core diameter / (core + conducting-shell) diameter, when core–shell."),
    polydispersity: z
      .number()
      .nonnegative()
      .optional()
      .describe("Relative standard deviation of the diameters, when polydisperse."),
  })
  .meta({ title: "ParticleDescription" });

/** A particle description ({@link ParticleDescriptionSchema}). */
export type ParticleDescription = z.infer<typeof ParticleDescriptionSchema>;

/**
 * The fraction of a thin film's outer surface electronically wired to the lithium below, Q(φ),
 * at one metal volume fraction, with its standard error when known (the result names the
 * model: continuum particles, or the simple-cubic voxel picture).
 *
 * @example WiredFractionPointSchema.parse({ p: 0.2, fraction: 0.013 });
 */
export const WiredFractionPointSchema = z
  .strictObject({
    p: z.number().min(0).max(1).describe("Metal volume fraction."),
    fraction: z.number().min(0).max(1).describe("Q: share of the outer surface wired to the Li."),
    standardError: z.number().nonnegative().optional().describe("Run-to-run standard error of Q."),
  })
  .meta({ title: "WiredFractionPoint" });

/** A wired-fraction point ({@link WiredFractionPointSchema}). */
export type WiredFractionPoint = z.infer<typeof WiredFractionPointSchema>;

/**
 * Result of a continuum percolation simulation of a thin layer (`lmb percolation continuum`):
 * particles dropped into a slab `lateral` × `lateral` × `thickness` diameters (periodic
 * laterally, Li below, electrolyte above) until a path first crosses it; the mean crossing volume
 * fraction and reduced density; the probability that the patch is crossed against the volume
 * fraction (Poisson convolution of the runs); the bulk threshold from the literature; the in-plane
 * threshold (conduction along the layer); and the fraction of the surface wired to the Li, Q(φ).
 *
 * @example
 * const { crossingFraction, crossing } = ContinuumPercolationResultSchema.parse(JSON.parse(stdout));
 */
export const ContinuumPercolationResultSchema = z
  .strictObject({
    analysis: z.literal("continuum-percolation"),
    particles: ParticleDescriptionSchema,
    thickness: z.number().positive().describe("Layer thickness h, in particle diameters."),
    lateral: z.number().positive().describe("Lateral size of the simulated patch, in diameters."),
    runs: z.int().positive(),
    seed: z.int(),
    crossingFraction: PercolationValueSchema.describe(
      "Mean covered volume fraction φ = 1 − e^(−η) at the first crossing path.",
    ),
    reducedDensity: PercolationValueSchema.describe(
      "Mean reduced density η = ρ·v at first crossing.",
    ),
    crossing: z
      .array(ProbabilityPointSchema)
      .min(1)
      .describe("P(some path crosses the patch) against φ (depends on the patch area)."),
    bulkThreshold: LiteratureValueSchema.optional().describe(
      "Bulk φ_c of the same particles (L, h → ∞) from the literature, where known.",
    ),
    inPlaneThreshold: z
      .strictObject({
        value: z.number().min(0).max(1),
        standardError: z.number().nonnegative().optional(),
        model: z.string().describe("How it was obtained."),
      })
      .optional()
      .describe(
        "Metal fraction at which a path first runs along the layer (same particles, or the voxel picture).",
      ),
    wiredFraction: z
      .strictObject({
        model: z.string().describe("How Q was computed."),
        points: z.array(WiredFractionPointSchema).min(1),
      })
      .optional()
      .describe("Fraction of the surface wired through to the Li, Q(φ)."),
    note: z.string().describe("What the numbers mean and their limits."),
    warnings: z.array(PercolationWarningSchema),
    plot: VegaLiteSpecSchema.describe("P(crossing) and Q(φ) against the metal volume fraction."),
  })
  .meta({
    title: "ContinuumPercolationResult",
    description: "Crossing of a thin layer of overlapping metal particles, and the wired surface.",
  });

/** A continuum percolation result ({@link ContinuumPercolationResultSchema}). */
export type ContinuumPercolationResult = z.infer<typeof ContinuumPercolationResultSchema>;
