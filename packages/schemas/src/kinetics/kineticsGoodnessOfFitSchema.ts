import { z } from "zod";

/**
 * How well a model describes the data it was fitted to: point and parameter counts, R² and the
 * residual scatter (in the units the fit minimised, named by `residualUnit`).
 *
 * @example
 * KineticsGoodnessOfFitSchema.parse({
 *   pointCount: 40, parameterCount: 2, degreesOfFreedom: 38, rSquared: 0.9993,
 *   chiSquare: 0.0021, residualStandardDeviation: 0.0074, residualUnit: "log10(j / A m⁻²)",
 * });
 */
export const KineticsGoodnessOfFitSchema = z
  .strictObject({
    pointCount: z.int().positive().describe("Points in the fit."),
    parameterCount: z.int().nonnegative().describe("Free parameters."),
    degreesOfFreedom: z.int().nonnegative().describe("pointCount − parameterCount."),
    rSquared: z.number().describe("Coefficient of determination R² = 1 − χ²/Σ(y − ȳ)²."),
    chiSquare: z.number().nonnegative().describe("Residual sum of squares χ², in residualUnit²."),
    residualStandardDeviation: z
      .number()
      .nonnegative()
      .optional()
      .describe("s = √(χ²/dof), in `residualUnit`; absent with no degree of freedom."),
    residualUnit: z.string().describe('What the residuals measure, e.g. "V" or "ln(σ / S m⁻¹)".'),
  })
  .meta({ title: "KineticsGoodnessOfFit" });

/**
 * Goodness of fit ({@link KineticsGoodnessOfFitSchema}).
 *
 * @example
 * const { rSquared }: KineticsGoodnessOfFit = result.goodnessOfFit;
 */
export type KineticsGoodnessOfFit = z.infer<typeof KineticsGoodnessOfFitSchema>;
