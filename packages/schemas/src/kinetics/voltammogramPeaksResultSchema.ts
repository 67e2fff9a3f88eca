import { z } from "zod";
import { VegaLiteSpecSchema } from "../plots/vegaLiteSpecSchema.js";
import { KineticsWarningSchema } from "./kineticsWarningSchema.js";

/**
 * One current peak of a voltammogram sweep, in SI: where it is (E, point index), the raw current,
 * the baseline under it and the peak current above the baseline.
 *
 * @example
 * VoltammetricPeakSchema.parse({ sweep: "anodic", index: 30, potential: 0.42, current: 2.1e-5, baselineCurrent: 3e-6, peakCurrent: 1.8e-5 });
 */
export const VoltammetricPeakSchema = z
  .strictObject({
    sweep: z
      .enum(["anodic", "cathodic"])
      .describe("anodic: E rising, current maximum; cathodic: E falling, minimum."),
    index: z.int().nonnegative().describe("Point index in the dataset (0-based)."),
    potential: z.number().describe("Peak potential E_p, V."),
    current: z.number().describe("Current at the peak, A (positive = oxidation)."),
    baselineCurrent: z.number().describe("Baseline current at E_p, A (0 without a baseline)."),
    peakCurrent: z.number().describe("I_p = current − baseline, A (negative for a cathodic peak)."),
  })
  .meta({ title: "VoltammetricPeak" });

/** A voltammetric peak ({@link VoltammetricPeakSchema}). */
export type VoltammetricPeak = z.infer<typeof VoltammetricPeakSchema>;

/**
 * Anodic and cathodic peaks of every cycle of a voltammogram, the rule used to find them, and a
 * plot of the curve with the peaks marked.
 *
 * @example
 * const { cycles } = VoltammogramPeaksResultSchema.parse(result);
 */
export const VoltammogramPeaksResultSchema = z
  .strictObject({
    analysis: z.literal("voltammogram-peaks"),
    baseline: z.enum(["none", "linear"]),
    rule: z.string().describe("How sweeps were split and peaks chosen, in words."),
    cycles: z.array(
      z.strictObject({
        cycle: z.number().describe("Cycle number from the file's cycle column (1 when absent)."),
        anodic: VoltammetricPeakSchema.optional(),
        cathodic: VoltammetricPeakSchema.optional(),
      }),
    ),
    warnings: z.array(KineticsWarningSchema),
    plot: VegaLiteSpecSchema.describe("Current against potential per cycle, peaks marked."),
  })
  .meta({
    title: "VoltammogramPeaksResult",
    description: "Anodic and cathodic peaks per cycle of a voltammogram.",
  });

/** Peaks of a voltammogram ({@link VoltammogramPeaksResultSchema}). */
export type VoltammogramPeaksResult = z.infer<typeof VoltammogramPeaksResultSchema>;
