import { z } from "zod";

/**
 * A dimensionless Monte Carlo or fitted value (a fraction, an exponent, a threshold) with its
 * standard error and, where known, a confidence interval.
 *
 * @example
 * PercolationValueSchema.parse({ value: 0.5909, standardError: 0.0022, interval: { lower: 0.5866, upper: 0.5952 } });
 */
export const PercolationValueSchema = z
  .strictObject({
    value: z.number().describe("The estimate (dimensionless)."),
    standardError: z
      .number()
      .nonnegative()
      .optional()
      .describe("Standard error (run-to-run, or from the fit)."),
    interval: z
      .strictObject({ lower: z.number(), upper: z.number() })
      .optional()
      .describe("Confidence interval (95 % unless the result says otherwise)."),
  })
  .meta({ title: "PercolationValue" });

/** A dimensionless value with its uncertainty ({@link PercolationValueSchema}). */
export type PercolationValue = z.infer<typeof PercolationValueSchema>;

/**
 * The lattices `@lmb/percolation` simulates: square, triangular, honeycomb (2D), simple cubic,
 * bcc, fcc (3D).
 *
 * @example LatticeIdSchema.parse("bcc");
 */
export const LatticeIdSchema = z
  .enum(["square", "triangular", "honeycomb", "sc", "bcc", "fcc"])
  .describe("Lattice: square, triangular, honeycomb (2D); sc, bcc, fcc (3D).");

/** A lattice name ({@link LatticeIdSchema}). */
export type LatticeIdJson = z.infer<typeof LatticeIdSchema>;

/**
 * A best-known literature value to compare a simulation with, and where it comes from.
 *
 * @example
 * LiteratureValueSchema.parse({ value: 0.59274605079, source: "Jacobsen, J. Phys. A 48 (2015) 454003" });
 */
export const LiteratureValueSchema = z
  .strictObject({
    value: z.number().describe("The best-known value."),
    uncertainty: z.number().nonnegative().optional().describe("Its quoted uncertainty."),
    source: z.string().min(1).describe("Reference."),
    zScore: z
      .number()
      .optional()
      .describe("(estimate − value)/standard error of the estimate: |z| ≲ 2 agrees."),
  })
  .meta({ title: "LiteratureValue" });

/** A literature value ({@link LiteratureValueSchema}). */
export type LiteratureValue = z.infer<typeof LiteratureValueSchema>;

/**
 * One point of a probability curve against an occupation or volume fraction: P(p) with its
 * run-to-run standard error.
 *
 * @example ProbabilityPointSchema.parse({ p: 0.31, probability: 0.48, standardError: 0.03 });
 */
export const ProbabilityPointSchema = z
  .strictObject({
    p: z.number().min(0).max(1).describe("Occupation probability or metal volume fraction."),
    probability: z.number().min(0).max(1).describe("P(p)."),
    standardError: z.number().nonnegative().describe("Run-to-run standard error of P."),
  })
  .meta({ title: "ProbabilityPoint" });

/** A point of a probability curve ({@link ProbabilityPointSchema}). */
export type ProbabilityPoint = z.infer<typeof ProbabilityPointSchema>;

/**
 * A Monte Carlo warning a user should see before trusting the numbers (too few runs, a value
 * outside the literature's error, an unvalidated model).
 *
 * @example PercolationWarningSchema.parse({ code: "W_SMALL_SIZES", message: "…" });
 */
export const PercolationWarningSchema = z
  .strictObject({
    code: z.string().regex(/^W_[A-Z0-9_]+$/),
    message: z.string().min(1),
  })
  .meta({ title: "PercolationWarning" });

/** A warning ({@link PercolationWarningSchema}). */
export type PercolationWarning = z.infer<typeof PercolationWarningSchema>;
