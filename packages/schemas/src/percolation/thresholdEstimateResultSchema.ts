import { z } from "zod";
import { VegaLiteSpecSchema } from "../plots/vegaLiteSpecSchema.js";
import {
  LatticeIdSchema,
  LiteratureValueSchema,
  PercolationValueSchema,
  PercolationWarningSchema,
} from "./percolationCommonSchemas.js";

/**
 * One lattice size of a finite-size-scaling threshold estimate: the mean first-spanning fraction
 * p̄(L), the p where its spanning curve R_L(p) = ½, and where R_L crosses the next size's curve.
 *
 * @example
 * ThresholdSizeSchema.parse({ size: 32, runs: 400, spanningFraction: { value: 0.589, standardError: 0.001 }, halfCrossing: 0.5905 });
 */
export const ThresholdSizeSchema = z
  .strictObject({
    size: z.int().positive().describe("L."),
    runs: z.int().min(2),
    elements: z.int().positive().optional().describe("N: sites or bonds."),
    spanningFraction: PercolationValueSchema.describe("p̄(L) ± SE: the value fitted."),
    halfCrossing: z
      .number()
      .min(0)
      .max(1)
      .optional()
      .describe("p at which R_L(p) = ½ (absent when the curve does not reach ½ in [0, 1])."),
    crossingWithNext: z
      .number()
      .min(0)
      .max(1)
      .optional()
      .describe(
        "p where R_L(p) = R_L'(p) for the next larger size L' (absent for the largest size or when the curves do not cross).",
      ),
  })
  .meta({ title: "ThresholdSize" });

/** One size of a threshold estimate ({@link ThresholdSizeSchema}). */
export type ThresholdSize = z.infer<typeof ThresholdSizeSchema>;

/**
 * Result of a percolation threshold by finite-size scaling (`lmb percolation threshold`): the
 * mean first-spanning fractions p̄(L) of several sizes fitted as p̄(L) = p_c + a·L^(−1/ν) by
 * weighted least squares with the dimension's known ν; p_c ± SE with its 95 % interval, the
 * per-size values and curve crossings, the best-known value with its source and the z-score,
 * and a plot of the extrapolation.
 *
 * @example
 * const { threshold, literature } = ThresholdEstimateResultSchema.parse(JSON.parse(stdout));
 * Math.abs(literature.zScore ?? 0) < 2; // agrees within error
 */
export const ThresholdEstimateResultSchema = z
  .strictObject({
    analysis: z.literal("threshold-estimate"),
    lattice: LatticeIdSchema,
    latticeTitle: z.string(),
    dimension: z.union([z.literal(2), z.literal(3)]),
    mode: z.enum(["site", "bond"]),
    method: z.string().describe("The estimator, in words."),
    relation: z.string().describe("The scaling form fitted."),
    threshold: PercolationValueSchema.describe("Extrapolated p_c ± SE, 95 % interval."),
    nu: z.number().positive().describe("Correlation-length exponent ν used (not fitted)."),
    amplitude: PercolationValueSchema.describe("a in p̄(L) = p_c + a·L^(−1/ν)."),
    chiSquare: z
      .number()
      .nonnegative()
      .describe("Weighted χ² of the fit (≈ sizes − 2 if it fits)."),
    degreesOfFreedom: z.int().nonnegative(),
    seed: z.int(),
    sizes: z.array(ThresholdSizeSchema).min(3),
    literature: LiteratureValueSchema.describe("Best-known p_c with its source and the z-score."),
    warnings: z.array(PercolationWarningSchema),
    plot: VegaLiteSpecSchema.describe("p̄(L) against L^(−1/ν) with the fitted line to L → ∞."),
  })
  .meta({
    title: "ThresholdEstimateResult",
    description: "Percolation threshold by finite-size scaling, compared with the literature.",
  });

/** A threshold estimate ({@link ThresholdEstimateResultSchema}). */
export type ThresholdEstimateResult = z.infer<typeof ThresholdEstimateResultSchema>;
