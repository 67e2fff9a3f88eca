import { z } from "zod";
import { VegaLiteSpecSchema } from "../plots/vegaLiteSpecSchema.js";
import { CyclingSegmentationSummarySchema, CyclingWarningSchema } from "./cyclingCommonSchemas.js";
import { FullCellCyclingResultSchema } from "./fullCellCyclingResultSchema.js";
import {
  LithiumCopperEfficiencyResultSchema,
  ReservoirCoulombicEfficiencyResultSchema,
} from "./lithiumCopperResultSchema.js";
import {
  CriticalCurrentDensityResultSchema,
  SymmetricCyclingResultSchema,
} from "./symmetricCyclingResultSchema.js";

/**
 * The cell configurations lmb's cycling analysis knows: Li‖Li symmetric, thick‖thin Li
 * asymmetric, Li‖Cu, full cells (cathode‖Li) and half cells (an insertion anode — graphite, Si,
 * Si/C — as working electrode against Li, lithiated first; CE = delithiation/lithiation).
 *
 * @example CellKindSchema.parse("li-cu");
 */
export const CellKindSchema = z.enum(["symmetric", "asymmetric", "li-cu", "full", "half-cell"]);

/** A cell configuration ({@link CellKindSchema}). */
export type CellKind = z.infer<typeof CellKindSchema>;

/**
 * The cell type read off the data when the user did not give it (`guessCellType` of
 * `@lmb/cells`), the reasons in the order the rules were tried, and the numbers they rest on.
 *
 * @example
 * r.guess?.reasons.at(-1); // "no strip to a cut-off and no jump to the instrument limit: a symmetric Li‖Li cell"
 */
export const CellTypeGuessSchema = z
  .strictObject({
    cellType: z.union([CellKindSchema, z.literal("unknown")]).describe("unknown: no rule fits."),
    reasons: z.array(z.string().min(1)).min(1).describe("Why, in words with the numbers."),
    evidence: z
      .strictObject({
        voltagePercentiles: z
          .strictObject({ p02: z.number(), p50: z.number(), p98: z.number() })
          .describe("2nd, 50th and 98th percentile of V while current flows, V."),
        medianAbsVoltage: z.number().nonnegative().describe("V."),
        signAgreement: z
          .number()
          .min(0)
          .max(1)
          .describe("Share of current-carrying points where sign(V) = sign(I)."),
        signAgreementBySign: z
          .strictObject({ positive: z.number().nullable(), negative: z.number().nullable() })
          .optional()
          .describe("The same among positive- and among negative-current points."),
        positiveHalfCycles: z.number().int().nonnegative(),
        negativeHalfCycles: z.number().int().nonnegative(),
        cutoffEnds: z
          .strictObject({
            positive: z.number().int().nonnegative(),
            negative: z.number().int().nonnegative(),
          })
          .describe("Half cycles ending at 0.3 V ≤ |V| < 2 V, by current sign."),
        limitEnds: z.number().int().nonnegative().describe("Half cycles ending at |V| ≥ 2 V."),
      })
      .describe("The numbers the guess rests on."),
  })
  .meta({ title: "CellTypeGuess" });

/** A cell-type guess ({@link CellTypeGuessSchema}); `…Json` beside `CellTypeGuess` of `@lmb/cells`. */
export type CellTypeGuessJson = z.infer<typeof CellTypeGuessSchema>;

/**
 * A named picture of a cycling analysis (voltage–time with events, overpotential vs cycle, a
 * zoom window, CE vs cycle, capacity/retention vs cycle).
 *
 * @example r.plots.find((p) => p.name === "voltage")?.spec;
 */
export const CyclingPlotSchema = z
  .strictObject({
    name: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .describe("File-name-safe name, e.g. voltage, overpotential, zoom-1-10."),
    title: z.string().min(1),
    spec: VegaLiteSpecSchema,
  })
  .meta({ title: "CyclingPlot" });

/** A named cycling plot ({@link CyclingPlotSchema}). */
export type CyclingPlot = z.infer<typeof CyclingPlotSchema>;

/**
 * Everything `lmb cycling analyze FILE --json` prints: the cell type (given, or guessed with its
 * evidence), the segmentation, the section of the matching analysis (Li‖Li for symmetric and
 * asymmetric cells, Li‖Cu CE with the reservoir average when the file follows that protocol, or
 * the full-cell analysis), the plots and every warning.
 *
 * @example
 * const r = CyclingAnalysisResultSchema.parse(JSON.parse(stdout));
 * r.cell; r.guess?.evidence; r.symmetric?.cycles.length;
 */
export const CyclingAnalysisResultSchema = z
  .strictObject({
    analysis: z.literal("cycling-analysis"),
    source: z.string().optional().describe("The record's label (file name)."),
    cell: CellKindSchema,
    cellSource: z.enum(["option", "guess"]),
    guess: CellTypeGuessSchema.nullable().describe(
      "The guess from the data (also made when the cell was given, to flag a disagreement).",
    ),
    segmentation: CyclingSegmentationSummarySchema,
    symmetric: SymmetricCyclingResultSchema.optional().describe(
      "For symmetric and asymmetric cells.",
    ),
    criticalCurrentDensity: CriticalCurrentDensityResultSchema.optional().describe(
      "For Li‖Li records whose current density steps up (≥ 3 increasing rate steps) with a known area.",
    ),
    lithiumCopper: LithiumCopperEfficiencyResultSchema.optional().describe("For li-cu."),
    reservoir: ReservoirCoulombicEfficiencyResultSchema.optional().describe(
      "For li-cu files that follow the Adams 2018 reservoir protocol.",
    ),
    fullCell: FullCellCyclingResultSchema.optional().describe(
      "For full cells and insertion-anode half cells (see its convention).",
    ),
    plots: z.array(CyclingPlotSchema),
    warnings: z.array(CyclingWarningSchema).describe("All warnings, analysis and input."),
  })
  .meta({
    title: "CyclingAnalysisResult",
    description: "A cycling record analysed as its cell type: Li‖Li, Li‖Cu or full cell.",
  });

/** The umbrella cycling result ({@link CyclingAnalysisResultSchema}). */
export type CyclingAnalysisResult = z.infer<typeof CyclingAnalysisResultSchema>;
