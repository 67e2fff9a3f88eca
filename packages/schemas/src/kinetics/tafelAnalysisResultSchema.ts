import { z } from "zod";
import { VegaLiteSpecSchema } from "../plots/vegaLiteSpecSchema.js";
import { QuantitySchema } from "../units/quantitySchema.js";
import { KineticsDataWindowSchema } from "./kineticsDataWindowSchema.js";
import { KineticsEstimateSchema } from "./kineticsEstimateSchema.js";
import { KineticsGoodnessOfFitSchema } from "./kineticsGoodnessOfFitSchema.js";
import { KineticsWarningSchema, OverpotentialConventionSchema } from "./kineticsWarningSchema.js";

/**
 * One branch (anodic or cathodic) of a Tafel analysis: the straight line
 * log10|j| = log10 j0 + s·η fitted in its window, the Tafel slope b = 1/s, the transfer
 * coefficient read from it and j0 from the intercept at η = 0.
 *
 * @example
 * const { exchangeCurrentDensity, tafelSlope } = TafelBranchSchema.parse(result.anodic);
 */
export const TafelBranchSchema = z
  .strictObject({
    branch: z.enum(["anodic", "cathodic"]),
    tafelSlope: KineticsEstimateSchema.describe(
      "Tafel slope b = dη/dlog10|j| in mV per decade (positive anodic, negative cathodic).",
    ),
    transferCoefficient: KineticsEstimateSchema.describe(
      "Electrode: α_a (anodic) or α_c (cathodic) = |s|·ln10·RT/F. Cell: the apparent α_a·α_c/(α_a + α_c).",
    ),
    symmetricTransferCoefficient: KineticsEstimateSchema.optional().describe(
      "Cell convention only: α assuming α_a = α_c = α, i.e. twice the apparent value.",
    ),
    exchangeCurrentDensity: KineticsEstimateSchema.describe(
      "j0 = 10^(intercept at η = 0); interval mapped from the intercept's.",
    ),
    currentDecades: z
      .number()
      .nonnegative()
      .describe("Decades of |j| the fitted line spans across the window."),
    window: KineticsDataWindowSchema,
    goodnessOfFit: KineticsGoodnessOfFitSchema,
  })
  .meta({ title: "TafelBranch" });

/** One Tafel branch ({@link TafelBranchSchema}). */
export type TafelBranch = z.infer<typeof TafelBranchSchema>;

/**
 * Result of a Tafel analysis of a polarization curve or voltammogram (`lmb kinetics tafel`):
 * per branch the Tafel slope, transfer coefficient and j0 with standard errors and intervals,
 * the window used and why, a combined j0, and a plot of log10|j| against η with the fitted lines.
 *
 * @example
 * const result = TafelAnalysisResultSchema.parse(JSON.parse(stdout));
 * result.exchangeCurrentDensity.value; // mA cm⁻²
 */
export const TafelAnalysisResultSchema = z
  .strictObject({
    analysis: z.literal("tafel"),
    convention: OverpotentialConventionSchema,
    relation: z.string().describe("The relation the slope and intercept were read with."),
    temperature: QuantitySchema,
    equilibriumPotential: QuantitySchema.describe(
      "E_eq subtracted from the potential to get η (given, or where the current changes sign).",
    ),
    equilibriumPotentialSource: z
      .enum(["given", "zero-current", "overpotential-data"])
      .describe("Where E_eq came from."),
    confidenceLevel: z.number().gt(0).lt(1),
    windowRule: z.string().describe("The automatic window rule, in words."),
    anodic: TafelBranchSchema.optional(),
    cathodic: TafelBranchSchema.optional(),
    exchangeCurrentDensity: KineticsEstimateSchema.describe(
      "j0 from both branches (inverse-variance mean of log10 j0), or from the one branch fitted.",
    ),
    warnings: z.array(KineticsWarningSchema),
    plot: VegaLiteSpecSchema.describe("log10|j| against η: data, window points, fitted lines."),
  })
  .meta({
    title: "TafelAnalysisResult",
    description: "Tafel analysis: slopes, transfer coefficients and j0 with uncertainties.",
  });

/**
 * A Tafel analysis ({@link TafelAnalysisResultSchema}).
 *
 * @example
 * const { anodic, cathodic }: TafelAnalysisResult = tafelAnalysis(curve);
 */
export type TafelAnalysisResult = z.infer<typeof TafelAnalysisResultSchema>;
