import { z } from "zod";
import { VegaLiteSpecSchema } from "../plots/vegaLiteSpecSchema.js";
import { QuantitySchema } from "../units/quantitySchema.js";
import { KineticsDataWindowSchema } from "./kineticsDataWindowSchema.js";
import { KineticsEstimateSchema } from "./kineticsEstimateSchema.js";
import { KineticsGoodnessOfFitSchema } from "./kineticsGoodnessOfFitSchema.js";
import { KineticsWarningSchema } from "./kineticsWarningSchema.js";

/**
 * One branch (anodic or cathodic peaks) of a Randles–Sevcik analysis: the peak currents, the
 * slope of |I_p| against √v, D from it, and the linearity checks (R² and the log–log slope,
 * 0.5 for diffusion control).
 */
export const RandlesSevcikBranchSchema = z
  .strictObject({
    branch: z.enum(["anodic", "cathodic"]),
    points: z
      .array(z.strictObject({ scanRate: z.number().positive(), peakCurrent: z.number() }))
      .describe("Scan rate v (V s⁻¹) and peak current I_p (A, signed) of each voltammogram."),
    slope: KineticsEstimateSchema.describe("d|I_p|/d√v, mA s^½ V^−½."),
    intercept: KineticsEstimateSchema.optional().describe(
      "|I_p| at √v = 0, mA (absent through the origin).",
    ),
    diffusionCoefficient: KineticsEstimateSchema.describe(
      "D, cm² s⁻¹ (apparent when A and C are nominal).",
    ),
    logLogSlope: KineticsEstimateSchema.describe(
      "d ln|I_p| / d ln v: 0.5 for diffusion control, 1 for a surface process.",
    ),
    linear: z.boolean().describe("R² ≥ 0.99 and the log–log slope's interval overlaps 0.5 ± 0.05."),
    window: KineticsDataWindowSchema,
    goodnessOfFit: KineticsGoodnessOfFitSchema,
  })
  .meta({ title: "RandlesSevcikBranch" });

/** One Randles–Sevcik branch ({@link RandlesSevcikBranchSchema}). */
export type RandlesSevcikBranch = z.infer<typeof RandlesSevcikBranchSchema>;

/**
 * Result of a Randles–Sevcik analysis (`lmb kinetics diffusion`): the diffusion coefficient from
 * the slope of the peak current against √(scan rate), per branch, with the linearity checks and a
 * plot of |I_p| against √v.
 *
 * @example
 * const { anodic } = RandlesSevcikResultSchema.parse(JSON.parse(stdout));
 * anodic?.diffusionCoefficient.value; // cm² s⁻¹
 */
export const RandlesSevcikResultSchema = z
  .strictObject({
    analysis: z.literal("randles-sevcik"),
    reversibility: z.enum(["reversible", "irreversible"]),
    relation: z.string(),
    temperature: QuantitySchema,
    electrons: z.number().positive().describe("n, electrons per molecule."),
    transferCoefficient: z
      .number()
      .positive()
      .optional()
      .describe("α·n_a of the rate-determining step (irreversible form only)."),
    area: QuantitySchema,
    concentration: QuantitySchema,
    confidenceLevel: z.number().gt(0).lt(1),
    anodic: RandlesSevcikBranchSchema.optional(),
    cathodic: RandlesSevcikBranchSchema.optional(),
    warnings: z.array(KineticsWarningSchema),
    plot: VegaLiteSpecSchema.describe("|I_p| against √v with the fitted lines."),
  })
  .meta({
    title: "RandlesSevcikResult",
    description: "Diffusion coefficient from peak currents at several scan rates.",
  });

/** A Randles–Sevcik analysis ({@link RandlesSevcikResultSchema}). */
export type RandlesSevcikResult = z.infer<typeof RandlesSevcikResultSchema>;
