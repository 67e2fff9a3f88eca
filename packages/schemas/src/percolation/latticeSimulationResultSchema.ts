import { z } from "zod";
import { VegaLiteSpecSchema } from "../plots/vegaLiteSpecSchema.js";
import {
  LatticeIdSchema,
  LiteratureValueSchema,
  PercolationValueSchema,
  PercolationWarningSchema,
  ProbabilityPointSchema,
} from "./percolationCommonSchemas.js";

/**
 * Statistics of the occupation fraction at which each run first spanned (p of the first
 * spanning step): the spread behind the mean.
 *
 * @example
 * SpanningFractionStatisticsSchema.parse({ standardDeviation: 0.01, minimum: 0.29, median: 0.311, maximum: 0.33 });
 */
export const SpanningFractionStatisticsSchema = z
  .strictObject({
    standardDeviation: z.number().nonnegative().describe("Run-to-run SD of the spanning fraction."),
    minimum: z.number().min(0).max(1),
    median: z.number().min(0).max(1),
    maximum: z.number().min(0).max(1),
  })
  .meta({ title: "SpanningFractionStatistics" });

/**
 * Result of a Newman–Ziff lattice simulation (`lmb percolation simulate`): site or bond
 * percolation on a film L × L (× H), periodic laterally and open along the spanning axis; the
 * mean first-spanning fraction p̄(L) (an estimate of p_c shifted by ∝ L^(−1/ν)), its spread over
 * runs, the canonical spanning probability curve R(p) with run-to-run standard errors, the
 * literature threshold for comparison and a plot of R(p).
 *
 * @example
 * const { spanningFraction, spanning } = LatticeSimulationResultSchema.parse(JSON.parse(stdout));
 * spanningFraction.value; // ≈ 0.31 for sc site percolation at L = 64
 */
export const LatticeSimulationResultSchema = z
  .strictObject({
    analysis: z.literal("lattice-simulation"),
    lattice: LatticeIdSchema,
    latticeTitle: z.string().describe('e.g. "simple cubic (z = 6)".'),
    dimension: z.union([z.literal(2), z.literal(3)]),
    mode: z.enum(["site", "bond"]),
    size: z.int().positive().describe("Lateral size L (sites along each periodic axis)."),
    thickness: z
      .int()
      .positive()
      .describe("Sites along the open spanning axis H (= L for a cube or square)."),
    axis: z
      .enum(["x", "y", "z"])
      .describe("Spanning axis (the film's open axis; periodic along the others)."),
    boundaries: z.string().describe("Boundary conditions, in words."),
    elements: z.int().positive().describe("N: sites (site mode) or bonds (bond mode)."),
    runs: z.int().min(2),
    seed: z.int().describe("Base seed; run r uses runSeed(seed, r), independent of threads."),
    threads: z
      .int()
      .positive()
      .optional()
      .describe("Worker threads used (does not change results)."),
    spanningFraction: PercolationValueSchema.describe(
      "Mean occupation fraction at first spanning, p̄(L), with its standard error.",
    ),
    spanningFractionStatistics: SpanningFractionStatisticsSchema,
    literature: LiteratureValueSchema.describe(
      "Best-known threshold of the infinite lattice; zScore compares p̄(L), which is shifted by ∝ L^(−1/ν).",
    ),
    spanning: z
      .array(ProbabilityPointSchema)
      .min(1)
      .describe("Canonical spanning probability R(p) (binomial convolution of the sweeps)."),
    largestCluster: z
      .strictObject({
        runs: z.int().min(2).describe("Full sweeps used (the first runs of the simulation)."),
        points: z
          .array(
            z.strictObject({
              p: z.number().min(0).max(1),
              fraction: z.number().min(0).max(1).describe("P_max = ⟨s_max⟩/N."),
              standardError: z.number().nonnegative(),
            }),
          )
          .min(1),
      })
      .optional()
      .describe(
        "Mean cluster statistics: the largest cluster's share of all sites P_max(p) (the finite-size order parameter), when requested (site percolation).",
      ),
    warnings: z.array(PercolationWarningSchema),
    plot: VegaLiteSpecSchema.describe(
      "R(p) with ± 1 SE, P_max(p) when computed, and the literature threshold.",
    ),
  })
  .meta({
    title: "LatticeSimulationResult",
    description:
      "Newman–Ziff site or bond percolation on a lattice film: spanning fraction and R(p).",
  });

/** A lattice simulation result ({@link LatticeSimulationResultSchema}). */
export type LatticeSimulationResult = z.infer<typeof LatticeSimulationResultSchema>;
