import { area, concentration, length, mass, scanRate, temperature, time } from "@lmb/units";
import { z } from "zod";
import { CellKindSchema } from "../cells/cyclingAnalysisResultSchema.js";
import { quantityTextSchema } from "../units/quantityTextSchema.js";
import { ReportExperimentKindSchema } from "./reportExperimentKindSchema.js";

/**
 * A window of cycles, 1-based and inclusive: `{ "from": 1, "to": 10 }`.
 *
 * @example
 * ReportCycleWindowSchema.parse({ from: 1, to: 10 });
 */
export const ReportCycleWindowSchema = z
  .strictObject({
    from: z.number().int().positive().describe("First cycle (1-based)."),
    to: z.number().int().positive().describe("Last cycle (1-based, inclusive)."),
  })
  .refine((w) => w.to >= w.from, { message: "a cycle window ends at or after its start" })
  .meta({ title: "ReportCycleWindow" });

/** A cycle window ({@link ReportCycleWindowSchema}). */
export type ReportCycleWindow = z.infer<typeof ReportCycleWindowSchema>;

/**
 * What the config can say about a file (or, under `defaults`, about every file): the cell's
 * electrode area, active mass, temperature, the cell type and experiment kind when the data
 * alone do not tell, and the numbers a file may not carry (scan rate, ageing time, separator or
 * electrolyte thickness, concentration of the electroactive species). Quantities are text with units (`"1.13 cm2"`, `"12 mg"`, `"25 degC"`),
 * each checked for its dimension.
 *
 * @example
 * ReportFileSettingsSchema.parse({ area: "1.13 cm2", temperature: "25 degC" });
 */
export const ReportFileSettingsSchema = z
  .strictObject({
    area: quantityTextSchema(area).optional().describe('Electrode area, e.g. "1.13 cm2".'),
    mass: quantityTextSchema(mass)
      .optional()
      .describe('Active mass of the positive electrode (full cells), e.g. "12 mg".'),
    temperature: quantityTextSchema(temperature)
      .optional()
      .describe('Cell temperature, e.g. "25 degC" (impedance and conductivity vs T).'),
    time: quantityTextSchema(time)
      .optional()
      .describe('Ageing time of the spectrum, e.g. "24 h" (impedance over time).'),
    scanRate: quantityTextSchema(scanRate)
      .optional()
      .describe('Scan rate of a voltammogram when the file does not say, e.g. "10 mV/s".'),
    thickness: quantityTextSchema(length)
      .optional()
      .describe('Electrolyte (separator) thickness for conductivity, e.g. "25 um".'),
    concentration: quantityTextSchema(concentration)
      .optional()
      .describe('Bulk concentration of the electroactive species (Randles–Sevcik D), e.g. "1 M".'),
    cellType: CellKindSchema.optional().describe(
      "Cell type of a cycling record when it should not be guessed from the data.",
    ),
    kind: ReportExperimentKindSchema.optional().describe(
      "Experiment kind when it should not be recognised from the data.",
    ),
    cycles: ReportCycleWindowSchema.optional().describe(
      "Only these cycles are analysed (cycling records).",
    ),
  })
  .meta({ title: "ReportFileSettings" });

/** Settings for a file ({@link ReportFileSettingsSchema}). */
export type ReportFileSettings = z.infer<typeof ReportFileSettingsSchema>;

/**
 * A per-file override: `match` is a path relative to the input folder (`"cell3/run.mpt"`) or a
 * glob (`"*.mpt"`, `"eis/**"`, `"li-cu-?.csv"`; `*` stays within a folder, `**` crosses
 * folders), then any {@link ReportFileSettingsSchema} field, plus `skip` to leave the file out,
 * `label` for its name in the report and `group` to analyse files together (spectra at several
 * temperatures, voltammograms at several scan rates) when the report would not group them.
 * When several overrides match a file, all apply in order; two that set one field to different
 * values are a conflict (exit 1, naming both).
 *
 * @example
 * ReportFileOverrideSchema.parse({ match: "eis/*.mpt", area: "2 cm2", group: "eis-vs-T" });
 */
export const ReportFileOverrideSchema = ReportFileSettingsSchema.extend({
  match: z.string().min(1).describe("Relative path or glob (/, *, **, ?)."),
  skip: z.boolean().optional().describe("Leave matching files out of the report."),
  label: z.string().min(1).optional().describe("Name of the experiment in the report."),
  group: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, "a group name is letters, digits, '.', '_' and '-'")
    .optional()
    .describe("Files with the same group are analysed together as one experiment."),
}).meta({ title: "ReportFileOverride" });

/** A per-file override ({@link ReportFileOverrideSchema}). */
export type ReportFileOverride = z.infer<typeof ReportFileOverrideSchema>;

/**
 * Analysis choices that apply to every experiment of their kind.
 *
 * @example
 * ReportAnalysisSettingsSchema.parse({ overpotentialCycles: [1, 10, 100], ceWindow: { from: 10, to: 50 } });
 */
export const ReportAnalysisSettingsSchema = z
  .strictObject({
    overpotentialCycles: z
      .array(z.number().int().positive())
      .min(1)
      .optional()
      .describe("Cycles at which the Li‖Li overpotential is stated (default [1, 10, 100])."),
    ceWindow: ReportCycleWindowSchema.optional().describe(
      "Cycles over which the Li‖Cu CE is averaged (default: the analysis's own window).",
    ),
    retentionCycle: z
      .number()
      .int()
      .positive()
      .optional()
      .describe("Cycle at which full-cell capacity retention is stated (default: the last)."),
    circuit: z
      .string()
      .min(1)
      .optional()
      .describe('Equivalent circuit for impedance fits, e.g. "R0-p(R1,CPE1)".'),
  })
  .meta({ title: "ReportAnalysisSettings" });

/** Analysis settings ({@link ReportAnalysisSettingsSchema}). */
export type ReportAnalysisSettings = z.infer<typeof ReportAnalysisSettingsSchema>;

/**
 * The config file of `lmb report` (`lmb.json`; `--config FILE`; `lmb report --init DIR` writes
 * a starting one from what it found): defaults for every file, per-file overrides by relative
 * path or glob, files to exclude and analysis choices — so that a report can be made again
 * from the same data with the same numbers. Unknown keys are rejected, so a misspelt field is
 * reported rather than ignored.
 *
 * @example
 * ReportConfigSchema.parse({
 *   defaults: { area: "1.13 cm2", temperature: "25 degC" },
 *   files: [{ match: "full/*.csv", mass: "12 mg", cellType: "full" }],
 *   analysis: { overpotentialCycles: [1, 10, 100] },
 * });
 */
export const ReportConfigSchema = z
  .strictObject({
    $schema: z.string().optional().describe("Path or URL of this JSON Schema, for editors."),
    title: z.string().min(1).optional().describe("Title of the report."),
    defaults: ReportFileSettingsSchema.optional().describe("Settings for every file."),
    files: z
      .array(ReportFileOverrideSchema)
      .optional()
      .describe("Per-file overrides, applied in order after the defaults."),
    exclude: z
      .array(z.string().min(1))
      .optional()
      .describe("Relative paths or globs of files to leave out (not listed as skipped)."),
    analysis: ReportAnalysisSettingsSchema.optional(),
  })
  .meta({
    title: "ReportConfig",
    description: "The config file of `lmb report` (lmb.json).",
  });

/** An `lmb report` config ({@link ReportConfigSchema}). */
export type ReportConfig = z.infer<typeof ReportConfigSchema>;
