import { z } from "zod";

/**
 * The part of the data an analysis used, and why: the range of the selecting variable (e.g.
 * |η| from 80 to 240 mV), the number of points in it, the rule that chose it and whether the
 * user gave it.
 *
 * @example
 * KineticsDataWindowSchema.parse({
 *   variable: "|η|", lower: 80, upper: 240, unit: "mV", pointCount: 33,
 *   automatic: true, rule: "highest R² among windows spanning ≥ 1 decade of |j| with ≥ 5 points, |η| ≥ 3RT/F",
 * });
 */
export const KineticsDataWindowSchema = z
  .strictObject({
    variable: z.string().describe('The selecting variable, e.g. "|η|", "T", "√v", "cycle".'),
    lower: z.number().describe("Lower end of the window, in `unit`."),
    upper: z.number().describe("Upper end of the window, in `unit`."),
    unit: z.string().describe('Unit of `lower` and `upper` ("" for counts).'),
    pointCount: z.int().nonnegative().describe("Points inside the window."),
    automatic: z.boolean().describe("True when lmb chose the window, false when the user gave it."),
    rule: z.string().describe("How the window was chosen, in words."),
  })
  .meta({ title: "KineticsDataWindow" });

/**
 * A data window ({@link KineticsDataWindowSchema}).
 *
 * @example
 * const { lower, upper, unit }: KineticsDataWindow = branch.window;
 */
export type KineticsDataWindow = z.infer<typeof KineticsDataWindowSchema>;
