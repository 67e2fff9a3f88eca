import { z } from "zod";
import { VegaLiteSpecSchema } from "../plots/vegaLiteSpecSchema.js";
import { CyclingSegmentationSummarySchema, CyclingWarningSchema } from "./cyclingCommonSchemas.js";
import { FullCellCyclingResultSchema } from "./fullCellCyclingResultSchema.js";
import {
  LithiumCopperEfficiencyResultSchema,
  ReservoirCoulombicEfficiencyResultSchema,
} from "./lithiumCopperResultSchema.js";
import { SymmetricCyclingResultSchema } from "./symmetricCyclingResultSchema.js";

/**
 * The cell configurations lmb's cycling analysis knows: Li‖Li symmetric, thick‖thin Li
 * asymmetric, Li‖Cu and full cells (cathode‖Li).
 *
 * @example CellKindSchema.parse("li-cu");
 */
export const CellKindSchema = z.enum(["symmetric", "asymmetric", "li-cu", "full"]);

/** A cell configuration ({@link CellKindSchema}). */
export type CellKind = z.infer<typeof CellKindSchema>;

/**
 * The cell type read off the data when the user did not give it, and why.
 *
 * @example
 * r.guess?.evidence; // ["V follows the sign of I at 100 % of the early points: Li‖Li", …]
 */
export const CellTypeGuessSchema = z
  .strictObject({
    cell: CellKindSchema,
    confident: z.boolean().describe("False when the evidence is weak or conflicting."),
    evidence: z.array(z.string().min(1)).min(1).describe("The observations behind the guess."),
  })
  .meta({ title: "CellTypeGuess" });

/** A cell-type guess ({@link CellTypeGuessSchema}). */
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
    guess: CellTypeGuessSchema.nullable().describe("The guess (null when the cell was given)."),
    segmentation: CyclingSegmentationSummarySchema,
    symmetric: SymmetricCyclingResultSchema.optional().describe(
      "For symmetric and asymmetric cells.",
    ),
    lithiumCopper: LithiumCopperEfficiencyResultSchema.optional().describe("For li-cu."),
    reservoir: ReservoirCoulombicEfficiencyResultSchema.optional().describe(
      "For li-cu files that follow the Adams 2018 reservoir protocol.",
    ),
    fullCell: FullCellCyclingResultSchema.optional().describe("For full cells."),
    plots: z.array(CyclingPlotSchema),
    warnings: z.array(CyclingWarningSchema).describe("All warnings, analysis and input."),
  })
  .meta({
    title: "CyclingAnalysisResult",
    description: "A cycling record analysed as its cell type: Li‖Li, Li‖Cu or full cell.",
  });

/** The umbrella cycling result ({@link CyclingAnalysisResultSchema}). */
export type CyclingAnalysisResult = z.infer<typeof CyclingAnalysisResultSchema>;
