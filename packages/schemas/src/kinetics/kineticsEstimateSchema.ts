import { z } from "zod";

/**
 * A fitted or derived value with its uncertainty, as every `@lmb/kinetics` result reports it:
 * the value in the unit researchers read (`unit`, e.g. mA cm⁻²), the same value in coherent SI
 * (`si`, `siUnit`), its standard error and its confidence interval (both in `unit`). The interval
 * may be asymmetric (a quantity fitted on a log scale, such as j0 from a Tafel intercept, has
 * the interval of the log mapped back). `standardError` and `interval` are absent only where
 * the data determine the value exactly (e.g. a line through two points); the result then says so
 * in its warnings.
 *
 * @example
 * KineticsEstimateSchema.parse({
 *   value: 1.02, unit: "mA cm⁻²", si: 10.2, siUnit: "A m⁻²", dimension: "current density",
 *   standardError: 0.04, interval: { lower: 0.94, upper: 1.1 },
 * });
 */
export const KineticsEstimateSchema = z
  .strictObject({
    value: z.number().describe("The estimate, expressed in `unit`."),
    unit: z.string().describe('Unit of `value`, `standardError` and `interval`, e.g. "mA cm⁻²".'),
    si: z.number().describe("The estimate in coherent SI units (`siUnit`)."),
    siUnit: z.string().describe('The coherent SI unit of `si`, e.g. "A m⁻²".'),
    dimension: z.string().describe('What the value measures, e.g. "current density".'),
    standardError: z
      .number()
      .nonnegative()
      .optional()
      .describe("Standard error, in `unit` (delta method for transformed parameters)."),
    interval: z
      .strictObject({ lower: z.number(), upper: z.number() })
      .optional()
      .describe("Confidence interval at the result's `confidenceLevel`, in `unit`."),
  })
  .meta({
    title: "KineticsEstimate",
    description: "A value with its standard error and confidence interval.",
  });

/**
 * An estimate with its uncertainty ({@link KineticsEstimateSchema}).
 *
 * @example
 * const j0: KineticsEstimate = result.exchangeCurrentDensity;
 */
export type KineticsEstimate = z.infer<typeof KineticsEstimateSchema>;
