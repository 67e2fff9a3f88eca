import { z } from "zod";
import { VegaLiteSpecSchema } from "../plots/vegaLiteSpecSchema.js";
import {
  LatticeIdSchema,
  LiteratureValueSchema,
  PercolationValueSchema,
  PercolationWarningSchema,
} from "./percolationCommonSchemas.js";

/**
 * One point of a resistor-network conductivity curve: σ_eff/σ_M at metal fraction p, mean over
 * runs with its standard error.
 *
 * @example NetworkConductivityPointSchema.parse({ p: 0.6, conductivity: 0.21, standardError: 0.004 });
 */
export const NetworkConductivityPointSchema = z
  .strictObject({
    p: z.number().min(0).max(1).describe("Metal (site) fraction."),
    conductivity: z.number().nonnegative().describe("σ_eff/σ_M, mean over runs."),
    standardError: z.number().nonnegative(),
  })
  .meta({ title: "NetworkConductivityPoint" });

/** A conductivity point ({@link NetworkConductivityPointSchema}). */
export type NetworkConductivityPoint = z.infer<typeof NetworkConductivityPointSchema>;

/**
 * Result of a random-resistor-network simulation (`lmb percolation conductivity`): σ_eff/σ_M of
 * site-percolation films L × L (× H) between two electrodes against the metal fraction (metal
 * bonds conduct 1, the others the conductance ratio), and the conductivity exponent t fitted to
 * log σ = log σ0 + t·log(p − p_c) above the threshold, compared with the universal value.
 *
 * @example
 * const { exponent } = NetworkConductivityResultSchema.parse(JSON.parse(stdout));
 * exponent?.value; // ≈ 2 in 3D (finite L biases it)
 */
export const NetworkConductivityResultSchema = z
  .strictObject({
    analysis: z.literal("network-conductivity"),
    lattice: LatticeIdSchema,
    dimension: z.union([z.literal(2), z.literal(3)]),
    size: z.int().positive(),
    thickness: z.int().positive(),
    runs: z.int().positive(),
    seed: z.int(),
    ratio: z
      .number()
      .min(0)
      .lt(1)
      .describe("Conductance ratio σ_NM/σ_M of non-metal bonds (0: a perfect insulator)."),
    threshold: z
      .number()
      .min(0)
      .max(1)
      .describe("p_c used for the exponent fit (the lattice's best-known site threshold)."),
    points: z.array(NetworkConductivityPointSchema).min(1),
    exponent: PercolationValueSchema.optional().describe(
      "t from a weighted line of log10 σ against log10(p − p_c) (absent with < 3 points above p_c).",
    ),
    exponentWindow: z
      .strictObject({ lower: z.number(), upper: z.number(), pointCount: z.int().nonnegative() })
      .optional()
      .describe("The p range used for t (above p_c, σ well above the ratio)."),
    expectedExponent: LiteratureValueSchema.describe("Universal t of the dimension."),
    warnings: z.array(PercolationWarningSchema),
    plot: VegaLiteSpecSchema.describe("log10 σ_eff/σ_M against p, with the fitted power law."),
  })
  .meta({
    title: "NetworkConductivityResult",
    description: "Random resistor network σ_eff(p) and the conductivity exponent.",
  });

/** A resistor-network result ({@link NetworkConductivityResultSchema}). */
export type NetworkConductivityResult = z.infer<typeof NetworkConductivityResultSchema>;
